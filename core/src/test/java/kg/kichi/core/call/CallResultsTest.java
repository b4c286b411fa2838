package kg.kichi.core.call;

import static kg.kichi.core.ModelAssertions.assertRejected;
import static kg.kichi.core.ModelAssertions.violation;
import static kg.kichi.core.ModelAssertions.violationsOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import kg.kichi.core.time.PartialDate;
import org.junit.jupiter.api.Test;

class CallResultsTest {
    @Test
    void holdsWhateverFiguresAreStated() {
        CallResults results = CallResults.builder().applicationsReceived(58).applicationsSelected(9)
                .announcedOn(PartialDate.of(2019, 6)).build();
        assertThat(results.getApplicationsReceived()).contains(58);
        assertThat(results.getApplicationsSelected()).contains(9);
        assertThat(CallResults.builder().applicationsSelected(9).build().getApplicationsReceived()).isEmpty();
        assertThat(CallResults.builder().applicationsReceived(0).applicationsSelected(0).build()).isNotNull();
    }

    @Test
    void selectsNoMoreThanItReceived() {
        assertThat(violationsOf(() -> CallResults.builder().applicationsReceived(9).applicationsSelected(10).build()))
                .singleElement().satisfies(v -> {
                    assertThat(v.getPath()).isEqualTo("applicationsSelected");
                    assertThat(v.getCode()).isEqualTo("kichi.call.selectedAboveReceived");
                    assertThat(v.getArguments()).containsAllEntriesOf(Map.of("selected", 10, "received", 9));
                    assertThat(v.getMessage()).isEqualTo("10 applications selected out of only 9 received");
                });
    }

    @Test
    void countsAreNotNegative() {
        assertRejected(() -> CallResults.builder().applicationsReceived(-1).applicationsSelected(-2).build())
                .containsExactlyInAnyOrder(violation("applicationsReceived", "kichi.notNegative"),
                        violation("applicationsSelected", "kichi.notNegative"));
    }
}
