package kg.kichi.json.internal.value;

import static kg.kichi.json.internal.codec.Member.optional;
import static kg.kichi.json.internal.codec.Member.required;

import kg.kichi.core.classification.Classification;
import kg.kichi.json.internal.codec.Codec;
import kg.kichi.json.internal.codec.FactoryCodec;
import kg.kichi.json.internal.codec.Scalars;

/**
 * {@link Classification} as {@code {"vocabulary": "oecd-dac-crs", "code": "15150", "label": {…}}}. When the
 * vocabulary or the code is missing or wrong, the other is still checked, with a valid stand-in ({@code x}) for it:
 * both are reported at once.
 */
public final class ClassificationCodec {
    /** The codec: its members in the order written, each an argument of {@link Classification#of}. */
    public static final Codec<Classification> INSTANCE = FactoryCodec.of(
            required("vocabulary", Scalars.STRING, Classification::getVocabulary).orElse("x"),
            required("code", Scalars.STRING, Classification::getCode).orElse("x"),
            optional("label", LocalizedTextCodec.INSTANCE, Classification::getLabel),
            Classification::of);

    private ClassificationCodec() {}
}
