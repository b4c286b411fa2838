package kg.kichi.core.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Subjects and findings as values: equal when everything is, their paths, pointers and texts. */
class FindingValuesTest {
    private static final Subject END = Subject.of("grant", "lip-02", "period/end", "/grants/3", "a.json");

    @Test
    void subjectsAreEqualOnlyWhenEverythingIs() {
        Subject same = Subject.of("grant", "lip-02", "period/end", "/grants/3", "a.json");
        assertThat(END).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo("grant lip-02.period.end")
                .isNotEqualTo(null);
        assertThat(END).isNotEqualTo(Subject.of("call", "lip-02", "period/end", "/grants/3", "a.json"))
                .isNotEqualTo(Subject.of("grant", "lip-03", "period/end", "/grants/3", "a.json"))
                .isNotEqualTo(Subject.of("grant", "lip-02", "period/start", "/grants/3", "a.json"))
                .isNotEqualTo(Subject.of("grant", "lip-02", "period/end", "/grants/4", "a.json"))
                .isNotEqualTo(Subject.of("grant", "lip-02", "period/end", null, "a.json"))
                .isNotEqualTo(Subject.of("grant", "lip-02", "period/end", "/grants/3", "b.json"))
                .isNotEqualTo(Subject.of("grant", "lip-02", "period/end", "/grants/3", null));
    }

    @Test
    void aSubjectGivesItsPropertyPathAndPointer() {
        assertThat(END.getProperty()).isEqualTo("period/end");
        assertThat(END.getPath()).isEqualTo("grant lip-02.period.end");
        assertThat(END.getPointer()).contains("/grants/3/period/end");
        assertThat(END).hasToString("a.json /grants/3/period/end");
        Subject whole = Subject.of("call", "c-1", "", null, null);
        assertThat(whole.getProperty()).isEmpty();
        assertThat(whole.getPath()).isEqualTo("call c-1");
        assertThat(whole.getPointer()).isEmpty();
        assertThat(whole).hasToString("call c-1");
        assertThat(Subject.of("call", "c-1", "", "/calls/0", null).getPointer()).contains("/calls/0");
    }

    @Test
    void findingsAreEqualOnlyWhenCheckSubjectsAndArgumentsAre() {
        Map<String, String> arguments = Map.of("object", "grant lip-02", "property", "amount", "amount", "0.00 KGS");
        Finding zero = Finding.of(QualityCheck.ZERO_AMOUNT, List.of(END), arguments);
        Finding same = Finding.of(QualityCheck.ZERO_AMOUNT, List.of(END), Map.copyOf(arguments));
        assertThat(zero.getCheck()).isEqualTo(QualityCheck.ZERO_AMOUNT);
        assertThat(zero).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo(null).isNotEqualTo("zero-amount");
        assertThat(zero).isNotEqualTo(Finding.of(QualityCheck.DATE_FAR_PAST, List.of(END), arguments))
                .isNotEqualTo(Finding.of(QualityCheck.ZERO_AMOUNT,
                        List.of(Subject.of("grant", "lip-03", "period/end", "/grants/3", "a.json")), arguments))
                .isNotEqualTo(Finding.of(QualityCheck.ZERO_AMOUNT, List.of(END), Map.of("object", "grant lip-02",
                        "property", "amount", "amount", "0.00 USD")));
        assertThat(zero).hasToString("zero-amount a.json /grants/3/period/end: grant lip-02: amount is 0.00 KGS");
    }
}
