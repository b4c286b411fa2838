package kg.kichi.json.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.Error;
import java.util.List;
import java.util.stream.Stream;
import kg.kichi.core.catalogue.Catalogue;
import kg.kichi.json.InvalidDocumentException;
import kg.kichi.json.KichiJson;
import kg.kichi.json.Mode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The shipped schema is a valid draft 2020-12 schema, accepts a document using every member (which the codec
 * accepts too), and rejects each broken rule at its place (as the strict codec does).
 */
class DocumentSchemaTest {
    private static final String EVERY_MEMBER = DocumentSchema.readResource("/kg/kichi/json/schema/every-member.json");

    @Test
    void isAValidDraft202012Schema() {
        assertThat(DocumentSchema.metaSchemaErrors()).isEmpty();
        assertThat(DocumentSchema.node().path("$schema").asString())
                .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    }

    @Test
    void acceptsADocumentUsingEveryMember() {
        assertThat(DocumentSchema.validate(EVERY_MEMBER)).isEmpty();
    }

    @Test
    void theCodecAcceptsTheDocumentUsingEveryMemberToo() {
        Catalogue catalogue = KichiJson.read(EVERY_MEMBER, Mode.STRICT);

        assertThat(catalogue.getGrants()).hasSize(2);
        assertThat(DocumentSchema.validate(KichiJson.writeString(catalogue))).isEmpty();
    }

