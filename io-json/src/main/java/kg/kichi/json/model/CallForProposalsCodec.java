package kg.kichi.json.model;

import static kg.kichi.json.codec.Members.list;
import static kg.kichi.json.codec.Members.member;

import java.util.List;
import java.util.Optional;
import kg.kichi.core.call.CallForProposals;
import kg.kichi.core.call.CallResults;
import kg.kichi.core.call.Lot;
import kg.kichi.core.classification.Classification;
import kg.kichi.core.geo.RegionalCoverage;
import kg.kichi.core.money.Money;
import kg.kichi.core.money.MoneyRange;
import kg.kichi.core.organisation.LegalForm;
import kg.kichi.core.text.LocalizedText;
import kg.kichi.core.time.DatePeriod;
import kg.kichi.core.time.MonthRange;
import kg.kichi.core.time.PartialDate;
import kg.kichi.core.validation.InvalidModelException;
import kg.kichi.json.codec.Codec;
import kg.kichi.json.codec.Cursor;
import kg.kichi.json.codec.Fields;
import kg.kichi.json.codec.Members;
import kg.kichi.json.codec.Out;
import kg.kichi.json.codec.Scalars;
import kg.kichi.json.value.ClassificationCodec;
import kg.kichi.json.value.DatePeriodCodec;
import kg.kichi.json.value.LocalizedTextCodec;
import kg.kichi.json.value.MoneyCodec;
import kg.kichi.json.value.MoneyRangeCodec;
import kg.kichi.json.value.MonthRangeCodec;
import kg.kichi.json.value.PartialDateCodec;
import kg.kichi.json.value.RegionalCoverageCodec;
import tools.jackson.core.JsonGenerator;

/**
 * {@link CallForProposals}: {@code id, project, title, announced, deadline, implementationPeriod, envelope,
 * grantSize, duration, eligibleLegalForms, requiredPartnerKinds, eligibleCoverage, plannedGrants, lots, results,
 * themes, description}.
 */
public final class CallForProposalsCodec implements Codec<CallForProposals> {
    /** The instance. */
    public static final CallForProposalsCodec INSTANCE = new CallForProposalsCodec();

    private static final Members MEMBERS = Members.of(member("id", Scalars.STRING), member("project", Scalars.STRING),
            member("title", LocalizedTextCodec.INSTANCE), member("announced", PartialDateCodec.INSTANCE),
            member("deadline", PartialDateCodec.INSTANCE), member("implementationPeriod", DatePeriodCodec.INSTANCE),
            member("envelope", MoneyCodec.INSTANCE), member("grantSize", MoneyRangeCodec.INSTANCE),
            member("duration", MonthRangeCodec.INSTANCE), list("eligibleLegalForms", Codes.LEGAL_FORM),
            list("requiredPartnerKinds", Codes.LEGAL_FORM), member("eligibleCoverage", RegionalCoverageCodec.INSTANCE),
            member("plannedGrants", Scalars.INTEGER), list("lots", LotCodec.INSTANCE),
            member("results", CallResultsCodec.INSTANCE), list("themes", ClassificationCodec.INSTANCE),
            member("description", LocalizedTextCodec.INSTANCE));

    private CallForProposalsCodec() {}

    @Override
    public CallForProposals read(Cursor in) {
        Fields f = in.object(MEMBERS);
        if (f == null) {
            return null;
        }
        String id = f.get("id", Scalars.STRING);
        String project = f.get("project", Scalars.STRING);
        LocalizedText title = f.get("title", LocalizedTextCodec.INSTANCE);
        PartialDate announced = f.get("announced", PartialDateCodec.INSTANCE);
        PartialDate deadline = f.get("deadline", PartialDateCodec.INSTANCE);
        DatePeriod implementation = f.get("implementationPeriod", DatePeriodCodec.INSTANCE);
        Money envelope = f.get("envelope", MoneyCodec.INSTANCE);
        MoneyRange grantSize = f.get("grantSize", MoneyRangeCodec.INSTANCE);
        MonthRange duration = f.get("duration", MonthRangeCodec.INSTANCE);
        List<LegalForm> eligible = f.list("eligibleLegalForms", Codes.LEGAL_FORM);
        List<LegalForm> partnerKinds = f.list("requiredPartnerKinds", Codes.LEGAL_FORM);
        RegionalCoverage coverage = f.get("eligibleCoverage", RegionalCoverageCodec.INSTANCE);
        Integer plannedGrants = f.get("plannedGrants", Scalars.INTEGER);
        List<Lot> lots = f.list("lots", LotCodec.INSTANCE);
        CallResults results = f.get("results", CallResultsCodec.INSTANCE);
        List<Classification> themes = f.list("themes", ClassificationCodec.INSTANCE);
        LocalizedText description = f.get("description", LocalizedTextCodec.INSTANCE);
        var extensions = f.extensions();
        try {
            return f.built(CallForProposals.builder().id(id).project(project).title(title)
                    .announced(Optional.ofNullable(announced)).deadline(Optional.ofNullable(deadline))
                    .implementationPeriod(Optional.ofNullable(implementation)).envelope(Optional.ofNullable(envelope))
                    .grantSize(Optional.ofNullable(grantSize)).duration(Optional.ofNullable(duration))
                    .eligibleLegalForms(eligible).requiredPartnerKinds(partnerKinds)
                    .eligibleCoverage(coverage == null ? RegionalCoverage.notStated() : coverage)
                    .plannedGrants(Optional.ofNullable(plannedGrants)).lots(lots).results(Optional.ofNullable(results))
                    .themes(themes).description(Optional.ofNullable(description)).extensions(extensions).build());
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
        Out.extensions(out, value.getExtensions());
        out.writeEndObject();
    }
}
