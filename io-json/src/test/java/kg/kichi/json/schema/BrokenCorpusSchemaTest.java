package kg.kichi.json.schema;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import kg.kichi.json.InvalidDocumentException;
import kg.kichi.json.KichiJson;
import kg.kichi.json.Mode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The corpus of broken documents, which the strict codec rejects, is rejected by the schema too, except exactly
 * the cases listed in {@link #SCHEMA_CANNOT_EXPRESS}. Malformed JSON counts as rejected (a schema validates
 * parsed JSON); numbers are parsed exactly (as the codec reads them, so 1e400 is a number, not an overflow);
 * duplicate keys are left to the parser's default (the last one wins), as a schema validator sees them.
 */
class BrokenCorpusSchemaTest {
    private static final String CORPUS = "/kg/kichi/json/broken/";

    /** Corpus cases the schema accepts, each with the rule a JSON Schema cannot state. */
    static final Map<String, String> SCHEMA_CANNOT_EXPRESS = Map.ofEntries(
            entry("24-period-reversed.json", "period order: comparing two values"),
            entry("25-deadline-before-announcement.json", "date order across members"),
            entry("27-over-precise-amount.json", "decimals allowed by the currency (scale vs currency)"),
            entry("31-amount-huge-exponent.json", "reading limit: number magnitude"),
            entry("32-number-too-long.json", "reading limit: number length"),
            entry("33-string-too-long.json", "reading limit: string length (configurable in the reader)"),
            entry("35-duplicate-key.json", "duplicate keys: invisible after parsing"),
            entry("36-duplicate-organisation-id.json", "duplicate ids across objects"),
            entry("37-unknown-partner.json", "referential integrity"),
            entry("38-unknown-call.json", "referential integrity"),
            entry("39-unknown-lot.json", "referential integrity"),
            entry("40-unknown-donor.json", "referential integrity"),
            entry("42-illegal-status-transition.json", "status transitions: order of array elements"),
            entry("48-coverage-shares-total.json", "sum of shares"),
            entry("56-selected-above-received.json", "comparing two values"),
            entry("57-grant-size-above-envelope.json", "comparing two amounts"),
            entry("58-duplicate-lot-id.json", "duplicate ids across objects"),
            entry("80-unknown-component.json", "referential integrity"));

    private static final JsonMapper PARSER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    static Stream<String> corpus() {
        Set<String> files = new LinkedHashSet<>();
        List<String> lines = DocumentSchema.readResource(CORPUS + "index.csv").lines().skip(1).toList();
        lines.stream().filter(l -> !l.isBlank()).forEach(l -> files.add(l.substring(0, l.indexOf(','))));
        return files.stream();
    }

    @Test
    void theCorpusIsLargeAndTheListNamesOnlyCorpusFiles() {
        List<String> files = corpus().toList();

        assertThat(files).hasSizeGreaterThanOrEqualTo(40);
        assertThat(files).containsAll(SCHEMA_CANNOT_EXPRESS.keySet());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void theSchemaRejectsWhatItCanExpressAndOnlyThat(String file) {
        String text = DocumentSchema.readResource(CORPUS + file);
        assertThatThrownBy(() -> KichiJson.read(text, Mode.STRICT)).as("the codec rejects " + file)
                .isInstanceOf(InvalidDocumentException.class);

        boolean schemaRejects;
        String why;
        try {
            JsonNode document = PARSER.readTree(text);
            var errors = DocumentSchema.validate(document);
            schemaRejects = !errors.isEmpty();
            why = errors.toString();
        } catch (JacksonException malformed) {
            schemaRejects = true;
            why = "malformed JSON: " + malformed.getOriginalMessage();
        }

        if (SCHEMA_CANNOT_EXPRESS.containsKey(file)) {
            assertThat(schemaRejects).as("%s is listed as beyond a schema (%s) but the schema rejects it: %s", file,
                    SCHEMA_CANNOT_EXPRESS.get(file), why).isFalse();
        } else {
            assertThat(schemaRejects).as("the schema accepts %s", file).isTrue();
        }
    }
}