    @Test
    void acceptsTheSmallestDocument() {
        assertThat(DocumentSchema.validate("{\"formatVersion\": \"1.0\", \"id\": \"empty\"}")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mutations")
    void rejectsEachBrokenRuleWhereItIs(String name, String parent, String member, String newJson, String expectedAt) {
        ObjectNode document = (ObjectNode) DocumentSchema.mapper().readTree(EVERY_MEMBER);
        apply(document, parent, member, newJson);

        List<Error> errors = DocumentSchema.validate(document);

        assertThat(errors).as(name).isNotEmpty();
        assertThatThrownBy(() -> KichiJson.read(document.toString(), Mode.STRICT)).as("the codec too: " + name)
                .isInstanceOf(InvalidDocumentException.class);
        assertThat(errors).as(name + ": errors %s", errors)
                .allSatisfy(e -> assertThat(e.getInstanceLocation().toString()).startsWith(expectedAt));
    }

    private static void apply(ObjectNode document, String parent, String member, String newJson) {
        JsonNode target = document.at(parent);
        JsonNode value = newJson == null ? null : DocumentSchema.mapper().readTree(newJson);
        if (target instanceof ArrayNode array) {
            int index = Integer.parseInt(member);
            if (value == null) {
                array.remove(index);
            } else {
                array.set(index, value);
            }
        } else if (target instanceof ObjectNode object) {
            if (value == null) {
                object.remove(member);
            } else {
                object.set(member, value);
            }
        } else {
            throw new IllegalArgumentException("no container at " + parent);
        }
    }

    static Stream<Arguments> mutations() {
        return Stream.of(
                // envelope
                m("formatVersion missing", "", "formatVersion", null, ""),
                m("formatVersion 2.0", "", "formatVersion", "\"2.0\"", "/formatVersion"),
                m("formatVersion a number", "", "formatVersion", "1.0", "/formatVersion"),
                m("id missing", "", "id", null, ""),
                m("id starting with a dash", "", "id", "\"-x\"", "/id"),
                m("id null", "", "id", "null", "/id"),
                m("id of 201 characters", "", "id", "\"" + "a".repeat(201) + "\"", "/id"),
                m("unknown member at the root", "", "extra", "1", ""),
                m("title with no language", "", "title", "{}", "/title"),
                m("title with upper-case language", "", "title", "{\"EN\": \"x\"}", "/title"),
                m("title with a four-letter language", "", "title", "{\"engl\": \"x\"}", "/title"),
                m("title blank", "", "title", "{\"en\": \"  \"}", "/title/en"),
                m("title a number", "/title", "en", "5", "/title/en"),
                m("organisations an object", "", "organisations", "{}", "/organisations"),
                // organisations
                m("legal form missing", "/organisations/0", "legalForm", null, "/organisations/0"),
                m("legal form unknown", "/organisations/0", "legalForm", "\"ngo\"", "/organisations/0/legalForm"),
                m("organisation id without value", "/organisations/1", "id", "\"KG-INN-\"", "/organisations/1/id"),
                m("organisation id lower-case scheme", "/organisations/1", "id", "\"kg-inn-1\"", "/organisations/1/id"),
                m("organisation id with one-letter country", "/organisations/1", "id", "\"K-INN-1\"", "/organisations/1/id"),
                m("seat without scheme", "/organisations/1", "seat", "\"KG-N\"", "/organisations/1/seat"),
                m("blank acronym", "/organisations/1", "acronyms", "[\"\"]", "/organisations/1/acronyms/0"),
                m("nonProfit a string", "/organisations/1", "nonProfit", "\"yes\"", "/organisations/1/nonProfit"),
                m("unknown member in an organisation", "/organisations/1", "website", "\"x\"", "/organisations/1"),
                // programmes, money, dates
                m("amount a string", "/programmes/0/budget", "amount", "\"100\"", "/programmes/0/budget/amount"),
                m("currency missing", "/programmes/0/budget", "currency", null, "/programmes/0/budget"),
                m("currency lower-case", "/programmes/0/budget", "currency", "\"eur\"", "/programmes/0/budget/currency"),
                m("donor missing", "/programmes/0", "donor", null, "/programmes/0"),
                m("empty period", "/programmes/0", "period", "{}", "/programmes/0/period"),
                m("month 13", "/programmes/0/period", "start", "\"2021-13\"", "/programmes/0/period/start"),
                m("two-digit year", "/programmes/0/period", "start", "\"21\"", "/programmes/0/period/start"),
                m("year 0999", "/programmes/0/period", "start", "\"0999\"", "/programmes/0/period/start"),
                m("day 32", "/programmes/0/period", "start", "\"2021-01-32\"", "/programmes/0/period/start"),
                m("30 February", "/programmes/0/period", "start", "\"2021-02-30\"", "/programmes/0/period/start"),
                m("29 February of a common year", "/programmes/0/period", "start", "\"2100-02-29\"", "/programmes/0/period/start"),
                m("31 April", "/programmes/0/period", "start", "\"2021-04-31\"", "/programmes/0/period/start"),
                m("planned grants above int", "/calls/0", "plannedGrants", "2147483648", "/calls/0/plannedGrants"),
                m("date with time", "/programmes/0/period", "start", "\"2021-01-02T10:00\"", "/programmes/0/period/start"),
                m("empty classification code", "/programmes/0/themes/0", "code", "\"\"", "/programmes/0/themes/0/code"),
                m("classification without vocabulary", "/programmes/0/themes/0", "vocabulary", null, "/programmes/0/themes/0"),
                // projects, coverage
                m("two project leads", "/projects/0/participants/0", "lead", "true", "/projects/0/participants"),
                m("participation role unknown", "/projects/0/participants/0", "role", "\"donor\"", "/projects/0/participants/0/role"),
                m("nationwide without country", "/projects/0", "coverage", "{\"kind\": \"nationwide\"}", "/projects/0/coverage"),
                m("nationwide lower-case country", "/projects/0", "coverage", "{\"kind\": \"nationwide\", \"country\": \"kg\"}", "/projects/0/coverage"),
                m("not stated with a country", "/projects/0", "coverage", "{\"kind\": \"not-stated\", \"country\": \"KG\"}", "/projects/0/coverage"),
                m("units empty", "/projects/0", "coverage", "{\"kind\": \"units\", \"units\": []}", "/projects/0/coverage"),
                m("units missing", "/projects/0", "coverage", "{\"kind\": \"units\"}", "/projects/0/coverage"),
                m("coverage kind unknown", "/projects/0", "coverage", "{\"kind\": \"somewhere\"}", "/projects/0/coverage"),
                m("coverage without kind", "/projects/0", "coverage", "{\"country\": \"KG\"}", "/projects/0/coverage"),
                m("stated target quantity 0", "/projects/0/activities/0/targets/0", "quantity", "0", "/projects/0/activities/0/targets/0/quantity"),
                // calls
                m("share 0", "/calls/0/eligibleCoverage/units/0", "percent", "0", "/calls/0/eligibleCoverage/units/0/percent"),
                m("share 101", "/calls/0/eligibleCoverage/units/0", "percent", "101", "/calls/0/eligibleCoverage/units/0/percent"),
                m("shares for some units only", "/calls/0/eligibleCoverage/units/1", "percent", null, "/calls/0/eligibleCoverage"),
                m("duration min 0", "/calls/0/duration", "min", "0", "/calls/0/duration/min"),
                m("duration min 2.5", "/calls/0/duration", "min", "2.5", "/calls/0/duration/min"),
                m("empty duration", "/calls/0", "duration", "{}", "/calls/0/duration"),
                m("grant size below zero", "/calls/0/grantSize/min", "amount", "-1", "/calls/0/grantSize/min/amount"),
                m("empty grant size", "/calls/0", "grantSize", "{}", "/calls/0/grantSize"),
                m("planned grants 0", "/calls/0", "plannedGrants", "0", "/calls/0/plannedGrants"),
                m("applications received -1", "/calls/0/results", "applicationsReceived", "-1", "/calls/0/results/applicationsReceived"),
                m("call without project", "/calls/0", "project", null, "/calls/0"),
                m("lot without title", "/calls/0/lots/0", "title", null, "/calls/0/lots/0"),
                // applications, partnerships
                m("empty status history", "/applications/0", "statusHistory", "[]", "/applications/0/statusHistory"),
                m("no status history", "/applications/0", "statusHistory", null, "/applications/0"),
                m("status unknown", "/applications/0/statusHistory/0", "status", "\"accepted\"", "/applications/0/statusHistory/0/status"),
                m("requested amount 0", "/applications/0/requestedAmount", "amount", "0", "/applications/0/requestedAmount/amount"),
                m("co-financing below zero", "/applications/0/coFinancing", "amount", "-5", "/applications/0/coFinancing/amount"),
                m("submittedAt without offset", "/applications/0", "submittedAt", "\"2021-03-14T17:00:00\"", "/applications/0/submittedAt"),
                m("submittedAt a date", "/applications/0", "submittedAt", "\"2021-03-14\"", "/applications/0/submittedAt"),
                m("two partnership leads", "/applications/0/partnership/members/1", "role", "\"lead\"", "/applications/0/partnership/members"),
                m("no partnership lead", "/applications/0/partnership/members/0", "role", "\"partner\"", "/applications/0/partnership/members"),
                m("no partnership members", "/applications/0/partnership", "members", "[]", "/applications/0/partnership/members"),
                m("planned duration 0", "/applications/0", "plannedDurationMonths", "0", "/applications/0/plannedDurationMonths"),
                // grants
                m("amount awarded 0", "/grants/0/amountAwarded", "amount", "0", "/grants/0/amountAwarded/amount"),
                m("amount awarded negative", "/grants/0/amountAwarded", "amount", "-100.00", "/grants/0/amountAwarded/amount"),
                m("grant without call or project", "/grants/1", "project", null, "/grants/1"),
                m("grant lot without call", "/grants/1", "lot", "\"lot-1\"", "/grants/1"),
                m("grant status unknown", "/grants/0", "status", "\"paid\"", "/grants/0/status"),
                m("grant without partnership", "/grants/0", "partnership", null, "/grants/0"),
                m("grant without title", "/grants/0", "title", null, "/grants/0"),
                m("target without what", "/grants/0/targets/0", "what", null, "/grants/0/targets/0"),
                m("award date null", "/grants/0", "awardDate", "null", "/grants/0/awardDate"),
                m("unknown member in a partner", "/grants/0/partnership/members/0", "share", "1", "/grants/0/partnership/members/0"));
    }

    private static Arguments m(String name, String parent, String member, String newJson, String expectedAt) {
        return Arguments.of(name, parent, member, newJson, expectedAt);
    }
}
