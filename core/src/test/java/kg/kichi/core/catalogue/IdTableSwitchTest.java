package kg.kichi.core.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import kg.kichi.core.internal.CollidingIds;
import org.junit.jupiter.api.Test;

/**
 * When an {@link IdTable} switches to the keyed hash: at the first insertion or lookup that probes more than
 * {@link IdTable#MAX_PROBES} slots, and never for ordinary ids. The answers are the same either way, so the switch
 * shows only in time ({@link IdTableCollisionTest} bounds it, and is therefore no killer in mutation testing); these
 * tests ask the table whether it switched ({@code isKeyed}) instead, so that a mutant that switches too early, too late or
 * never is caught without a clock.
 */
class IdTableSwitchTest {
    @Test
    void anInsertionSwitchesAtTheSixtyFifthProbeNotBefore() {
        List<String> ids = CollidingIds.of("g-", 7).subList(0, 66); // one String.hashCode: one run of slots
        IdTable<String, Integer> table = new IdTable<>(200);
        for (int i = 0; i < 65; i++) {
            assertThat(table.add(ids.get(i), i)).isTrue();
        }
        // the 65th id went 64 slots past its first: within the limit
        assertThat(keyed(table)).as("after 65 colliding ids").isFalse();
        for (int i = 0; i < 65; i++) {
            assertThat(table.get(ids.get(i))).isEqualTo(i); // the last is found at its 65th slot, 64 probes
            assertThat(table.add(ids.get(i), -1)).isFalse();
        }
        assertThat(keyed(table)).as("after finding each of them").isFalse();
        assertThat(table.add(ids.get(65), 65)).isTrue(); // 65 slots taken before its free one
        assertThat(keyed(table)).as("after the 66th").isTrue();
        for (int i = 0; i < 66; i++) {
            assertThat(table.get(ids.get(i))).isEqualTo(i);
        }
    }

    @Test
    void aLookupSwitchesAtTheSixtyFifthProbeNotBefore() {
        List<String> ids = CollidingIds.of("g-", 7).subList(0, 66);
        IdTable<String, Integer> table = new IdTable<>(200);
        for (int i = 0; i < 65; i++) {
            table.add(ids.get(i), i);
        }
        assertThat(table.contains(ids.get(64))).isTrue();
        assertThat(keyed(table)).isFalse();
        assertThat(table.contains(ids.get(65))).isFalse(); // absent: 65 slots of its hash code are taken
        assertThat(keyed(table)).isTrue();
        assertThat(table.get(ids.get(64))).isEqualTo(64);
    }

    @Test
    void ordinaryIdsNeverSwitch() {
        int n = 5_000;
        IdTable<String, Integer> table = new IdTable<>(n);
        for (int i = 0; i < n; i++) {
            assertThat(table.add("grant-" + i, i)).isTrue();
        }
        for (int i = 0; i < n + 100; i++) {
            assertThat(table.get("grant-" + i)).isEqualTo(i < n ? i : null);
        }
        assertThat(table.add(null, -1)).isTrue();
        assertThat(keyed(table)).isFalse();
    }

    @Test
    void aTableFilledToItsAnnouncedSizeStillAnswersAfterALookupSwitched() {
        // exactly as many ids as announced (128: 256 slots, half full), of which 65 collide; no insertion probes more
        // than 64 slots, so the first lookup of a 66th colliding id switches a table that holds all 128
        List<String> colliding = CollidingIds.of("g-", 7);
        IdTable<String, Integer> table = new IdTable<>(128);
        List<String> ids = new ArrayList<>(colliding.subList(0, 65));
        for (int i = 0; i < 63; i++) {
            ids.add(OTHERS[i]);
        }
        for (int i = 0; i < ids.size(); i++) {
            assertThat(table.add(ids.get(i), i)).as("add %s", ids.get(i)).isTrue();
        }
        assertThat(keyed(table)).as("no insertion switched").isFalse();
        assertThat(table.contains(colliding.get(65))).isFalse();
        assertThat(keyed(table)).isTrue();
        for (int i = 0; i < ids.size(); i++) {
            assertThat(table.get(ids.get(i))).as("get %s", ids.get(i)).isEqualTo(i);
        }
        for (int i = 66; i < 86; i++) {
            assertThat(table.contains(colliding.get(i))).isFalse();
            assertThat(table.get("other-" + i)).isNull();
        }
    }

    /**
     * 63 ids "o-N" that, placed after the 65 colliding ids (whose run starts at slot 169 of 256), each go at most 20
     * slots past their first: chosen once by simulating the table's Fibonacci hashing; the test checks that no
     * insertion switched, so a change of the hashing shows there rather than as a wrong answer.
     */
    private static final String[] OTHERS = others(0, 2, 3, 4, 5, 7, 8, 11, 12, 13, 14, 15, 16, 17, 19, 20, 21, 22, 24,
            25, 26, 27, 28, 29, 30, 32, 33, 34, 35, 37, 38, 39, 40, 42, 43, 45, 46, 47, 48, 50, 51, 52, 53, 54, 55, 56,
            58, 59, 60, 61, 63, 64, 65, 66, 67, 68, 69, 71, 72, 73, 74, 76, 77);

    private static String[] others(int... numbers) {
        String[] others = new String[numbers.length];
        for (int i = 0; i < numbers.length; i++) {
            others[i] = "o-" + numbers[i];
        }
        return others;
    }

    private static boolean keyed(IdTable<?, ?> table) {
        return table.isKeyed();
    }
}
