package kg.kichi.json.internal.value;

import java.util.Map;
import kg.kichi.core.text.LocalizedText;
import kg.kichi.core.validation.InvalidModelException;
import kg.kichi.core.validation.Violation;
import kg.kichi.json.DocumentProblem;
import kg.kichi.json.internal.codec.Codec;
import kg.kichi.json.internal.codec.Cursor;
import kg.kichi.json.internal.codec.DuplicateMembers;
import kg.kichi.json.internal.codec.Pointers;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/** {@link LocalizedText} as {@code {"en": "Naryn", "ky": "Нарын", "ru": "Нарын"}}, keys sorted. */
public final class LocalizedTextCodec implements Codec<LocalizedText> {
    /** The instance. */
    public static final LocalizedTextCodec INSTANCE = new LocalizedTextCodec();

    private LocalizedTextCodec() {}

    @Override
    public LocalizedText read(Cursor in) {
        if (in.token() != JsonToken.START_OBJECT) {
            in.wrongType("object");
            return null;
        }
        JsonParser p = in.parser();
        LocalizedText.Builder texts = LocalizedText.builder(); // no map in between: a third of all objects read
        Cursor at = null;
        boolean ok = true;
        String language;
        while ((language = p.nextName()) != null) {
            if (texts.contains(language)) {
                throw DuplicateMembers.error(p, language);
            }
            if (p.nextToken() == JsonToken.VALUE_STRING) {
                texts.put(language, p.getString());
                continue;
            }
            texts.put(language, "?"); // taken, so that a repeat is a duplicate; the text is never built
            if (at == null) {
                at = in.child();
            }
            at.member(language).wrongType("string");
            ok = false;
        }
        if (!ok) {
            return null;
        }
        try {
            return texts.build();
        } catch (InvalidModelException e) {
            String pointer = in.pointer();
            for (Violation v : e.getViolations()) {
                String where = v.getPath().isEmpty() ? pointer : Pointers.member(pointer, v.getPath());
                in.problems().add(DocumentProblem.of(where, v.getCode(), v.getArguments()));
            }
            return null;
        }
    }

    @Override
    public void write(LocalizedText value, JsonGenerator out) {
        out.writeStartObject();
        for (Map.Entry<String, String> e : value.asMap().entrySet()) {
            out.writeName(e.getKey());
            out.writeString(e.getValue());
        }
        out.writeEndObject();
    }
}
