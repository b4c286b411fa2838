package kg.kichi.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link Repeats} answers as a hash set would, whether it scans (a handful of keys) or hashes (more). */
class RepeatsTest {
    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 15, 16, 17, 100})
    void tellsRepeatsLikeASet(int size) {
        Random random = new Random(size);
        for (int round = 0; round < 50; round++) {
            Repeats<String> repeats = new Repeats<>(size);
            Set<String> expected = new HashSet<>();
            for (int i = 0; i < size; i++) {
                String key = new String("k" + random.nextInt(Math.max(1, size)));
                assertThat(repeats.repeated(key)).as(key).isEqualTo(!expected.add(key));
            }
        }
    }
}
