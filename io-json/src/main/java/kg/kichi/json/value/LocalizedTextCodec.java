package kg.kichi.json.value;

import java.util.LinkedHashMap;
import java.util.Map;
import kg.kichi.core.text.LocalizedText;
import kg.kichi.core.validation.InvalidModelException;
import kg.kichi.core.validation.Violation;
import kg.kichi.json.DocumentProblem;
import kg.kichi.json.codec.Codec;
import kg.kichi.json.codec.Cursor;
import kg.kichi.json.codec.Pointers;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;

/** {@link LocalizedText} as {@code {"en": "Naryn", "ky": "Нарын", "ru": "Нарын"}}, keys sorted. */
public final class LocalizedTextCodec implements Codec<LocalizedText> {
    /** The instance. */
    public static final LocalizedTextCodec INSTANCE = new LocalizedTextCodec();

    private LocalizedTextCodec() {}

    @Override
    public LocalizedText read(Cursor in) {
        if (!in.node().isObject()) {
            in.wrongType("object");
            return null;
        }
        Map<String, String> texts = new LinkedHashMap<>();
        boolean ok = true;
        for (Map.Entry<String, JsonNode> e : in.node().properties()) {
            Cursor at = in.at(e.getValue(), Pointers.member(in.pointer(), e.getKey()));
            String text = at.string();
            ok &= text != null;
            texts.put(e.getKey(), text == null ? "?" : text);
        }
        if (!ok) {
            return null;
        }
        try {
            return LocalizedText.of(texts);
        } catch (InvalidModelException e) {
            for (Violation v : e.getViolations()) {
                String at = v.getPath().isEmpty() ? in.pointer() : Pointers.member(in.pointer(), v.getPath());
                in.problems().add(DocumentProblem.of(at, v.getCode(), v.getArguments()));
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
