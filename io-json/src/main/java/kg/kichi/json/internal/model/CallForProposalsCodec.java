package kg.kichi.json.internal.model;

import static kg.kichi.json.internal.codec.Members.list;
import static kg.kichi.json.internal.codec.Members.member;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import kg.kichi.core.call.CallForProposals;
import kg.kichi.core.call.CallResults;
import kg.kichi.core.call.Lot;
import kg.kichi.core.classification.Classification;
import kg.kichi.core.eligibility.Rule;
import kg.kichi.core.geo.RegionalCoverage;
import kg.kichi.core.money.Money;
import kg.kichi.core.money.MoneyRange;
import kg.kichi.core.organisation.LegalForm;
import kg.kichi.core.text.LocalizedText;
import kg.kichi.core.time.DatePeriod;
import kg.kichi.core.time.MonthRange;
import kg.kichi.core.time.PartialDate;
import kg.kichi.core.validation.InvalidModelException;
import kg.kichi.json.internal.codec.Codec;
import kg.kichi.json.internal.codec.Cursor;
import kg.kichi.json.internal.codec.Fields;
import kg.kichi.json.internal.codec.Members;
import kg.kichi.json.internal.codec.Members.ListMember;
import kg.kichi.json.internal.codec.Members.Member;
import kg.kichi.json.internal.codec.Out;
import kg.kichi.json.internal.codec.Scalars;
import kg.kichi.json.internal.value.ClassificationCodec;
import kg.kichi.json.internal.value.DatePeriodCodec;
import kg.kichi.json.internal.value.LocalizedTextCodec;
import kg.kichi.json.internal.value.MoneyCodec;
import kg.kichi.json.internal.value.MoneyRangeCodec;
import kg.kichi.json.internal.value.MonthRangeCodec;
import kg.kichi.json.internal.value.PartialDateCodec;
import kg.kichi.json.internal.value.RegionalCoverageCodec;
import tools.jackson.core.JsonGenerator;

/**
 * {@link CallForProposals}: {@code id, project, title, announced, deadline, timeZone, implementationPeriod, envelope,
 * grantSize, duration, eligibleLegalForms, requiredPartnerKinds, eligibleCoverage, plannedGrants, lots, results,
 * themes, description, eligibilityRules} (see {@link RuleCodec}), {@code evaluationGrid, selectionPolicy}.
 */
public final class CallForProposalsCodec implements Codec<CallForProposals> {
    /** The instance. */
    public static final CallForProposalsCodec INSTANCE = new CallForProposalsCodec();

    private static final Member<String> ID = member("id", Scalars.STRING);
    private static final Member<String> PROJECT = member("project", Scalars.STRING);
    private static final Member<LocalizedText> TITLE = member("title", LocalizedTextCodec.INSTANCE);
    private static final Member<PartialDate> ANNOUNCED = member("announced", PartialDateCodec.INSTANCE);
    private static final Member<PartialDate> DEADLINE = member("deadline", PartialDateCodec.INSTANCE);
    private static final Member<DatePeriod> IMPLEMENTATION_PERIOD =
            member("implementationPeriod", DatePeriodCodec.INSTANCE);
    private static final Member<Money> ENVELOPE = member("envelope", MoneyCodec.INSTANCE);
    private static final Member<MoneyRange> GRANT_SIZE = member("grantSize", MoneyRangeCodec.INSTANCE);
    private static final Member<MonthRange> DURATION = member("duration", MonthRangeCodec.INSTANCE);
    private static final ListMember<LegalForm> ELIGIBLE_LEGAL_FORMS = list("eligibleLegalForms", Codes.LEGAL_FORM);
    private static final ListMember<LegalForm> REQUIRED_PARTNER_KINDS = list("requiredPartnerKinds", Codes.LEGAL_FORM);
    private static final Member<RegionalCoverage> ELIGIBLE_COVERAGE =
            member("eligibleCoverage", RegionalCoverageCodec.INSTANCE);
    private static final Member<Integer> PLANNED_GRANTS = member("plannedGrants", Scalars.INTEGER);
    private static final ListMember<Lot> LOTS = list("lots", LotCodec.INSTANCE);
    private static final Member<CallResults> RESULTS = member("results", CallResultsCodec.INSTANCE);
    private static final ListMember<Classification> THEMES = list("themes", ClassificationCodec.INSTANCE);
    private static final Member<LocalizedText> DESCRIPTION = member("description", LocalizedTextCodec.INSTANCE);
    private static final Member<ZoneId> TIME_ZONE = member("timeZone", RuleCodec.ZONE);
    private static final ListMember<Rule> ELIGIBILITY_RULES = list("eligibilityRules", RuleCodec.INSTANCE);
    private static final Member<kg.kichi.core.evaluation.EvaluationGrid> GRID =
            member("evaluationGrid", EvaluationGridCodec.INSTANCE);
    private static final Member<kg.kichi.core.evaluation.SelectionPolicy> POLICY =
            member("selectionPolicy", SelectionPolicyCodec.INSTANCE);
    private static final Members MEMBERS = Members.of(ID, PROJECT, TITLE, ANNOUNCED, DEADLINE, TIME_ZONE,
            IMPLEMENTATION_PERIOD, ENVELOPE, GRANT_SIZE, DURATION, ELIGIBLE_LEGAL_FORMS, REQUIRED_PARTNER_KINDS,
            ELIGIBLE_COVERAGE, PLANNED_GRANTS, LOTS, RESULTS, THEMES, DESCRIPTION, ELIGIBILITY_RULES, GRID, POLICY);

