package kg.kichi.core.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import kg.kichi.core.organisation.OrganisationId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link IdTable} answers as a {@link HashMap} filled with {@code putIfAbsent} would, on random identifiers. */
class IdTableTest {
    static Stream<Long> seeds() {
        // -Dkichi.property.seeds=N runs N seeds instead (the mutation profile runs fewer: docs/reliability.md)
        return LongStream.range(0, Long.getLong("kichi.property.seeds", 300)).boxed();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void agreesWithAHashMap(long seed) {
        Random random = new Random(seed);
        int size = random.nextInt(seed % 10 == 0 ? 2000 : 40);
        int range = 1 + random.nextInt(size + 1); // small ranges: many duplicates
        IdTable<String, Integer> table = new IdTable<>(size);
        Map<String, Integer> expected = new HashMap<>();
        for (int i = 0; i < size; i++) {
            String id = random.nextInt(20) == 0 ? null : "id-" + random.nextInt(range);
            boolean absent = !expected.containsKey(id);
            expected.putIfAbsent(id, i);
            assertThat(table.add(id, i)).as("add %s", id).isEqualTo(absent);
        }
        for (int probe = -2; probe < range + 3; probe++) {
            String id = probe < -1 ? null : "id-" + probe;
            assertThat(table.contains(id)).as("contains %s", id).isEqualTo(expected.containsKey(id));
            assertThat(table.get(id)).as("get %s", id).isEqualTo(expected.get(id));
            assertThat(table.contains(new String("id-" + probe))).isEqualTo(expected.containsKey("id-" + probe));
        }
    }

    @Test
    void holdsAsManyIdsAsAnnouncedWithCollidingHashes() {
        // "Aa" and "BB" have the same hash: every key of the same length below collides
        String[] keys = {"AaAa", "AaBB", "BBAa", "BBBB"};
        IdTable<String, String> table = new IdTable<>(keys.length);
        for (String key : keys) {
            assertThat(table.add(key, key)).isTrue();
        }
        for (String key : keys) {
            assertThat(table.add(new String(key), "again")).isFalse();
            assertThat(table.get(new String(key))).isEqualTo(key);
        }
        assertThat(table.contains("AaAb")).isFalse();
    }

    @Test
    void anEmptyTableHoldsNothing() {
        IdTable<OrganisationId, String> table = new IdTable<>(0);
        assertThat(table.contains(OrganisationId.local("a"))).isFalse();
        assertThat(table.get(null)).isNull();
        assertThat(table.add(null, "x")).isTrue();
        assertThat(table.add(OrganisationId.local("a"), "a")).isTrue();
        assertThat(table.get(null)).isEqualTo("x");
        assertThat(table.add(OrganisationId.parse("XI-KICHI-a"), "b")).isFalse();
    }
}
