package kg.kichi.core.project;

import static kg.kichi.core.ModelAssertions.assertRejected;
import static kg.kichi.core.ModelAssertions.violation;
import static kg.kichi.core.Samples.en;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import kg.kichi.core.text.LocalizedText;
import org.junit.jupiter.api.Test;

class ActivityTest {
    static StatedTarget seminars() {
        return StatedTarget.builder().quantity(8).what(en("one-day seminars")).build();
    }

    @Test
    void statedTargetIsExactUnlessSaidOtherwise() {
        assertThat(seminars().isApproximate()).isFalse();
        StatedTarget about = StatedTarget.builder().quantity(200).what(en("activists")).approximate(true)
                .statedAs(LocalizedText.of("ru", "около 200 активистов")).build();
        assertThat(about.isApproximate()).isTrue();
        assertThat(about.getStatedAs()).isPresent();
    }

    @Test
    void statedTargetNeedsAPositiveQuantityOfSomething() {
        assertRejected(() -> StatedTarget.builder().quantity(0).build()).containsExactlyInAnyOrder(
                violation("quantity", "kichi.positive"), violation("what", "kichi.required"));
        assertRejected(() -> seminars().withQuantity(-3)).containsExactly(violation("quantity", "kichi.positive"));
    }

    @Test
    void activityHoldsItsTargets() {
        Activity activity = Activity.builder().description(en("Training")).addTarget(seminars()).build();
        assertThat(activity.getTargets()).containsExactly(seminars());
        assertThatThrownBy(() -> activity.getTargets().remove(0)).isInstanceOf(UnsupportedOperationException.class);
        assertRejected(() -> Activity.builder().build()).containsExactly(violation("description", "kichi.required"));
    }
}
