package kg.kichi.json.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kg.kichi.core.application.Application;
import kg.kichi.core.application.ApplicationStatus;
import kg.kichi.core.application.Partner;
import kg.kichi.core.application.PartnerRole;
import kg.kichi.core.application.Partnership;
import kg.kichi.core.application.StatusChange;
import kg.kichi.core.call.CallForProposals;
import kg.kichi.core.call.CallResults;
import kg.kichi.core.call.Lot;
import kg.kichi.core.catalogue.Catalogue;
import kg.kichi.core.grant.Grant;
import kg.kichi.core.grant.GrantStatus;
import kg.kichi.core.organisation.LegalForm;
import kg.kichi.core.organisation.Organisation;
import kg.kichi.core.programme.DonorProgramme;
import kg.kichi.core.project.Activity;
import kg.kichi.core.project.Participation;
import kg.kichi.core.project.ParticipationRole;
import kg.kichi.core.project.Project;
import kg.kichi.core.project.StatedTarget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/** The schema's definitions follow the model: one member per model property, one enum value per code. */
class SchemaMatchesModelTest {
    private static final JsonNode DEFS = DocumentSchema.node().get("$defs");

    @ParameterizedTest(name = "{0}")
    @MethodSource("objects")
    void hasOneMemberPerModelProperty(String definition, Class<?> modelType) {
        assertThat(memberNames(DEFS.get(definition))).isEqualTo(beanProperties(modelType));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("enums")
    void listsEveryCodeOfTheModelEnum(String definition, Set<String> codes) {
        Set<String> schemaCodes = new LinkedHashSet<>();
        DEFS.get(definition).get("enum").forEach(v -> schemaCodes.add(v.asString()));
        assertThat(schemaCodes).containsExactlyElementsOf(codes);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("objects")
    void rejectsUnknownMembers(String definition, Class<?> modelType) {
        assertThat(DEFS.get(definition).get("additionalProperties").asBoolean(true)).isFalse();
    }

    static Stream<Arguments> objects() {
        return Stream.of(
                Arguments.of("organisation", Organisation.class),
                Arguments.of("donorProgramme", DonorProgramme.class),
                Arguments.of("project", Project.class),
                Arguments.of("participation", Participation.class),
                Arguments.of("activity", Activity.class),
                Arguments.of("statedTarget", StatedTarget.class),
                Arguments.of("callForProposals", CallForProposals.class),
                Arguments.of("lot", Lot.class),
                Arguments.of("callResults", CallResults.class),
                Arguments.of("application", Application.class),
                Arguments.of("partnership", Partnership.class),
                Arguments.of("partner", Partner.class),
                Arguments.of("statusChange", StatusChange.class),
                Arguments.of("budget", kg.kichi.core.application.Budget.class),
                Arguments.of("grant", Grant.class),
                Arguments.of("criterion", kg.kichi.core.evaluation.Criterion.class),
                Arguments.of("gridSection", kg.kichi.core.evaluation.Section.class),
                Arguments.of("stage", kg.kichi.core.evaluation.Stage.class),
                Arguments.of("evaluationGrid", kg.kichi.core.evaluation.EvaluationGrid.class),
                Arguments.of("regionalQuota", kg.kichi.core.evaluation.RegionalQuota.class),
                Arguments.of("selectionPolicy", kg.kichi.core.evaluation.SelectionPolicy.class),
                Arguments.of("reviewer", kg.kichi.core.evaluation.Reviewer.class),
                Arguments.of("score", kg.kichi.core.evaluation.Score.class),
                Arguments.of("review", kg.kichi.core.evaluation.Review.class));
    }

    @ParameterizedTest(name = "envelope")
    @MethodSource("envelope")
    void envelopeHasOneMemberPerCatalogueProperty(Set<String> extra) {
        Set<String> expected = new TreeSet<>(beanProperties(Catalogue.class));
        expected.addAll(extra);
        assertThat(memberNames(DocumentSchema.node())).isEqualTo(expected);
    }

    static Stream<Arguments> envelope() {
        return Stream.of(Arguments.of(Set.of("$schema", "formatVersion")));
    }

    static Stream<Arguments> enums() {
        return Stream.of(
                Arguments.of("legalForm", codes(LegalForm.values(), LegalForm::getCode)),
                Arguments.of("participationRole", codes(ParticipationRole.values(), ParticipationRole::getCode)),
                Arguments.of("partnerRole", codes(PartnerRole.values(), PartnerRole::getCode)),
                Arguments.of("applicationStatus", codes(ApplicationStatus.values(), ApplicationStatus::getCode)),
                Arguments.of("grantStatus", codes(GrantStatus.values(), GrantStatus::getCode)),
                Arguments.of("aggregation", codes(kg.kichi.core.evaluation.Aggregation.values(),
                        kg.kichi.core.evaluation.Aggregation::getCode)),
                Arguments.of("recommendation", codes(kg.kichi.core.evaluation.Recommendation.values(),
                        kg.kichi.core.evaluation.Recommendation::getCode)),
                Arguments.of("tieBreak", codes(kg.kichi.core.evaluation.TieBreak.values(),
                        kg.kichi.core.evaluation.TieBreak::getCode)),
                Arguments.of("selectionRule", codes(kg.kichi.core.evaluation.SelectionRule.values(),
                        kg.kichi.core.evaluation.SelectionRule::getCode)),
                Arguments.of("selectionMode", codes(kg.kichi.core.evaluation.SelectionMode.values(),
                        kg.kichi.core.evaluation.SelectionMode::getCode)),
                Arguments.of("rankBasis", codes(kg.kichi.core.evaluation.RankBasis.values(),
                        kg.kichi.core.evaluation.RankBasis::getCode)));
    }

    @Test
    void anEligibilityRuleHasOneMemberPerRuleParameterAndEachTypeItsOwn() {
        JsonNode rule = DEFS.get("eligibilityRule");
        Set<String> expected = new LinkedHashSet<>(List.of("id", "type", "severity", "lots"));
        for (kg.kichi.core.eligibility.RuleParameter p : kg.kichi.core.eligibility.RuleParameter.values()) {
            expected.add(p.getName());
        }
        assertThat(memberNames(rule)).containsExactlyInAnyOrderElementsOf(expected);
        Set<String> types = new LinkedHashSet<>();
        rule.get("properties").get("type").get("enum").forEach(v -> types.add(v.asString()));
        assertThat(types).containsExactlyElementsOf(codes(kg.kichi.core.eligibility.RuleType.values(),
                kg.kichi.core.eligibility.RuleType::getCode));
        for (JsonNode branch : rule.get("allOf")) {
            String code = branch.get("if").get("properties").get("type").get("const").asString();
            kg.kichi.core.eligibility.RuleType type = kg.kichi.core.eligibility.RuleType.fromCode(code).orElseThrow();
            Set<String> required = new LinkedHashSet<>();
            branch.get("then").path("required").forEach(v -> required.add(v.asString()));
            assertThat(required).as(code).containsExactlyInAnyOrderElementsOf(
                    type.getRequired().stream().map(kg.kichi.core.eligibility.RuleParameter::getName).toList());
            Set<String> forbidden = new LinkedHashSet<>();
            branch.get("then").get("properties").propertyNames().forEach(forbidden::add);
            for (kg.kichi.core.eligibility.RuleParameter p : kg.kichi.core.eligibility.RuleParameter.values()) {
                assertThat(forbidden.contains(p.getName())).as(code + " forbids " + p.getName())
                        .isEqualTo(!type.getAllowed().contains(p));
            }
        }
    }

    private static <E> Set<String> codes(E[] values, Function<E, String> code) {
        return Arrays.stream(values).map(code).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static Set<String> memberNames(JsonNode definition) {
        return new TreeSet<>(definition.get("properties").propertyNames());
    }

    /**
     * The stored properties of a model type (getX/isX without parameters), less the lenient extensions: those the
     * generated type implements, for a derived property (such as {@code Application.getStatus()}, the last of the
     * status history) is computed by the abstract type and has no member of its own.
     */
    private static Set<String> beanProperties(Class<?> type) {
        Set<String> names = new TreeSet<>();
        for (Method method : type.getDeclaredMethods()) {
            if (Modifier.isStatic(method.getModifiers()) || !Modifier.isPublic(method.getModifiers())
                    || method.getParameterCount() != 0 || method.isSynthetic() || method.isBridge()) {
                continue;
            }
            String name = method.getName();
            String property = name.startsWith("get") && name.length() > 3 ? name.substring(3)
                    : name.startsWith("is") && name.length() > 2 ? name.substring(2) : null;
            if (property != null && !property.equals("Extensions")) {
                names.add(Character.toLowerCase(property.charAt(0)) + property.substring(1));
            }
        }
        return names;
    }
}