    private CallForProposalsCodec() {}

    @Override
    public CallForProposals read(Cursor in) {
        Fields f = in.object(MEMBERS);
        if (f == null) {
            return null;
        }
        String id = f.get(ID);
        String project = f.get(PROJECT);
        LocalizedText title = f.get(TITLE);
        PartialDate announced = f.get(ANNOUNCED);
        PartialDate deadline = f.get(DEADLINE);
        ZoneId timeZone = f.get(TIME_ZONE);
        List<Rule> rules = f.list(ELIGIBILITY_RULES);
        DatePeriod implementation = f.get(IMPLEMENTATION_PERIOD);
        Money envelope = f.get(ENVELOPE);
        MoneyRange grantSize = f.get(GRANT_SIZE);
        MonthRange duration = f.get(DURATION);
        List<LegalForm> eligible = f.list(ELIGIBLE_LEGAL_FORMS);
        List<LegalForm> partnerKinds = f.list(REQUIRED_PARTNER_KINDS);
        RegionalCoverage coverage = f.get(ELIGIBLE_COVERAGE);
        Integer plannedGrants = f.get(PLANNED_GRANTS);
        List<Lot> lots = f.list(LOTS);
        CallResults results = f.get(RESULTS);
        List<Classification> themes = f.list(THEMES);
        LocalizedText description = f.get(DESCRIPTION);
        kg.kichi.core.evaluation.EvaluationGrid grid = f.get(GRID);
        kg.kichi.core.evaluation.SelectionPolicy policy = f.get(POLICY);
        var extensions = f.extensions();
        try {
            CallForProposals.Builder b = CallForProposals.builder().id(id).project(project).title(title)
                    .announced(Optional.ofNullable(announced)).deadline(Optional.ofNullable(deadline))
                    .implementationPeriod(Optional.ofNullable(implementation)).envelope(Optional.ofNullable(envelope))
                    .grantSize(Optional.ofNullable(grantSize)).duration(Optional.ofNullable(duration))
                    .eligibleLegalForms(eligible).requiredPartnerKinds(partnerKinds)
                    .eligibleCoverage(coverage == null ? RegionalCoverage.notStated() : coverage)
                    .plannedGrants(Optional.ofNullable(plannedGrants)).lots(lots).results(Optional.ofNullable(results))
                    .themes(themes).description(Optional.ofNullable(description))
                    .evaluationGrid(Optional.ofNullable(grid)).selectionPolicy(Optional.ofNullable(policy));
            if (timeZone != null) {
                b.timeZone(timeZone);
            }
            if (!rules.isEmpty()) { // left unset when empty, the builder allocates no list
                b.eligibilityRules(rules);
            }
            if (!extensions.isEmpty()) { // left unset when empty, the builder allocates no map
                b.extensions(extensions);
            }
            return f.built(b.build());
        } catch (InvalidModelException e) {
            return f.invalid(e);
        }
    }

    @Override
    public void write(CallForProposals value, JsonGenerator out) {
        out.writeStartObject();
        Out.member(out, "id", value.getId(), Scalars.STRING);
        Out.member(out, "project", value.getProject(), Scalars.STRING);
        Out.member(out, "title", value.getTitle(), LocalizedTextCodec.INSTANCE);
        Out.optional(out, "announced", value.getAnnounced(), PartialDateCodec.INSTANCE);
        Out.optional(out, "deadline", value.getDeadline(), PartialDateCodec.INSTANCE);
        Out.optional(out, "timeZone", value.getTimeZone(), RuleCodec.ZONE);
        Out.optional(out, "implementationPeriod", value.getImplementationPeriod(), DatePeriodCodec.INSTANCE);
        Out.optional(out, "envelope", value.getEnvelope(), MoneyCodec.INSTANCE);
        Out.optional(out, "grantSize", value.getGrantSize(), MoneyRangeCodec.INSTANCE);
        Out.optional(out, "duration", value.getDuration(), MonthRangeCodec.INSTANCE);
        Out.list(out, "eligibleLegalForms", value.getEligibleLegalForms(), Codes.LEGAL_FORM);
        Out.list(out, "requiredPartnerKinds", value.getRequiredPartnerKinds(), Codes.LEGAL_FORM);
        Out.member(out, "eligibleCoverage", value.getEligibleCoverage(), RegionalCoverageCodec.INSTANCE);
        Out.optional(out, "plannedGrants", value.getPlannedGrants(), Scalars.INTEGER);
        Out.list(out, "lots", value.getLots(), LotCodec.INSTANCE);
        Out.optional(out, "results", value.getResults(), CallResultsCodec.INSTANCE);
        Out.list(out, "themes", value.getThemes(), ClassificationCodec.INSTANCE);
        Out.optional(out, "description", value.getDescription(), LocalizedTextCodec.INSTANCE);
        Out.list(out, "eligibilityRules", value.getEligibilityRules(), RuleCodec.INSTANCE);
        Out.optional(out, "evaluationGrid", value.getEvaluationGrid(), EvaluationGridCodec.INSTANCE);
        Out.optional(out, "selectionPolicy", value.getSelectionPolicy(), SelectionPolicyCodec.INSTANCE);
        Out.extensions(out, value.getExtensions());
        out.writeEndObject();
    }
}
