package kg.kichi.json.internal.value;

import static kg.kichi.json.internal.codec.Members.member;

import kg.kichi.core.time.DatePeriod;
import kg.kichi.core.time.PartialDate;
import kg.kichi.core.validation.InvalidModelException;
import kg.kichi.json.internal.codec.Codec;
import kg.kichi.json.internal.codec.Cursor;
import kg.kichi.json.internal.codec.Fields;
import kg.kichi.json.internal.codec.Members;
import kg.kichi.json.internal.codec.Members.Member;
import kg.kichi.json.internal.codec.Out;
import tools.jackson.core.JsonGenerator;

/** {@link DatePeriod} as {@code {"start": "2021-04", "end": "2022-09"}}, either end optional but not both. */
public final class DatePeriodCodec implements Codec<DatePeriod> {
    /** The instance. */
    public static final DatePeriodCodec INSTANCE = new DatePeriodCodec();

    private static final Member<PartialDate> START = member("start", PartialDateCodec.INSTANCE);
    private static final Member<PartialDate> END = member("end", PartialDateCodec.INSTANCE);
    private static final Members MEMBERS = Members.of(START, END);

    private DatePeriodCodec() {}

    @Override
    public DatePeriod read(Cursor in) {
        Fields f = in.object(MEMBERS);
        if (f == null) {
            return null;
        }
        PartialDate start = f.get(START);
        PartialDate end = f.get(END);
        f.rejectUnknown();
        if (start == null && end == null) {
            if (f.hasProblems()) {
                return null;
            }
            in.problem("kichi.range.empty", java.util.Map.of());
            return null;
        }
        try {
            return f.built(start == null ? DatePeriod.endingOn(end)
                    : end == null ? DatePeriod.startingFrom(start) : DatePeriod.of(start, end));
        } catch (InvalidModelException e) {
            return f.invalid(e);
        }
    }

    @Override
    public void write(DatePeriod value, JsonGenerator out) {
        out.writeStartObject();
        Out.optional(out, "start", value.getStart(), PartialDateCodec.INSTANCE);
        Out.optional(out, "end", value.getEnd(), PartialDateCodec.INSTANCE);
        out.writeEndObject();
    }
}
