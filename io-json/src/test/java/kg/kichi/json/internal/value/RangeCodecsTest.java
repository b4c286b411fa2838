package kg.kichi.json.internal.value;

import static kg.kichi.json.internal.codec.CodecTesting.read;
import static kg.kichi.json.internal.codec.CodecTesting.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import kg.kichi.core.money.Money;
import kg.kichi.core.money.MoneyRange;
import kg.kichi.core.time.DatePeriod;
import kg.kichi.core.time.MonthRange;
import kg.kichi.core.time.PartialDate;
import kg.kichi.json.DocumentProblem;
import org.junit.jupiter.api.Test;

class RangeCodecsTest {
    @Test
    void datePeriodWritesOnlyItsEnds() {
        assertThat(write(DatePeriodCodec.INSTANCE, DatePeriod.of(PartialDate.of(2021, 4), PartialDate.ofYear(2022))))
                .isEqualTo("{\"start\":\"2021-04\",\"end\":\"2022\"}");
        assertThat(write(DatePeriodCodec.INSTANCE, DatePeriod.endingOn(PartialDate.ofYear(2022))))
                .isEqualTo("{\"end\":\"2022\"}");
        assertThat(read(DatePeriodCodec.INSTANCE, "{\"start\":\"2021-04\"}").value())
                .isEqualTo(DatePeriod.startingFrom(PartialDate.of(2021, 4)));
    }

    @Test
    void datePeriodProblems() {
        assertThat(read(DatePeriodCodec.INSTANCE, "{\"start\":\"2023\",\"end\":\"2021\"}").problems())
                .extracting(DocumentProblem::getPointer, DocumentProblem::getCode)
                .containsExactly(tuple("/end", "kichi.period.order"));
        assertThat(read(DatePeriodCodec.INSTANCE, "{}").problems()).extracting(DocumentProblem::getCode)
                .containsExactly("kichi.range.empty");
        assertThat(read(DatePeriodCodec.INSTANCE, "{\"from\":\"2021\"}").problems())
                .extracting(DocumentProblem::getPointer).containsExactly("/from");
    }

    @Test
    void moneyRange() {
        MoneyRange range = MoneyRange.of(null, Money.of("500000", "KGS"));
        assertThat(write(MoneyRangeCodec.INSTANCE, range)).isEqualTo("{\"max\":{\"amount\":500000,\"currency\":\"KGS\"}}");
        assertThat(read(MoneyRangeCodec.INSTANCE, write(MoneyRangeCodec.INSTANCE, range)).value()).isEqualTo(range);
        assertThat(read(MoneyRangeCodec.INSTANCE,
                "{\"min\":{\"amount\":5,\"currency\":\"KGS\"},\"max\":{\"amount\":1,\"currency\":\"KGS\"}}").problems())
                .extracting(DocumentProblem::getPointer, DocumentProblem::getCode)
                .containsExactly(tuple("/max", "kichi.range.order"));
    }

    @Test
    void monthRange() {
        assertThat(write(MonthRangeCodec.INSTANCE, MonthRange.of(3, 6))).isEqualTo("{\"min\":3,\"max\":6}");
        assertThat(read(MonthRangeCodec.INSTANCE, "{\"min\":3}").value()).isEqualTo(MonthRange.of(3, null));
        assertThat(read(MonthRangeCodec.INSTANCE, "{\"min\":0,\"max\":2.5}").problems())
                .extracting(DocumentProblem::getPointer, DocumentProblem::getCode)
                .containsExactlyInAnyOrder(tuple("/max", "kichi.json.type"), tuple("/min", "kichi.positive"));
        assertThat(read(MonthRangeCodec.INSTANCE, "{\"min\":0}").problems())
                .extracting(DocumentProblem::getPointer, DocumentProblem::getCode)
                .containsExactly(tuple("/min", "kichi.positive"));
    }

    @Test
    void aPeriodIsEmptyOnlyWhenNeitherEndWasGiven() {
        assertThat(read(DatePeriodCodec.INSTANCE, "{}").problems())
                .extracting(DocumentProblem::getPointer, DocumentProblem::getCode)
                .containsExactly(tuple("", "kichi.range.empty"));
        // an end with a wrong value is not a missing end: only its own problem
        assertThat(read(DatePeriodCodec.INSTANCE, "{\"start\":\"spring\"}").problems())
                .extracting(DocumentProblem::getPointer, DocumentProblem::getCode)
                .containsExactly(tuple("/start", "kichi.date.format"));
        assertThat(read(DatePeriodCodec.INSTANCE, "{\"to\":\"2021\"}").problems())
                .extracting(DocumentProblem::getPointer, DocumentProblem::getCode)
                .containsExactly(tuple("/to", "kichi.json.unknownMember"));
    }

    @Test
    void aMonthRangeWithoutAValidBoundIsAlsoEmpty() {
        // unlike a period, as before the codec was declared by member: MonthRange.of says so itself
        assertThat(read(MonthRangeCodec.INSTANCE, "{\"min\":\"3\"}").problems())
                .extracting(DocumentProblem::getPointer, DocumentProblem::getCode)
                .containsExactly(tuple("/min", "kichi.json.type"), tuple("", "kichi.range.empty"));
    }
}
