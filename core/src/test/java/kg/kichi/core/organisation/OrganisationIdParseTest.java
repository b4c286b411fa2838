package kg.kichi.core.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import kg.kichi.core.validation.InvalidModelException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link OrganisationId#parse} answers as {@link OrganisationId#of} does for the text split at the second hyphen,
 * however often and in whatever order texts are parsed again (it reuses identifiers it parsed lately): 300 seeds
 * of random valid and invalid texts, repeated, among them texts of equal hash codes.
 */
class OrganisationIdParseTest {
    private static final String[] PARTS = {"KG", "INN", "OKPO", "XI", "KICHI", "kg", "A1", "Aa", "BB", "", "1",
        "naryn", "edc", "x.y", "a_b", "ÄB", " "};

    static Stream<Long> seeds() {
        return LongStream.range(0, 300).boxed();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void agreesWithOfTheSplitText(long seed) {
        Random random = new Random(seed);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            StringBuilder text = new StringBuilder();
            for (int parts = random.nextInt(5); parts >= 0; parts--) {
                text.append(PARTS[random.nextInt(PARTS.length)]);
                if (parts > 0 && random.nextInt(6) > 0) {
                    text.append('-');
                }
            }
            texts.add(text.toString());
        }
        for (int i = 0; i < 200; i++) {
            String text = texts.get(random.nextInt(texts.size()));
            assertParsedAsOf(random.nextBoolean() ? text : new StringBuilder(text));
        }
    }

    @Test
    void textsOfEqualHashCodesAreTold() {
        String[] texts = {"KG-INN-AaAa", "KG-INN-AaBB", "KG-INN-BBAa", "KG-INN-BBBB", "KG-B0B0-1", "KG-AOAO-1"};
        assertThat(texts[0].hashCode()).isEqualTo(texts[3].hashCode());
        assertThat(texts[4].hashCode()).isEqualTo(texts[5].hashCode());
        for (int round = 0; round < 3; round++) {
            for (String text : texts) {
                assertParsedAsOf(text);
                assertThat(OrganisationId.parse(text).toString()).isEqualTo(text);
            }
        }
    }

    private static void assertParsedAsOf(CharSequence text) {
        String s = text.toString();
        int first = s.indexOf('-');
        int second = first < 0 ? -1 : s.indexOf('-', first + 1);
        String scheme = second < 0 ? s : s.substring(0, second);
        String value = second < 0 ? null : s.substring(second + 1);
        OrganisationId expected;
        try {
            expected = OrganisationId.of(scheme, value);
        } catch (InvalidModelException e) {
            InvalidModelException thrown =
                    catchThrowableOfType(() -> OrganisationId.parse(text), InvalidModelException.class);
            assertThat(thrown).as(s).isNotNull();
            assertThat(thrown.getViolations()).as(s).containsExactlyElementsOf(e.getViolations());
            return;
        }
        OrganisationId parsed = OrganisationId.parse(text);
        assertThat(parsed).as(s).isEqualTo(expected).hasSameHashCodeAs(expected);
        assertThat(parsed.getScheme()).isEqualTo(scheme);
        assertThat(parsed.getValue()).isEqualTo(value);
        assertThat(parsed.toString()).isEqualTo(s);
    }
}
