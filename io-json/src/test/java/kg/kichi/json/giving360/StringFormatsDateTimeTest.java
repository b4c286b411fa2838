package kg.kichi.json.giving360;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** RFC 3339 date-times as the schema's {@code format} asserts them. */
class StringFormatsDateTimeTest {
    /** The form, as a regular expression: the reference the hand-written reading is held to. */
    private static final Pattern FORM = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})[Tt](\\d{2}):(\\d{2}):(\\d{2})(\\.\\d+)?([Zz]|([+-])(\\d{2}):(\\d{2}))");

    @Test
    void acceptsAndRejectsByHand() {
        assertThat(StringFormats.isDateTime("2020-01-01T12:00:00+00:00")).isTrue();
        assertThat(StringFormats.isDateTime("2020-01-01t12:00:00.123456z")).isTrue();
        assertThat(StringFormats.isDateTime("2016-12-31T23:59:60Z")).isTrue();
        assertThat(StringFormats.isDateTime("2020-02-29T00:00:00-23:59")).isTrue();
        assertThat(StringFormats.isDateTime("2021-02-29T00:00:00Z")).isFalse();
        assertThat(StringFormats.isDateTime("2020-12-31T25:00:00Z")).isFalse();
        assertThat(StringFormats.isDateTime("2020-12-31T23:60:00Z")).isFalse();
        assertThat(StringFormats.isDateTime("2020-12-31T23:00:61Z")).isFalse();
        assertThat(StringFormats.isDateTime("2020-12-31T23:00:00+24:00")).isFalse();
        assertThat(StringFormats.isDateTime("2020-12-31T23:00:00.Z")).isFalse();
        assertThat(StringFormats.isDateTime("2020-12-31T23:00:00")).isFalse();
        assertThat(StringFormats.isDateTime("2020-12-31")).isFalse();
        assertThat(StringFormats.isDateTime("2020-12-31 23:00:00Z")).isFalse();
        assertThat(StringFormats.isDateTime("2020-12-31T23:00:00Z ")).isFalse();
    }

    @Test
    void agreesWithTheRegularFormOnMutatedTexts() {
        String[] seeds = {"2020-01-01T12:00:00+00:00", "2016-12-31T23:59:60Z", "2020-02-29T00:00:00.5-23:59",
            "1999-09-09t09:09:09z"};
        char[] alphabet = "0123456789-:+.TtZz x".toCharArray();
        SplittableRandom random = new SplittableRandom(3339);
        for (int i = 0; i < 50_000; i++) {
            StringBuilder text = new StringBuilder(seeds[random.nextInt(seeds.length)]);
            for (int edits = random.nextInt(1, 3); edits > 0; edits--) {
                int at = random.nextInt(text.length());
                switch (random.nextInt(3)) {
                    case 0 -> text.setCharAt(at, alphabet[random.nextInt(alphabet.length)]);
                    case 1 -> text.insert(at, alphabet[random.nextInt(alphabet.length)]);
                    default -> text.deleteCharAt(at);
                }
            }
            String candidate = text.toString();
            assertThat(StringFormats.isDateTime(candidate)).as(candidate).isEqualTo(reference(candidate));
        }
    }

    private static boolean reference(String text) {
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            return false;
        }
        try {
            LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            int second = Integer.parseInt(m.group(6));
            LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), Math.min(second, 59));
            if (second == 60 || m.group(9) == null) {
                return second <= 60;
            }
            return Integer.parseInt(m.group(10)) <= 23 && Integer.parseInt(m.group(11)) <= 59;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
