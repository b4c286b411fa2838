package kg.kichi.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KeyedHashTest {

    @Test
    void collidingStringHashCodesGetDistinctKeyedHashes() {
        List<String> ids = CollidingIds.of("g-", 12);
        assertThat(ids.stream().mapToInt(String::hashCode).distinct().count()).isEqualTo(1);
        Set<Integer> keyed = new HashSet<>();
        ids.forEach(id -> keyed.add(KeyedHash.hash(id)));
        // 4,096 random 32-bit values: a collision or two is possible, hundreds are not
        assertThat(keyed.size()).isGreaterThan(4_090);
    }

    @Test
    void equalTextsHashAlikeAndLengthCounts() {
        assertThat(KeyedHash.hash("grant-1")).isEqualTo(KeyedHash.hash(new StringBuilder("grant-1")));
        assertThat(KeyedHash.hash("")).isNotEqualTo(KeyedHash.hash("\0"));
        assertThat(KeyedHash.hash("\0")).isNotEqualTo(KeyedHash.hash("\0\0\0\0"));
        byte[] bytes = "0123456789abcdefXYZ".getBytes(StandardCharsets.US_ASCII);
        assertThat(KeyedHash.hash(bytes, 0, 8)).isEqualTo(KeyedHash.hash(bytes.clone(), 0, 8));
        assertThat(KeyedHash.hash(bytes, 0, 8)).isNotEqualTo(KeyedHash.hash(bytes, 0, 9));
        assertThat(KeyedHash.hash(bytes, 2, 19)).isEqualTo(KeyedHash.hash(
                "23456789abcdefXYZ".getBytes(StandardCharsets.US_ASCII), 0, 17));
        assertThat(KeyedHash.hash(new byte[0], 0, 0)).isNotEqualTo(KeyedHash.hash(new byte[1], 0, 1));
    }

    @Test
    void everyCharacterCounts() {
        String base = "abcdefghij";
        Set<Integer> hashes = new HashSet<>();
        hashes.add(KeyedHash.hash(base));
        for (int i = 0; i < base.length(); i++) {
            hashes.add(KeyedHash.hash(base.substring(0, i) + 'Z' + base.substring(i + 1)));
        }
        assertThat(hashes).hasSize(base.length() + 1);
    }
}
