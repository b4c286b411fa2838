package kg.kichi.core.time;

import static kg.kichi.core.ModelAssertions.assertRejected;
import static kg.kichi.core.ModelAssertions.violation;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Properties of partial dates and periods over 200 seeded random values. */
class TimePropertyTest {
    static Stream<Long> seeds() {
        // -Dkichi.property.seeds=N runs N seeds instead (the mutation profile runs fewer: docs/reliability.md)
        return LongStream.range(0, Long.getLong("kichi.property.seeds", 200)).boxed();
    }

    /**
     * A random partial date of random precision, mostly between 2000 and 2030, sometimes at the edges.
     *
     * @param random the generator
     * @return the date
     */
    static PartialDate randomDate(Random random) {
        int year = random.nextInt(10) == 0 ? 1000 + random.nextInt(9000) : 2000 + random.nextInt(31);
        LocalDate day = LocalDate.ofYearDay(year, 1 + random.nextInt(java.time.Year.of(year).length()));
        switch (random.nextInt(3)) {
            case 0:
                return PartialDate.ofYear(year);
            case 1:
                return PartialDate.of(year, day.getMonthValue());
            default:
                return PartialDate.from(day);
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void partialDateTextReadsBackAndItsSpanIsOrdered(long seed) {
        PartialDate date = randomDate(new Random(seed));
        assertThat(PartialDate.parse(date.toString())).isEqualTo(date);
        assertThat(date.getFirstDay()).isBeforeOrEqualTo(date.getLastDay());
        assertThat(date.toString()).hasSize(date.getPrecision() == DatePrecision.YEAR ? 4
                : date.getPrecision() == DatePrecision.MONTH ? 7 : 10);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void beforeAfterAndOrderAgree(long seed) {
        Random random = new Random(seed);
        PartialDate a = randomDate(random);
        PartialDate b = randomDate(random);
        assertThat(a.isBefore(b)).isEqualTo(b.isAfter(a));
        if (a.isBefore(b)) {
            assertThat(a.compareTo(b)).isNegative();
        }
        assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
        assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void periodTextReadsBackAndStartIsNotAfterEnd(long seed) {
        Random random = new Random(seed);
        PartialDate a = randomDate(random);
        PartialDate b = randomDate(random);
        DatePeriod period;
        switch (random.nextInt(4)) {
            case 0:
                period = DatePeriod.startingFrom(a);
                break;
            case 1:
                period = DatePeriod.endingOn(a);
                break;
            default:
                if (a.isAfter(b)) {
                    assertRejected(() -> DatePeriod.of(a, b)).containsExactly(violation("end", "kichi.period.order"));
                    period = DatePeriod.of(b, a);
                } else {
                    period = DatePeriod.of(a, b);
                }
        }
        assertThat(DatePeriod.parse(period.toString())).isEqualTo(period);
        period.getStart().ifPresent(start -> period.getEnd().ifPresent(end -> {
            assertThat(start.getFirstDay()).isBeforeOrEqualTo(end.getLastDay());
            assertThat(period.getLengthInMonths()).hasValueSatisfying(months -> assertThat(months).isPositive());
        }));
    }
}
