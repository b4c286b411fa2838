package kg.kichi.json.internal.model;

import static kg.kichi.json.internal.codec.Members.list;
import static kg.kichi.json.internal.codec.Members.member;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import kg.kichi.core.application.Application;
import kg.kichi.core.application.Budget;
import kg.kichi.core.application.Partnership;
import kg.kichi.core.application.StatusChange;
import kg.kichi.core.geo.RegionalCoverage;
import kg.kichi.core.money.Money;
import kg.kichi.core.text.LocalizedText;
import kg.kichi.core.time.DatePeriod;
import kg.kichi.core.validation.InvalidModelException;
import kg.kichi.json.internal.codec.Codec;
import kg.kichi.json.internal.codec.Cursor;
import kg.kichi.json.internal.codec.Fields;
import kg.kichi.json.internal.codec.Members;
import kg.kichi.json.internal.codec.Members.ListMember;
import kg.kichi.json.internal.codec.Members.Member;
import kg.kichi.json.internal.codec.Out;
import kg.kichi.json.internal.codec.Scalars;
import kg.kichi.json.internal.value.DatePeriodCodec;
import kg.kichi.json.internal.value.LocalizedTextCodec;
import kg.kichi.json.internal.value.MoneyCodec;
import kg.kichi.json.internal.value.RegionalCoverageCodec;
import tools.jackson.core.JsonGenerator;

/**
 * {@link Application}: {@code id, call, lot, partnership, title, summary, coverage, requestedAmount, coFinancing,
 * budget, documents, declarations, exclusionSituations, plannedPeriod, plannedDurationMonths, submittedAt, statusHistory}.
 */
public final class ApplicationCodec implements Codec<Application> {
    /** The instance. */
    public static final ApplicationCodec INSTANCE = new ApplicationCodec();

    private static final Member<String> ID = member("id", Scalars.STRING);
    private static final Member<String> CALL = member("call", Scalars.STRING);
    private static final Member<String> LOT = member("lot", Scalars.STRING);
    private static final Member<Partnership> PARTNERSHIP = member("partnership", PartnershipCodec.INSTANCE);
    private static final Member<LocalizedText> TITLE = member("title", LocalizedTextCodec.INSTANCE);
    private static final Member<LocalizedText> SUMMARY = member("summary", LocalizedTextCodec.INSTANCE);
    private static final Member<RegionalCoverage> COVERAGE = member("coverage", RegionalCoverageCodec.INSTANCE);
    private static final Member<Money> REQUESTED_AMOUNT = member("requestedAmount", MoneyCodec.INSTANCE);
    private static final Member<Money> CO_FINANCING = member("coFinancing", MoneyCodec.INSTANCE);
    private static final Member<DatePeriod> PLANNED_PERIOD = member("plannedPeriod", DatePeriodCodec.INSTANCE);
    private static final Member<Integer> PLANNED_DURATION_MONTHS = member("plannedDurationMonths", Scalars.INTEGER);
    private static final Member<OffsetDateTime> SUBMITTED_AT = member("submittedAt", Scalars.OFFSET_DATE_TIME);
    private static final Member<Budget> BUDGET = member("budget", BudgetCodec.INSTANCE);
    private static final ListMember<String> DOCUMENTS = list("documents", Scalars.STRING);
    private static final ListMember<String> DECLARATIONS = list("declarations", Scalars.STRING);
    private static final ListMember<String> EXCLUSION_SITUATIONS = list("exclusionSituations", Scalars.STRING);
    private static final ListMember<StatusChange> STATUS_HISTORY = list("statusHistory", StatusChangeCodec.INSTANCE);
    private static final Members MEMBERS = Members.of(ID, CALL, LOT, PARTNERSHIP, TITLE, SUMMARY, COVERAGE,
            REQUESTED_AMOUNT, CO_FINANCING, BUDGET, DOCUMENTS, DECLARATIONS, EXCLUSION_SITUATIONS, PLANNED_PERIOD,
            PLANNED_DURATION_MONTHS, SUBMITTED_AT, STATUS_HISTORY);

