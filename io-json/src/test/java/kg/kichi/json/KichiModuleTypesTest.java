package kg.kichi.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every type {@link KichiModule} registers is read and written by it on its own, not only inside a catalogue:
 * each value of the schema test's hand-written {@code every-member.json}, taken out at its JSON Pointer, reads as
 * its type and is written back as the same JSON, through a plain mapper with the module (strict and lenient).
 */
class KichiModuleTypesTest {
    private static final JsonNode DOCUMENT = readDocument();

    private static JsonNode readDocument() {
        try (InputStream in = KichiModuleTypesTest.class.getResourceAsStream(
                "/kg/kichi/json/schema/every-member.json")) {
            return KichiJson.mapper().readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Stream<Arguments> values() {
        return Stream.of(
                Arguments.of("/title", kg.kichi.core.text.LocalizedText.class),
                Arguments.of("/programmes/0/budget", kg.kichi.core.money.Money.class),
                Arguments.of("/calls/0/grantSize", kg.kichi.core.money.MoneyRange.class),
                Arguments.of("/calls/0/announced", kg.kichi.core.time.PartialDate.class),
                Arguments.of("/programmes/0/period", kg.kichi.core.time.DatePeriod.class),
                Arguments.of("/calls/0/duration", kg.kichi.core.time.MonthRange.class),
                Arguments.of("/organisations/0/id", kg.kichi.core.organisation.OrganisationId.class),
                Arguments.of("/calls/0/eligibleCoverage/units/0/unit", kg.kichi.core.geo.UnitRef.class),
                Arguments.of("/programmes/0/themes/0", kg.kichi.core.classification.Classification.class),
                Arguments.of("/calls/0/eligibleCoverage", kg.kichi.core.geo.RegionalCoverage.class),
                Arguments.of("/organisations/1", kg.kichi.core.organisation.Organisation.class),
                Arguments.of("/programmes/0", kg.kichi.core.programme.DonorProgramme.class),
                Arguments.of("/projects/0/participants/1", kg.kichi.core.project.Participation.class),
                Arguments.of("/projects/0/activities/0/targets/0", kg.kichi.core.project.StatedTarget.class),
                Arguments.of("/projects/0/activities/0", kg.kichi.core.project.Activity.class),
                Arguments.of("/projects/0", kg.kichi.core.project.Project.class),
                Arguments.of("/calls/0/lots/0", kg.kichi.core.call.Lot.class),
                Arguments.of("/calls/0/results", kg.kichi.core.call.CallResults.class),
                Arguments.of("/calls/0", kg.kichi.core.call.CallForProposals.class),
                Arguments.of("/applications/0/partnership/members/0", kg.kichi.core.application.Partner.class),
                Arguments.of("/applications/0/partnership", kg.kichi.core.application.Partnership.class),
                Arguments.of("/applications/0/statusHistory/0", kg.kichi.core.application.StatusChange.class),
                Arguments.of("/applications/0", kg.kichi.core.application.Application.class),
                Arguments.of("/grants/0", kg.kichi.core.grant.Grant.class),
                Arguments.of("/calls/0/evaluationGrid/stages/0/sections/0/criteria/0/scale",
                        kg.kichi.core.evaluation.Scale.class),
                Arguments.of("/calls/0/evaluationGrid/stages/0/sections/0/criteria/0",
                        kg.kichi.core.evaluation.Criterion.class),
                Arguments.of("/calls/0/evaluationGrid/stages/0/sections/0", kg.kichi.core.evaluation.Section.class),
                Arguments.of("/calls/0/evaluationGrid/stages/0", kg.kichi.core.evaluation.Stage.class),
                Arguments.of("/calls/0/evaluationGrid", kg.kichi.core.evaluation.EvaluationGrid.class),
                Arguments.of("/calls/0/selectionPolicy/quotas/0", kg.kichi.core.evaluation.RegionalQuota.class),
                Arguments.of("/calls/0/selectionPolicy", kg.kichi.core.evaluation.SelectionPolicy.class),
                Arguments.of("/reviewers/0", kg.kichi.core.evaluation.Reviewer.class),
                Arguments.of("/reviews/0/scores/0", kg.kichi.core.evaluation.Score.class),
                Arguments.of("/reviews/0", kg.kichi.core.evaluation.Review.class));
    }

    /**
     * The document states two members at their defaults, which the writer leaves out: a participant that is not
     * the lead ({@code "lead": false}) and a selection policy's {@code "mode": "select"}.
     */
    private static JsonNode withoutDefaults(JsonNode node) {
        if (node instanceof tools.jackson.databind.node.ObjectNode object) {
            if (object.path("lead").isBoolean() && !object.get("lead").booleanValue()) {
                object.remove("lead");
            }
            if (object.path("mode").isString() && object.get("mode").stringValue().equals("select")) {
                object.remove("mode");
            }
        }
        for (JsonNode child : node.values()) {
            withoutDefaults(child);
        }
        return node;
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("values")
    void eachRegisteredTypeReadsAndWritesItsOwnJson(String pointer, Class<?> type) {
        JsonNode expected = withoutDefaults(DOCUMENT.at(pointer).deepCopy());
        assertThat(expected.isMissingNode()).as(pointer).isFalse();
        if (expected.has("eligibilityRules")) {
            // rules are written with their severity stated even when it is the default; not what is tested here
            ((tools.jackson.databind.node.ObjectNode) expected).remove("eligibilityRules");
        }
        String json = KichiJson.mapper().writeValueAsString(expected);
        for (kg.kichi.json.Mode mode : kg.kichi.json.Mode.values()) {
            JsonMapper mapper = JsonMapper.builder().addModule(new KichiModule(mode)).build();
            Object value = mapper.readValue(json, type);
            assertThat(value).as(pointer).isInstanceOf(type);
            assertThat(KichiJson.mapper().readTree(mapper.writeValueAsString(value))).as("%s in %s", pointer, mode)
                    .isEqualTo(expected);
        }
    }
}
