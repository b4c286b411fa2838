package kg.kichi.json.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Random;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kg.kichi.core.geo.UnitRef;
import kg.kichi.core.organisation.OrganisationId;
import kg.kichi.core.text.LocalizedText;
import kg.kichi.core.time.PartialDate;
import kg.kichi.core.validation.Identifier;
import kg.kichi.core.validation.InvalidModelException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.node.JsonNodeFactory;

/** For random strings near the valid forms (seeded), the schema's patterns accept exactly what the model accepts. */
class PatternsMatchModelTest {
    private static final int SAMPLES = 3_000;
    private static final String ALPHABET = "aZk09-_.:/ é\t";

    @ParameterizedTest(name = "{0} seed {2}")
    @MethodSource("cases")
    void schemaAgreesWithTheModel(String definition, String[] examples, long seed) {
        Schema schema = DocumentSchema.definition(definition);
        Predicate<String> model = model(definition);
        Random random = new Random(seed);
        int accepted = 0;
        for (int i = 0; i < SAMPLES; i++) {
            String candidate = mutate(examples[random.nextInt(examples.length)], random);
            boolean bySchema = schema.validate(JsonNodeFactory.instance.stringNode(candidate)).isEmpty();
            boolean byModel = model.test(candidate);
            assertThat(bySchema).as("%s '%s'", definition, candidate).isEqualTo(byModel);
            accepted += bySchema ? 1 : 0;
        }
        assertThat(accepted).as("valid samples").isBetween(SAMPLES / 20, SAMPLES - SAMPLES / 20);
    }

    static Stream<Arguments> cases() {
        return Stream.of(1L, 2L, 3L).flatMap(seed -> Stream.of(
                Arguments.of("identifier", new String[] {"grant-1", "a", "call:2021/lot.1", "Z_9"}, seed),
                Arguments.of("organisationId", new String[] {"KG-INN-02404199910074", "XI-KICHI-naryn-edc",
                        "GB-CHC-1234", "KG-OKPO-A.b_c"}, seed),
                Arguments.of("unitRef", new String[] {"iso3166-2:KG-N", "soate:41704215000000", "kichi:x.y_z",
                        "iso3166-1:KG"}, seed),
                Arguments.of("partialDate", new String[] {"2019", "2021-02", "2018-03-03", "1999-12-31", "2024-02-29",
                        "2021-04-30"}, seed)));
    }

    private static Predicate<String> model(String definition) {
        switch (definition) {
            case "identifier":
                Pattern identifier = Pattern.compile(Identifier.PATTERN);
                return s -> identifier.matcher(s).matches();
            case "organisationId":
                return parses(OrganisationId::parse);
            case "unitRef":
                return parses(UnitRef::parse);
            case "partialDate":
                return parses(PartialDate::parse);
            default:
                throw new IllegalArgumentException(definition);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void languageKeysAgreeWithTheModel(long seed) {
        Schema schema = DocumentSchema.definition("localizedText");
        Random random = new Random(seed);
        String letters = "aqzAZ1-é";
        for (int i = 0; i < SAMPLES; i++) {
            StringBuilder key = new StringBuilder();
            int length = random.nextInt(5);
            for (int j = 0; j < length; j++) {
                key.append(letters.charAt(random.nextInt(letters.length())));
            }
            String language = key.toString();
            boolean bySchema = schema.validate(JsonNodeFactory.instance.objectNode().put(language, "x")).isEmpty();
            boolean byModel = parses(s -> LocalizedText.of(s, "x")).test(language);
            assertThat(bySchema).as("language '%s'", language).isEqualTo(byModel);
        }
    }

    static Stream<Long> seeds() {
        return Stream.of(7L, 8L);
    }

    private static Predicate<String> parses(java.util.function.Consumer<String> parser) {
        return s -> {
            try {
                parser.accept(s);
                return true;
            } catch (InvalidModelException e) {
                return false;
            }
        };
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("years")
    void acceptsExactlyTheDaysOfTheCalendar(int year) {
        Schema schema = DocumentSchema.definition("partialDate");
        for (int month = 0; month <= 13; month++) {
            for (int day = 0; day <= 32; day++) {
                String date = String.format("%04d-%02d-%02d", year, month, day);
                boolean real;
                try {
                    LocalDate.of(year, month, day);
                    real = true;
                } catch (DateTimeException e) {
                    real = false;
                }
                assertThat(schema.validate(JsonNodeFactory.instance.stringNode(date)).isEmpty()).as(date)
                        .isEqualTo(real);
            }
        }
    }

    static Stream<Integer> years() {
        return Stream.of(1000, 1200, 1600, 1900, 1996, 2000, 2021, 2023, 2024, 2100, 2400, 4000, 9996, 9999);
    }

    /** Zero to three random edits: insert, delete or replace a character, or repeat the string. */
    private static String mutate(String example, Random random) {
        StringBuilder s = new StringBuilder(example);
        int edits = random.nextInt(4);
        for (int i = 0; i < edits; i++) {
            int kind = random.nextInt(10);
            int at = s.length() == 0 ? 0 : random.nextInt(s.length());
            char c = random.nextBoolean() ? ALPHABET.charAt(random.nextInt(ALPHABET.length()))
                    : (char) ('0' + random.nextInt(10));
            if (kind < 3 || s.length() == 0) {
                s.insert(at, c);
            } else if (kind < 6) {
                s.deleteCharAt(at);
            } else if (kind < 9) {
                s.setCharAt(at, c);
            } else {
                s.append(s.length() < 150 ? s.toString() : "");
            }
        }
        return s.toString();
    }
}
