package kg.kichi.json.internal.value;

import static kg.kichi.json.internal.codec.Member.optional;

import java.util.List;
import java.util.Map;
import kg.kichi.core.time.DatePeriod;
import kg.kichi.core.time.PartialDate;
import kg.kichi.core.validation.InvalidModelException;
import kg.kichi.core.validation.Violation;
import kg.kichi.json.internal.codec.Codec;
import kg.kichi.json.internal.codec.FactoryCodec;

/** {@link DatePeriod} as {@code {"start": "2021-04", "end": "2022-09"}}, either end optional but not both. */
public final class DatePeriodCodec {
    private static final String EMPTY = "kichi.range.empty";

    /**
     * The codec: its members in the order written. A period without either end is reported
     * ({@code kichi.range.empty}) only when its members had no problem: an end with a wrong value is not missing.
     */
    public static final Codec<DatePeriod> INSTANCE = FactoryCodec.of(
            optional("start", PartialDateCodec.INSTANCE, DatePeriod::getStart),
            optional("end", PartialDateCodec.INSTANCE, DatePeriod::getEnd),
            DatePeriodCodec::period)
            .reportingViolations((e, hadProblems) -> hadProblems
                    ? e.getViolations().stream().filter(v -> !v.getCode().equals(EMPTY)).toList()
                    : e.getViolations());

    private DatePeriodCodec() {}

    /** The period of the ends read: one of DatePeriod's three factories, which refuse a null end. */
    private static DatePeriod period(PartialDate start, PartialDate end) {
        if (start == null && end == null) {
            throw new InvalidModelException("DatePeriod", List.of(Violation.of("", EMPTY, Map.of())));
        }
        return start == null ? DatePeriod.endingOn(end)
                : end == null ? DatePeriod.startingFrom(start) : DatePeriod.of(start, end);
    }
}
