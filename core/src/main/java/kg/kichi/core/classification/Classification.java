package kg.kichi.core.classification;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import kg.kichi.core.text.LocalizedText;
import kg.kichi.core.internal.Tokens;
import kg.kichi.core.internal.ViolationCollector;

/**
 * A code from a named vocabulary, such as OECD DAC sector {@code 15150} "Democratic participation and civil
 * society". Themes of programmes, projects and calls are classifications.
 *
 * <p>Two classifications are equal when vocabulary and code are; the label is for people.
 */
public final class Classification {
    /** OECD DAC CRS purpose codes (sectors), the vocabulary IATI and 360Giving use for themes. */
    public static final String OECD_DAC_CRS = "oecd-dac-crs";
    /** Kichi's own theme codes, for themes no public vocabulary has. */
    public static final String KICHI_THEME = "kichi-theme";

    private final String vocabulary;
    private final String code;
    private final LocalizedText label;

    private Classification(String vocabulary, String code, LocalizedText label) {
        this.vocabulary = vocabulary;
        this.code = code;
        this.label = label;
    }

    /**
     * A classification with a label.
     *
     * @param vocabulary the vocabulary's name, e.g. {@link #OECD_DAC_CRS}
     * @param code the code within it
     * @param label its label, or null
     * @return the classification
     * @throws kg.kichi.core.validation.InvalidModelException if vocabulary or code is not a token
     */
    public static Classification of(String vocabulary, String code, LocalizedText label) {
        Objects.requireNonNull(vocabulary, "vocabulary");
        Objects.requireNonNull(code, "code");
        boolean vocabularyOk = isToken(vocabulary);
        boolean codeOk = isToken(code);
        if (!vocabularyOk || !codeOk) {
            ViolationCollector problems = new ViolationCollector("Classification");
            problems.check(vocabularyOk, "vocabulary", "kichi.token", Map.of("value", String.valueOf(vocabulary)));
            problems.check(codeOk, "code", "kichi.token", Map.of("value", String.valueOf(code)));
            problems.throwIfAny();
        }
        return new Classification(vocabulary, code, label);
    }

    /**
     * A classification without a label.
     *
     * @param vocabulary the vocabulary's name
     * @param code the code within it
     * @return the classification
     */
    public static Classification of(String vocabulary, String code) {
        Objects.requireNonNull(vocabulary, "vocabulary");
        Objects.requireNonNull(code, "code");
        return of(vocabulary, code, null);
    }

    /** @return the vocabulary's name */
    public String getVocabulary() {
        return vocabulary;
    }

    /** @return the code */
    public String getCode() {
        return code;
    }

    /** @return the label, when one was given */
    public Optional<LocalizedText> getLabel() {
        return Optional.ofNullable(label);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Classification c && vocabulary.equals(c.vocabulary) && code.equals(c.code);
    }

    @Override
    public int hashCode() {
        return Objects.hash(vocabulary, code);
    }

    /** @return {@code vocabulary:code} */
    @Override
    public String toString() {
        return vocabulary + ":" + code;
    }

    /** {@code [A-Za-z0-9][A-Za-z0-9._:-]{0,99}}. */
    static boolean isToken(String s) {
        return Tokens.isToken(s, 100, "._:-");
    }
}
