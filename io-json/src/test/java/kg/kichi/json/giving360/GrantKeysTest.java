package kg.kichi.json.giving360;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The table of grants seen finds every key put, with its fingerprint, through every segment's growth. */
class GrantKeysTest {
    @Test
    void findsWhatWasPutAndNothingElse() {
        GrantKeys table = new GrantKeys();
        Map<Long, Integer> expected = new HashMap<>();
        SplittableRandom random = new SplittableRandom(12);
        for (int i = 0; i < 200_000; i++) {
            long key = i % 7 == 0 ? i : random.nextLong(); // small keys too, zero among them
            if (expected.containsKey(key)) {
                continue;
            }
            assertThat(table.get(key)).as("key %d before it is put", key).isNull();
            int print = random.nextInt();
            table.put(key, print);
            expected.put(key, print);
        }
        expected.forEach((key, print) -> assertThat(table.get(key)).as("key %d", key).isEqualTo(print));
        assertThat(table.get(-3)).isNull();
    }
}
