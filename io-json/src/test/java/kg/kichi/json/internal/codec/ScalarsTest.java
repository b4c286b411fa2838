package kg.kichi.json.internal.codec;

import static kg.kichi.json.internal.codec.CodecTesting.read;
import static kg.kichi.json.internal.codec.CodecTesting.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import kg.kichi.core.grant.GrantStatus;
import kg.kichi.json.DocumentProblem;
import kg.kichi.json.KichiJson;
import kg.kichi.json.Mode;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;

class ScalarsTest {
    @Test
    void decimalsKeepTheirTextAndScale() {
        assertThat(read(Scalars.DECIMAL, "1500000.00").value()).isEqualByComparingTo("1500000").extracting(
                BigDecimal::scale).isEqualTo(2);
        assertThat(read(Scalars.DECIMAL, "0.1").value()).isEqualTo(new BigDecimal("0.1"));
        assertThat(read(Scalars.DECIMAL, "12345678901234567890.12").value())
                .isEqualTo(new BigDecimal("12345678901234567890.12"));
        assertThat(write(Scalars.DECIMAL, new BigDecimal("1E+3"))).isEqualTo("1000");
    }

    @Test
    void exponentsBecomePlainButAreBounded() {
        assertThat(read(Scalars.DECIMAL, "1.5E3").value()).isEqualTo(new BigDecimal("1500"));
        assertThat(read(Scalars.DECIMAL, "1e400").problems()).extracting(DocumentProblem::getCode)
                .containsExactly("kichi.json.number");
        assertThat(read(Scalars.DECIMAL, "1e-400").problems()).extracting(DocumentProblem::getCode)
                .containsExactly("kichi.json.number");
    }

    @Test
    void integersAreWholeAndInRange() {
        assertThat(read(Scalars.INTEGER, "42").value()).isEqualTo(42);
        assertThat(read(Scalars.INTEGER, "4.0").problems()).extracting(DocumentProblem::getCode)
                .containsExactly("kichi.json.type");
        assertThat(read(Scalars.INTEGER, "3000000000").problems()).extracting(DocumentProblem::getCode)
                .containsExactly("kichi.json.number");
        assertThat(read(Scalars.LONG, "3000000000").value()).isEqualTo(3_000_000_000L);
        assertThat(read(Scalars.INTEGER, "\"4\"").problems()).extracting(DocumentProblem::getCode)
                .containsExactly("kichi.json.type");
    }

    @Test
    void enumsAreCodes() {
        var codec = kg.kichi.json.internal.model.Codes.GRANT_STATUS;
        assertThat(read(codec, "\"active\"").value()).isEqualTo(GrantStatus.ACTIVE);
        assertThat(write(codec, GrantStatus.TERMINATED)).isEqualTo("\"terminated\"");
        assertThat(read(codec, "\"ACTIVE\"").problems()).singleElement().satisfies(p -> {
            assertThat(p.getCode()).isEqualTo("kichi.json.code");
            assertThat(p.getArguments()).containsEntry("value", "ACTIVE");
        });
    }

    @Test
    void dateTimesHaveOffsetsAndSeconds() {
        OffsetDateTime at = read(Scalars.OFFSET_DATE_TIME, "\"2021-02-15T17:00+06:00\"").value();
        assertThat(write(Scalars.OFFSET_DATE_TIME, at)).isEqualTo("\"2021-02-15T17:00:00+06:00\"");
        assertThat(read(Scalars.OFFSET_DATE_TIME, "\"2021-02-15T17:00:00\"").problems())
                .extracting(DocumentProblem::getCode).containsExactly("kichi.json.dateTime");
    }

