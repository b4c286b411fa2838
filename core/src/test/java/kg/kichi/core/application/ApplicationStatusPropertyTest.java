package kg.kichi.core.application;

import static kg.kichi.core.ModelAssertions.assertRejected;
import static kg.kichi.core.ModelAssertions.violation;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import kg.kichi.core.Samples;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Random walks through the status graph, 200 seeds. */
class ApplicationStatusPropertyTest {
    static Stream<Long> seeds() {
        // -Dkichi.property.seeds=N runs N seeds instead (the mutation profile runs fewer: docs/reliability.md)
        return LongStream.range(0, Long.getLong("kichi.property.seeds", 200)).boxed();
    }

    private static Application start(ApplicationStatus first) {
        return Samples.application().lot(java.util.Optional.empty())
                .statusHistory(List.of(StatusChange.of(first, null))).build();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void randomLegalWalksAlwaysBuildAndAnIllegalStepAlwaysFails(long seed) {
        Random random = new Random(seed);
        ApplicationStatus[] all = ApplicationStatus.values();
        Application application = start(random.nextBoolean() ? ApplicationStatus.DRAFT : all[random.nextInt(all.length)]);
        List<ApplicationStatus> walked = new ArrayList<>(List.of(application.getStatus()));
        int steps = random.nextInt(6);
        for (int i = 0; i < steps && !application.getStatus().isFinal(); i++) {
            List<ApplicationStatus> next = new ArrayList<>(application.getStatus().getNext());
            ApplicationStatus step = next.get(random.nextInt(next.size()));
            application = application.withStatus(step, null);
            walked.add(step);
        }
        assertThat(application.getStatusHistory()).extracting(StatusChange::getStatus).containsExactlyElementsOf(walked);

        Application reached = application;
        List<ApplicationStatus> illegal = Arrays.stream(all).filter(s -> !reached.getStatus().canBecome(s)).toList();
        ApplicationStatus wrong = illegal.get(random.nextInt(illegal.size()));
        assertRejected(() -> reached.withStatus(wrong, null)).containsExactly(
                violation("statusHistory[" + walked.size() + "].status", "kichi.application.transition"));
    }
}
