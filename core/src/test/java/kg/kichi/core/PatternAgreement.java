package kg.kichi.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** Checks a hand-written character check against the regular expression it replaces, on random strings. */
public final class PatternAgreement {
    private static final String STRANGERS = " \t/:._-+~ЖéА٣";

    private PatternAgreement() {}

    /**
     * Tries strings mostly made of the characters the pattern allows, now and then with any other; asserts that
     * the check and the pattern always agree and that both outcomes were seen often.
     *
     * @param seed the seed
     * @param regex the documented pattern
     * @param allowed characters the pattern allows somewhere
     * @param maxLength the longest string to try
     * @param check the hand-written check
     */
    public static void assertAgrees(long seed, String regex, String allowed, int maxLength, Predicate<String> check) {
        Random random = new Random(seed);
        Pattern pattern = Pattern.compile(regex);
        int matches = 0;
        int tries = 5_000;
        for (int i = 0; i < tries; i++) {
            int length = random.nextInt(4) == 0 ? maxLength - 2 + random.nextInt(4) : random.nextInt(12);
            StringBuilder s = new StringBuilder();
            for (int j = 0; j < length; j++) {
                String from = random.nextInt(40) == 0 ? STRANGERS : allowed;
                s.append(from.charAt(random.nextInt(from.length())));
            }
            String text = s.toString();
            boolean expected = pattern.matcher(text).matches();
            matches += expected ? 1 : 0;
            assertThat(check.test(text)).as("'%s' against %s", text, regex).isEqualTo(expected);
        }
        assertThat(matches).as("strings matching %s among %d", regex, tries).isBetween(tries / 50, tries - tries / 50);
    }
}
