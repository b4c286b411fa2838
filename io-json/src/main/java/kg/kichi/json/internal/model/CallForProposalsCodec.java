package kg.kichi.json.internal.model;

import kg.kichi.core.call.CallForProposals;
import kg.kichi.json.internal.codec.Codec;
import kg.kichi.json.internal.codec.ObjectCodec;
import kg.kichi.json.internal.codec.Scalars;
import kg.kichi.json.internal.value.ClassificationCodec;
import kg.kichi.json.internal.value.DatePeriodCodec;
import kg.kichi.json.internal.value.LocalizedTextCodec;
import kg.kichi.json.internal.value.MoneyCodec;
import kg.kichi.json.internal.value.MoneyRangeCodec;
import kg.kichi.json.internal.value.MonthRangeCodec;
import kg.kichi.json.internal.value.PartialDateCodec;
import kg.kichi.json.internal.value.RegionalCoverageCodec;

/** {@link CallForProposals}. */
public final class CallForProposalsCodec {
    /** The codec: its members in the order written. */
    public static final Codec<CallForProposals> INSTANCE =
            ObjectCodec.of(CallForProposals::builder, CallForProposals.Builder::build)
            .member("id", Scalars.STRING, CallForProposals::getId, CallForProposals.Builder::id)
            .member("project", Scalars.STRING, CallForProposals::getProject, CallForProposals.Builder::project)
            .member("title", LocalizedTextCodec.INSTANCE, CallForProposals::getTitle, CallForProposals.Builder::title)
            .optional("announced", PartialDateCodec.INSTANCE, CallForProposals::getAnnounced,
                    CallForProposals.Builder::announced)
            .optional("deadline", PartialDateCodec.INSTANCE, CallForProposals::getDeadline,
                    CallForProposals.Builder::deadline)
            .optional("timeZone", RuleCodec.ZONE, CallForProposals::getTimeZone, CallForProposals.Builder::timeZone)
            .optional("implementationPeriod", DatePeriodCodec.INSTANCE, CallForProposals::getImplementationPeriod,
                    CallForProposals.Builder::implementationPeriod)
            .optional("envelope", MoneyCodec.INSTANCE, CallForProposals::getEnvelope,
                    CallForProposals.Builder::envelope)
            .optional("grantSize", MoneyRangeCodec.INSTANCE, CallForProposals::getGrantSize,
                    CallForProposals.Builder::grantSize)
            .optional("duration", MonthRangeCodec.INSTANCE, CallForProposals::getDuration,
                    CallForProposals.Builder::duration)
            .list("eligibleLegalForms", Codes.LEGAL_FORM, CallForProposals::getEligibleLegalForms,
                    CallForProposals.Builder::eligibleLegalForms)
            .list("requiredPartnerKinds", Codes.LEGAL_FORM, CallForProposals::getRequiredPartnerKinds,
                    CallForProposals.Builder::requiredPartnerKinds)
            .member("eligibleCoverage", RegionalCoverageCodec.INSTANCE, CallForProposals::getEligibleCoverage,
                    CallForProposals.Builder::eligibleCoverage)
            .optional("plannedGrants", Scalars.INTEGER, CallForProposals::getPlannedGrants,
                    CallForProposals.Builder::plannedGrants)
            .list("lots", LotCodec.INSTANCE, CallForProposals::getLots, CallForProposals.Builder::lots)
            .optional("results", CallResultsCodec.INSTANCE, CallForProposals::getResults,
                    CallForProposals.Builder::results)
            .list("themes", ClassificationCodec.INSTANCE, CallForProposals::getThemes, CallForProposals.Builder::themes)
            .optional("description", LocalizedTextCodec.INSTANCE, CallForProposals::getDescription,
                    CallForProposals.Builder::description)
            .list("eligibilityRules", RuleCodec.INSTANCE, CallForProposals::getEligibilityRules,
                    CallForProposals.Builder::eligibilityRules)
            .optional("evaluationGrid", EvaluationGridCodec.INSTANCE, CallForProposals::getEvaluationGrid,
                    CallForProposals.Builder::evaluationGrid)
            .optional("selectionPolicy", SelectionPolicyCodec.INSTANCE, CallForProposals::getSelectionPolicy,
                    CallForProposals.Builder::selectionPolicy)
            .extensions(CallForProposals::getExtensions, CallForProposals.Builder::extensions);

    private CallForProposalsCodec() {}
}
