package kg.kichi.json.internal.value;

import static kg.kichi.json.internal.codec.Members.member;

import kg.kichi.core.classification.Classification;
import kg.kichi.core.text.LocalizedText;
import kg.kichi.core.validation.InvalidModelException;
import kg.kichi.json.internal.codec.Codec;
import kg.kichi.json.internal.codec.Cursor;
import kg.kichi.json.internal.codec.Fields;
import kg.kichi.json.internal.codec.Members;
import kg.kichi.json.internal.codec.Members.Member;
import kg.kichi.json.internal.codec.Out;
import kg.kichi.json.internal.codec.Scalars;
import tools.jackson.core.JsonGenerator;

/** {@link Classification} as {@code {"vocabulary": "oecd-dac-crs", "code": "15150", "label": {…}}}. */
public final class ClassificationCodec implements Codec<Classification> {
    /** The instance. */
    public static final ClassificationCodec INSTANCE = new ClassificationCodec();

    private static final Member<String> VOCABULARY = member("vocabulary", Scalars.STRING);
    private static final Member<String> CODE = member("code", Scalars.STRING);
    private static final Member<LocalizedText> LABEL = member("label", LocalizedTextCodec.INSTANCE);
    private static final Members MEMBERS = Members.of(VOCABULARY, CODE, LABEL);

    private ClassificationCodec() {}

    @Override
    public Classification read(Cursor in) {
        Fields f = in.object(MEMBERS);
        if (f == null) {
            return null;
        }
        String vocabulary = f.require(VOCABULARY);
        String code = f.require(CODE);
        LocalizedText label = f.get(LABEL);
        f.rejectUnknown();
        if (vocabulary == null || code == null) {
            // the missing member is reported by require, and Classification.of refuses null (the null rule); the
            // member that is there is still checked, with a valid stand-in for the other, so both are reported
            try {
                Classification.of(vocabulary == null ? "x" : vocabulary, code == null ? "x" : code, label);
            } catch (InvalidModelException e) {
                return f.invalid(e);
            }
            return null;
        }
        try {
            return f.built(Classification.of(vocabulary, code, label));
        } catch (InvalidModelException e) {
            return f.invalid(e);
        }
    }

    @Override
    public void write(Classification value, JsonGenerator out) {
        out.writeStartObject();
        out.writeName("vocabulary");
        out.writeString(value.getVocabulary());
        out.writeName("code");
        out.writeString(value.getCode());
        Out.optional(out, "label", value.getLabel(), LocalizedTextCodec.INSTANCE);
        out.writeEndObject();
    }
}