    @Test
    void dateTimesAreIsoWithAnOffsetAndAFourDigitYear() {
        assertThat(read(Scalars.OFFSET_DATE_TIME, "\"2021-02-15T17:00:00.5+06:00\"").value())
                .isEqualTo(OffsetDateTime.of(2021, 2, 15, 17, 0, 0, 500_000_000, java.time.ZoneOffset.ofHours(6)));
        assertThat(read(Scalars.OFFSET_DATE_TIME, "\"2020-02-29T23:59:59-05:30\"").value())
                .isEqualTo(OffsetDateTime.of(2020, 2, 29, 23, 59, 59, 0, java.time.ZoneOffset.ofHoursMinutes(-5, -30)));
        assertThat(read(Scalars.OFFSET_DATE_TIME, "\"2021-02-15T17:00:00Z\"").value().getOffset())
                .as("the offset as written, not moved to another zone").isEqualTo(java.time.ZoneOffset.UTC);
        for (String bad : List.of("2021-02-29T17:00:00Z", "2021-02-15T24:00:00Z", "2021-02-15T17:00:00",
                "+2021-02-15T17:00:00Z", "+999999999-12-31T23:59:59+18:00", "2021-02-15 17:00:00Z",
                "2021-02-15T17:00:00+19:00", "2021-02-15T1\u0667:00:00Z", "2021")) {
            assertThat(read(Scalars.OFFSET_DATE_TIME, "\"" + bad + "\"").problems()).as(bad)
                    .extracting(DocumentProblem::getCode, p -> p.getArguments().get("value"))
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("kichi.json.dateTime", bad));
        }
    }

    @Test
    void theQuickDateTimePathAgreesWithTheFormatter() {
        String[] texts = {"2021-02-15T17:00:00+06:00", "2021-02-15T17:00:00Z", "2021-02-15T17:00:00-00:00",
            "2021-02-15T17:00:00.5+06:00", "2021-02-15T17:00:00.123456789-05:30", "2021-02-15T17:00:00.1234567890Z",
            "2021-02-15T17:00:00.+06:00", "2021-02-15T17:00+06:00", "2021-02-15t17:00:00z",
            "2021-02-15T17:00:00+06:00:00",
            "2021-02-29T17:00:00Z", "2020-02-29T23:59:59Z", "2021-02-15T24:00:00Z", "2021-02-15T23:59:60Z",
            "2021-13-15T17:00:00Z", "2021-00-15T17:00:00Z", "0000-01-01T00:00:00Z", "2021-02-15T17:00:00+18:00",
            "2021-02-15T17:00:00+18:01", "2021-02-15T17:00:00+19:00", "2021-02-15T17:00:00+06:60",
            "2021-02-15T17:00:00+0600", "+2021-02-15T17:00:00Z", "2021-02-15T17:00:00", "2021-02-15T1٧:00:00Z",
            "2021-02-15 17:00:00Z", "2021-02-15T17:00:00ZZ", "2021-02-15T17:00:00+06:00 "};
        for (String text : texts) {
            OffsetDateTime quick = Scalars.parseCommonDateTime(text);
            OffsetDateTime formatter;
            try {
                formatter = OffsetDateTime.parse(text, java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            } catch (java.time.format.DateTimeParseException e) {
                formatter = null;
            }
            if (quick != null) {
                assertThat(quick).as(text).isEqualTo(formatter);
            }
        }
        for (String usual : List.of("2021-02-15T17:00:00+06:00", "2021-02-15T17:00:00.5Z",
                "2020-02-29T23:59:59-05:30")) {
            assertThat(Scalars.parseCommonDateTime(usual)).as(usual).isNotNull();
        }
    }

    @Test
    void booleansAndStringsCheckTheirType() {
        assertThat(read(Scalars.BOOLEAN, "true").value()).isTrue();
        assertThat(read(Scalars.BOOLEAN, "\"true\"").problems()).singleElement()
                .satisfies(p -> assertThat(p.getArguments()).containsEntry("actual", "string"));
        assertThat(read(Scalars.STRING, "[]").problems()).singleElement()
                .satisfies(p -> assertThat(p.getArguments()).containsEntry("expected", "string"));
    }

    @Test
    void enumCodesMatchExactlyTheirDecodedStrings() {
        Codec<GrantStatus> codec = Scalars.enumeration(GrantStatus.values(), GrantStatus::getCode);
        List<String> texts = new ArrayList<>(List.of("", "é", "Нарын", "\u0000", "a", "activ", "actived"));
        for (GrantStatus status : GrantStatus.values()) {
            String c = status.getCode();
            texts.addAll(List.of(c, c + "x", c.substring(1), c.substring(0, c.length() - 1),
                    c.toUpperCase(Locale.ROOT), " " + c, c.substring(0, c.length() - 1) + "é"));
        }
        Random random = new Random(11);
        String alphabet = "acdeimnortuvw-AÉé";
        for (int i = 0; i < 2000; i++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(12); k > 0; k--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            texts.add(text.toString());
        }
        for (String text : texts) {
            GrantStatus expected = Arrays.stream(GrantStatus.values()).filter(s -> s.getCode().equals(text))
                    .findFirst().orElse(null);
            for (String json : List.of(KichiJson.mapper().writeValueAsString(text), escaped(text))) {
                CodecTesting.Result<GrantStatus> result = read(codec, json);
                assertThat(result.value()).as(json).isEqualTo(expected);
                assertThat(result.problems()).as(json).extracting(DocumentProblem::getCode, p -> p.getArguments()
                        .get("value")).isEqualTo(expected == null ? List.of(tuple("kichi.json.code", text)) : List.of());
            }
        }
        assertThat(read(codec, "7").problems()).extracting(DocumentProblem::getCode).containsExactly("kichi.json.type");
        assertThat(read(codec, "[\"active\"]").problems()).extracting(DocumentProblem::getCode)
                .containsExactly("kichi.json.type");
    }

    @Test
    void anEnumCodeLongerThanStringsMayBeIsTheLimitAsForAnyString() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(3).build()).build();
        for (Codec<?> codec : List.of(Scalars.STRING, Scalars.enumeration(GrantStatus.values(), GrantStatus::getCode))) {
            try (JsonParser p = factory.createParser(ObjectReadContext.empty(), "\"active\"")) {
                p.nextToken();
                Cursor in = Cursor.root(p, "", Problems.collecting(10), Mode.STRICT);
                assertThatThrownBy(() -> codec.read(in)).isInstanceOf(StreamConstraintsException.class);
            }
        }
    }

    /** The string as JSON with every character written as a {@code \\u} escape. */
    private static String escaped(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            out.append(String.format("\\u%04x", (int) text.charAt(i)));
        }
        return out.append('"').toString();
    }
}
