package kg.kichi.json.internal.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Ids whose {@link String#hashCode()}s collide (blocks of "Aa" and "BB") keep a {@link CompactIdSet} linear: its
 * hash of the encoded bytes was the same polynomial as {@code String.hashCode}, so 131,072 such ids took minutes.
 */
class CompactIdSetCollisionTest {
    @Test
    void collidingIdsAreAddedAndFoundInLinearTime() {
        List<String> ids = colliding("grant-", 17);
        CompactIdSet set = new CompactIdSet();
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            for (String id : ids) {
                assertThat(set.add(id)).isTrue();
            }
            for (String id : ids) {
                assertThat(set.contains(id)).isTrue();
                assertThat(set.add(id)).isFalse();
            }
            for (String id : colliding("grant-x", 15)) {
                assertThat(set.contains(id)).isFalse();
            }
        });
        assertThat(set.size()).isEqualTo(ids.size());
    }

    /** 2^blocks ids, all with one {@code String.hashCode} ("Aa" and "BB" hash alike). */
    static List<String> colliding(String prefix, int blocks) {
        List<String> ids = new ArrayList<>(1 << blocks);
        for (int n = 0; n < 1 << blocks; n++) {
            StringBuilder b = new StringBuilder(prefix);
            for (int bit = blocks - 1; bit >= 0; bit--) {
                b.append((n >>> bit & 1) == 0 ? "Aa" : "BB");
            }
            ids.add(b.toString());
        }
        return ids;
    }
}