    private ApplicationCodec() {}

    @Override
    public Application read(Cursor in) {
        Fields f = in.object(MEMBERS);
        if (f == null) {
            return null;
        }
        String id = f.get(ID);
        String call = f.get(CALL);
        String lot = f.get(LOT);
        Partnership partnership = f.get(PARTNERSHIP);
        LocalizedText title = f.get(TITLE);
        LocalizedText summary = f.get(SUMMARY);
        RegionalCoverage coverage = f.get(COVERAGE);
        Money requested = f.get(REQUESTED_AMOUNT);
        Money coFinancing = f.get(CO_FINANCING);
        Budget budget = f.get(BUDGET);
        List<String> documents = f.list(DOCUMENTS);
        List<String> declarations = f.list(DECLARATIONS);
        List<String> exclusions = f.list(EXCLUSION_SITUATIONS);
        DatePeriod plannedPeriod = f.get(PLANNED_PERIOD);
        Integer months = f.get(PLANNED_DURATION_MONTHS);
        OffsetDateTime submittedAt = f.get(SUBMITTED_AT);
        List<StatusChange> history = f.list(STATUS_HISTORY);
        var extensions = f.extensions();
        try {
            Application.Builder b = Application.builder().id(id).call(call).lot(Optional.ofNullable(lot))
                    .partnership(partnership).title(title).summary(Optional.ofNullable(summary))
                    .coverage(coverage == null ? RegionalCoverage.notStated() : coverage)
                    .requestedAmount(Optional.ofNullable(requested)).coFinancing(Optional.ofNullable(coFinancing))
                    .plannedPeriod(Optional.ofNullable(plannedPeriod)).plannedDurationMonths(Optional.ofNullable(months))
                    .submittedAt(Optional.ofNullable(submittedAt)).statusHistory(history);
            if (budget != null) {
                b.budget(budget);
            }
            if (!documents.isEmpty()) { // left unset when empty, the builder allocates no set
                b.documents(documents);
            }
            if (!declarations.isEmpty()) {
                b.declarations(declarations);
            }
            if (!exclusions.isEmpty()) {
                b.exclusionSituations(exclusions);
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
    public void write(Application value, JsonGenerator out) {
        out.writeStartObject();
        Out.member(out, "id", value.getId(), Scalars.STRING);
        Out.member(out, "call", value.getCall(), Scalars.STRING);
        Out.optional(out, "lot", value.getLot(), Scalars.STRING);
        Out.member(out, "partnership", value.getPartnership(), PartnershipCodec.INSTANCE);
        Out.member(out, "title", value.getTitle(), LocalizedTextCodec.INSTANCE);
        Out.optional(out, "summary", value.getSummary(), LocalizedTextCodec.INSTANCE);
        Out.member(out, "coverage", value.getCoverage(), RegionalCoverageCodec.INSTANCE);
        Out.optional(out, "requestedAmount", value.getRequestedAmount(), MoneyCodec.INSTANCE);
        Out.optional(out, "coFinancing", value.getCoFinancing(), MoneyCodec.INSTANCE);
        Out.optional(out, "budget", value.getBudget(), BudgetCodec.INSTANCE);
        Out.list(out, "documents", value.getDocuments(), Scalars.STRING);
        Out.list(out, "declarations", value.getDeclarations(), Scalars.STRING);
        Out.list(out, "exclusionSituations", value.getExclusionSituations(), Scalars.STRING);
        Out.optional(out, "plannedPeriod", value.getPlannedPeriod(), DatePeriodCodec.INSTANCE);
        Out.optional(out, "plannedDurationMonths", value.getPlannedDurationMonths(), Scalars.INTEGER);
        Out.optional(out, "submittedAt", value.getSubmittedAt(), Scalars.OFFSET_DATE_TIME);
        Out.list(out, "statusHistory", value.getStatusHistory(), StatusChangeCodec.INSTANCE);
        Out.extensions(out, value.getExtensions());
        out.writeEndObject();
    }
}
