package kg.kichi.json.model;

import static kg.kichi.json.codec.Members.list;
import static kg.kichi.json.codec.Members.member;

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
import kg.kichi.json.value.PartialDateCodec;
import kg.kichi.json.value.RegionalCoverageCodec;
import tools.jackson.core.JsonGenerator;

/**
 * {@link Grant}: {@code id, title, description, call, lot, application, project, partnership, amountAwarded,
 * awardDate, period, coverage, status, targets, themes}.
 */
public final class GrantCodec implements Codec<Grant> {
    /** The instance. */
    public static final GrantCodec INSTANCE = new GrantCodec();

    private static final Members MEMBERS = Members.of(member("id", Scalars.STRING),
            member("title", LocalizedTextCodec.INSTANCE), member("description", LocalizedTextCodec.INSTANCE),
            member("call", Scalars.STRING), member("lot", Scalars.STRING), member("application", Scalars.STRING),
            member("project", Scalars.STRING), member("partnership", PartnershipCodec.INSTANCE),
            member("amountAwarded", MoneyCodec.INSTANCE), member("awardDate", PartialDateCodec.INSTANCE),
            member("period", DatePeriodCodec.INSTANCE), member("coverage", RegionalCoverageCodec.INSTANCE),
            member("status", Codes.GRANT_STATUS), list("targets", StatedTargetCodec.INSTANCE),
            list("themes", ClassificationCodec.INSTANCE));

    private GrantCodec() {}

    @Override
    public Grant read(Cursor in) {
        Fields f = in.object(MEMBERS);
        if (f == null) {
            return null;
        }
        String id = f.get("id", Scalars.STRING);
        LocalizedText title = f.get("title", LocalizedTextCodec.INSTANCE);
        LocalizedText description = f.get("description", LocalizedTextCodec.INSTANCE);
        String call = f.get("call", Scalars.STRING);
        String lot = f.get("lot", Scalars.STRING);
        String application = f.get("application", Scalars.STRING);
        String project = f.get("project", Scalars.STRING);
        Partnership partnership = f.get("partnership", PartnershipCodec.INSTANCE);
        Money amount = f.get("amountAwarded", MoneyCodec.INSTANCE);
        PartialDate awardDate = f.get("awardDate", PartialDateCodec.INSTANCE);
        DatePeriod period = f.get("period", DatePeriodCodec.INSTANCE);
        RegionalCoverage coverage = f.get("coverage", RegionalCoverageCodec.INSTANCE);
        GrantStatus status = f.get("status", Codes.GRANT_STATUS);
        List<StatedTarget> targets = f.list("targets", StatedTargetCodec.INSTANCE);
        List<Classification> themes = f.list("themes", ClassificationCodec.INSTANCE);
        var extensions = f.extensions();
        try {
            return f.built(Grant.builder().id(id).title(title).description(Optional.ofNullable(description))
                    .call(Optional.ofNullable(call)).lot(Optional.ofNullable(lot))
                    .application(Optional.ofNullable(application)).project(Optional.ofNullable(project))
                    .partnership(partnership).amountAwarded(Optional.ofNullable(amount))
                    .awardDate(Optional.ofNullable(awardDate)).period(Optional.ofNullable(period))
                    .coverage(coverage == null ? RegionalCoverage.notStated() : coverage)
                    .status(Optional.ofNullable(status)).targets(targets).themes(themes).extensions(extensions)
                    .build());
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
