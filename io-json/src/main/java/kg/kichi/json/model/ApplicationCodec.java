package kg.kichi.json.model;

import static kg.kichi.json.codec.Members.list;
import static kg.kichi.json.codec.Members.member;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import kg.kichi.core.application.Application;
import kg.kichi.core.application.Partnership;
import kg.kichi.core.application.StatusChange;
import kg.kichi.core.geo.RegionalCoverage;
import kg.kichi.core.money.Money;
import kg.kichi.core.text.LocalizedText;
import kg.kichi.core.time.DatePeriod;
import kg.kichi.core.validation.InvalidModelException;
import kg.kichi.json.codec.Codec;
import kg.kichi.json.codec.Cursor;
import kg.kichi.json.codec.Fields;
import kg.kichi.json.codec.Members;
import kg.kichi.json.codec.Out;
import kg.kichi.json.codec.Scalars;
import kg.kichi.json.value.DatePeriodCodec;
import kg.kichi.json.value.LocalizedTextCodec;
import kg.kichi.json.value.MoneyCodec;
import kg.kichi.json.value.RegionalCoverageCodec;
import tools.jackson.core.JsonGenerator;

/**
 * {@link Application}: {@code id, call, lot, partnership, title, summary, coverage, requestedAmount, coFinancing,
 * plannedPeriod, plannedDurationMonths, submittedAt, statusHistory}.
 */
public final class ApplicationCodec implements Codec<Application> {
    /** The instance. */
    public static final ApplicationCodec INSTANCE = new ApplicationCodec();

    private static final Members MEMBERS = Members.of(member("id", Scalars.STRING), member("call", Scalars.STRING),
            member("lot", Scalars.STRING), member("partnership", PartnershipCodec.INSTANCE),
            member("title", LocalizedTextCodec.INSTANCE), member("summary", LocalizedTextCodec.INSTANCE),
            member("coverage", RegionalCoverageCodec.INSTANCE), member("requestedAmount", MoneyCodec.INSTANCE),
            member("coFinancing", MoneyCodec.INSTANCE), member("plannedPeriod", DatePeriodCodec.INSTANCE),
            member("plannedDurationMonths", Scalars.INTEGER), member("submittedAt", Scalars.OFFSET_DATE_TIME),
            list("statusHistory", StatusChangeCodec.INSTANCE));

    private ApplicationCodec() {}

    @Override
    public Application read(Cursor in) {
        Fields f = in.object(MEMBERS);
        if (f == null) {
            return null;
        }
        String id = f.get("id", Scalars.STRING);
        String call = f.get("call", Scalars.STRING);
        String lot = f.get("lot", Scalars.STRING);
        Partnership partnership = f.get("partnership", PartnershipCodec.INSTANCE);
        LocalizedText title = f.get("title", LocalizedTextCodec.INSTANCE);
        LocalizedText summary = f.get("summary", LocalizedTextCodec.INSTANCE);
        RegionalCoverage coverage = f.get("coverage", RegionalCoverageCodec.INSTANCE);
        Money requested = f.get("requestedAmount", MoneyCodec.INSTANCE);
        Money coFinancing = f.get("coFinancing", MoneyCodec.INSTANCE);
        DatePeriod plannedPeriod = f.get("plannedPeriod", DatePeriodCodec.INSTANCE);
        Integer months = f.get("plannedDurationMonths", Scalars.INTEGER);
        OffsetDateTime submittedAt = f.get("submittedAt", Scalars.OFFSET_DATE_TIME);
        List<StatusChange> history = f.list("statusHistory", StatusChangeCodec.INSTANCE);
        var extensions = f.extensions();
        try {
            return f.built(Application.builder().id(id).call(call).lot(Optional.ofNullable(lot))
                    .partnership(partnership).title(title).summary(Optional.ofNullable(summary))
                    .coverage(coverage == null ? RegionalCoverage.notStated() : coverage)
                    .requestedAmount(Optional.ofNullable(requested)).coFinancing(Optional.ofNullable(coFinancing))
                    .plannedPeriod(Optional.ofNullable(plannedPeriod)).plannedDurationMonths(Optional.ofNullable(months))
                    .submittedAt(Optional.ofNullable(submittedAt)).statusHistory(history).extensions(extensions)
                    .build());
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
        Out.optional(out, "plannedPeriod", value.getPlannedPeriod(), DatePeriodCodec.INSTANCE);
        Out.optional(out, "plannedDurationMonths", value.getPlannedDurationMonths(), Scalars.INTEGER);
        Out.optional(out, "submittedAt", value.getSubmittedAt(), Scalars.OFFSET_DATE_TIME);
        Out.list(out, "statusHistory", value.getStatusHistory(), StatusChangeCodec.INSTANCE);
        Out.extensions(out, value.getExtensions());
        out.writeEndObject();
    }
}
