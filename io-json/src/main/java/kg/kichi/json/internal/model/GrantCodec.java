package kg.kichi.json.internal.model;

import static kg.kichi.json.internal.codec.Members.list;
import static kg.kichi.json.internal.codec.Members.member;

import java.util.List;
import java.util.Optional;
import kg.kichi.core.application.Partnership;
import kg.kichi.core.classification.Classification;
import kg.kichi.core.geo.RegionalCoverage;
import kg.kichi.core.grant.Grant;
import kg.kichi.core.grant.GrantStatus;
import kg.kichi.core.money.Money;
import kg.kichi.core.project.StatedTarget;
import kg.kichi.core.text.LocalizedText;
import kg.kichi.core.time.DatePeriod;
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
import kg.kichi.json.internal.value.PartialDateCodec;
import kg.kichi.json.internal.value.RegionalCoverageCodec;
import tools.jackson.core.JsonGenerator;

/**
 * {@link Grant}: {@code id, title, description, call, lot, application, project, component, partnership,
 * amountAwarded,
 * awardDate, period, coverage, status, targets, themes}.
 */
public final class GrantCodec implements Codec<Grant> {
    /** The instance. */
    public static final GrantCodec INSTANCE = new GrantCodec();

    private static final Member<String> ID = member("id", Scalars.STRING);
    private static final Member<LocalizedText> TITLE = member("title", LocalizedTextCodec.INSTANCE);
    private static final Member<LocalizedText> DESCRIPTION = member("description", LocalizedTextCodec.INSTANCE);
    private static final Member<String> CALL = member("call", Scalars.STRING);
    private static final Member<String> LOT = member("lot", Scalars.STRING);
    private static final Member<String> APPLICATION = member("application", Scalars.STRING);
    private static final Member<String> PROJECT = member("project", Scalars.STRING);
    private static final Member<String> COMPONENT = member("component", Scalars.STRING);
    private static final Member<Partnership> PARTNERSHIP = member("partnership", PartnershipCodec.INSTANCE);
    private static final Member<Money> AMOUNT_AWARDED = member("amountAwarded", MoneyCodec.INSTANCE);
    private static final Member<PartialDate> AWARD_DATE = member("awardDate", PartialDateCodec.INSTANCE);
    private static final Member<DatePeriod> PERIOD = member("period", DatePeriodCodec.INSTANCE);
    private static final Member<RegionalCoverage> COVERAGE = member("coverage", RegionalCoverageCodec.INSTANCE);
    private static final Member<GrantStatus> STATUS = member("status", Codes.GRANT_STATUS);
    private static final ListMember<StatedTarget> TARGETS = list("targets", StatedTargetCodec.INSTANCE);
    private static final ListMember<Classification> THEMES = list("themes", ClassificationCodec.INSTANCE);
    private static final Members MEMBERS = Members.of(ID, TITLE, DESCRIPTION, CALL, LOT, APPLICATION, PROJECT,
            COMPONENT, PARTNERSHIP, AMOUNT_AWARDED, AWARD_DATE, PERIOD, COVERAGE, STATUS, TARGETS, THEMES);

    private GrantCodec() {}

    @Override
    public Grant read(Cursor in) {
        Fields f = in.object(MEMBERS);
        if (f == null) {
            return null;
        }
        String id = f.get(ID);
        LocalizedText title = f.get(TITLE);
        LocalizedText description = f.get(DESCRIPTION);
        String call = f.get(CALL);
        String lot = f.get(LOT);
        String application = f.get(APPLICATION);
        String project = f.get(PROJECT);
        String component = f.get(COMPONENT);
        Partnership partnership = f.get(PARTNERSHIP);
        Money amount = f.get(AMOUNT_AWARDED);
        PartialDate awardDate = f.get(AWARD_DATE);
        DatePeriod period = f.get(PERIOD);
        RegionalCoverage coverage = f.get(COVERAGE);
        GrantStatus status = f.get(STATUS);
        List<StatedTarget> targets = f.list(TARGETS);
        List<Classification> themes = f.list(THEMES);
        var extensions = f.extensions();
        try {
            Grant.Builder b = Grant.builder().id(id).title(title).description(Optional.ofNullable(description))
                    .call(Optional.ofNullable(call)).lot(Optional.ofNullable(lot))
                    .application(Optional.ofNullable(application)).project(Optional.ofNullable(project))
                    .component(Optional.ofNullable(component))
                    .partnership(partnership).amountAwarded(Optional.ofNullable(amount))
                    .awardDate(Optional.ofNullable(awardDate)).period(Optional.ofNullable(period))
                    .coverage(coverage == null ? RegionalCoverage.notStated() : coverage)
                    .status(Optional.ofNullable(status)).targets(targets).themes(themes);
            if (!extensions.isEmpty()) { // left unset when empty, the builder allocates no map
                b.extensions(extensions);
            }
            return f.built(b.build());
        } catch (InvalidModelException e) {
            return f.invalid(e);
        }
    }

    @Override
    public void write(Grant value, JsonGenerator out) {
        out.writeStartObject();
        Out.member(out, "id", value.getId(), Scalars.STRING);
        Out.member(out, "title", value.getTitle(), LocalizedTextCodec.INSTANCE);
        Out.optional(out, "description", value.getDescription(), LocalizedTextCodec.INSTANCE);
        Out.optional(out, "call", value.getCall(), Scalars.STRING);
        Out.optional(out, "lot", value.getLot(), Scalars.STRING);
        Out.optional(out, "application", value.getApplication(), Scalars.STRING);
        Out.optional(out, "project", value.getProject(), Scalars.STRING);
        Out.optional(out, "component", value.getComponent(), Scalars.STRING);
        Out.member(out, "partnership", value.getPartnership(), PartnershipCodec.INSTANCE);
        Out.optional(out, "amountAwarded", value.getAmountAwarded(), MoneyCodec.INSTANCE);
        Out.optional(out, "awardDate", value.getAwardDate(), PartialDateCodec.INSTANCE);
        Out.optional(out, "period", value.getPeriod(), DatePeriodCodec.INSTANCE);
        Out.member(out, "coverage", value.getCoverage(), RegionalCoverageCodec.INSTANCE);
        Out.optional(out, "status", value.getStatus(), Codes.GRANT_STATUS);
        Out.list(out, "targets", value.getTargets(), StatedTargetCodec.INSTANCE);
        Out.list(out, "themes", value.getThemes(), ClassificationCodec.INSTANCE);
        Out.extensions(out, value.getExtensions());
        out.writeEndObject();
    }
}
