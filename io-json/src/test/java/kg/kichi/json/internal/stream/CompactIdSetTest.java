package kg.kichi.json.internal.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CompactIdSetTest {

    @Test
    void addsOnceAndFindsWhatWasAdded() {
        CompactIdSet set = new CompactIdSet();
        assertThat(set.isEmpty()).isTrue();
        assertThat(set.add("g-1")).isTrue();
        assertThat(set.add("g-1")).isFalse();
        assertThat(set.add("g-2")).isTrue();
        assertThat(set.contains("g-1")).isTrue();
        assertThat(set.contains("g-2")).isTrue();
        assertThat(set.contains("g-3")).isFalse();
        assertThat(set.contains("g-")).isFalse();
        assertThat(set.contains("g-10")).isFalse();
        assertThat(set.size()).isEqualTo(2);
    }

    @Test
    void keepsTheEmptyIdAndPrefixesApart() {
        CompactIdSet set = new CompactIdSet(2, 0);
        assertThat(set.contains("")).isFalse();
        assertThat(set.add("")).isTrue();
        assertThat(set.add("a")).isTrue();
        assertThat(set.add("aa")).isTrue();
        assertThat(set.contains("")).isTrue();
        assertThat(set.contains("aaa")).isFalse();
        assertThat(set.size()).isEqualTo(3);
    }

    @Test
    void tellsCyrillicAndOtherScriptsApart() {
        CompactIdSet set = new CompactIdSet(2, 0);
        assertThat(set.add("грант-1")).isTrue();
        assertThat(set.add("грант-Ң")).isTrue();
        assertThat(set.add("грант-\u20AC")).isTrue();
        assertThat(set.add("гРант-1")).isTrue();
        assertThat(set.contains("грант-1")).isTrue();
        assertThat(set.contains("грант-2")).isFalse();
        assertThat(set.contains("grant-1")).isFalse();
        assertThat(set.add("грант-1")).isFalse();
    }

    @Test
    void tellsMalformedSurrogatesApart() {
        // String.getBytes(UTF_8) would turn both lone surrogates into '?': the set must not
        CompactIdSet set = new CompactIdSet();
        assertThat(set.add("x\uD800")).isTrue();
        assertThat(set.add("x\uDC00")).isTrue();
        assertThat(set.add("x?")).isTrue();
        assertThat(set.add("x\uD83D\uDE00")).isTrue();
        assertThat(set.contains("x\uD83D")).isFalse();
        assertThat(set.size()).isEqualTo(4);
    }

    @Test
    void keepsLongIdsWhoseLengthTakesSeveralBytes() {
        CompactIdSet set = new CompactIdSet();
        String longId = "я".repeat(70_000);
        assertThat(set.add(longId)).isTrue();
        assertThat(set.contains(longId)).isTrue();
        assertThat(set.contains(longId.substring(1))).isFalse();
        assertThat(set.contains(longId.substring(1) + "ю")).isFalse();
        assertThat(set.add(longId.substring(1) + "ю")).isTrue();
        assertThat(set.size()).isEqualTo(2);
    }

    @Test
    void growsWithLongIdsWhoseHashesAreRecomputedFromTheArena() {
        CompactIdSet set = new CompactIdSet(2, -1);
        Set<String> expected = new HashSet<>();
        for (int i = 0; i < 60; i++) {
            String id = "ө".repeat(100 + i * 150) + i; // 200 to 9,000 bytes: prefixes of 2 bytes
            assertThat(set.add(id)).isTrue();
            expected.add(id);
        }
        assertThat(expected).allMatch(set::contains);
        assertThat(expected).noneMatch(id -> set.contains(id + "x"));
        assertThat(set.size()).isEqualTo(60);
    }

    @Test
    void growsPastManyIds() {
        CompactIdSet set = new CompactIdSet();
        IntStream.range(0, 200_000).forEach(i -> assertThat(set.add("g-" + i)).isTrue());
        assertThat(set.size()).isEqualTo(200_000);
        assertThat(IntStream.range(0, 200_000).allMatch(i -> set.contains("g-" + i))).isTrue();
        assertThat(IntStream.range(200_000, 210_000).noneMatch(i -> set.contains("g-" + i))).isTrue();
    }

    @Test
    void keepsIdsAcrossChunksAndIdsLongerThanAChunk() {
        // 64 KiB chunks: 60,000 ids of some 40 bytes fill many; ids of 1.5 MiB and 3 MiB (Cyrillic: 2 bytes a
        // character) each take a chunk of their own size in between, and the ids after them still go in
        CompactIdSet set = new CompactIdSet();
        String longCyrillic = "я".repeat(800_000);
        String longer = "x".repeat(3 * (1 << 20));
        for (int i = 0; i < 60_000; i++) {
            assertThat(set.add("grant-with-a-fairly-long-identifier-" + i)).isTrue();
            if (i == 20_000) {
                assertThat(set.add(longCyrillic)).isTrue();
            }
            if (i == 40_000) {
                assertThat(set.add(longer)).isTrue();
            }
        }
        assertThat(set.size()).isEqualTo(60_002);
        assertThat(set.add(longCyrillic)).isFalse();
        assertThat(set.add(longer)).isFalse();
        assertThat(set.contains(longer.substring(1))).isFalse();
        for (int i = 0; i < 60_000; i++) {
            assertThat(set.contains("grant-with-a-fairly-long-identifier-" + i)).isTrue();
        }
        assertThat(set.contains("grant-with-a-fairly-long-identifier-60000")).isFalse();
    }

    @Test
    void rejectsNull() {
        CompactIdSet set = new CompactIdSet();
        assertThatThrownBy(() -> set.add(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> set.contains(null)).isInstanceOf(NullPointerException.class);
    }

    static Stream<Arguments> seeds() {
        // seed, initial capacity, hash mask: masks of 0 and 7 make most hashes equal, so bytes decide
        return Stream.of(Arguments.of(1L, 2, 0), Arguments.of(2L, 2, 7), Arguments.of(3L, 4, 0xFF),
                Arguments.of(4L, 16, -1), Arguments.of(5L, 1024, -1), Arguments.of(6L, 2, -1),
                Arguments.of(7L, 8, 1), Arguments.of(8L, 2, 0x3F));
    }

    @ParameterizedTest(name = "seed {0}, capacity {1}, hash mask {2}")
    @MethodSource("seeds")
    void agreesWithHashSet(long seed, int capacity, int hashMask) {
        Random random = new Random(seed);
        CompactIdSet set = new CompactIdSet(capacity, hashMask);
        Set<String> expected = new HashSet<>();
        int operations = hashMask == 0 ? 1_500 : 20_000;
        for (int i = 0; i < operations; i++) {
            String id = randomId(random);
            if (random.nextBoolean()) {
                assertThat(set.add(id)).as("add %s", id).isEqualTo(expected.add(id));
            } else {
                assertThat(set.contains(id)).as("contains %s", id).isEqualTo(expected.contains(id));
            }
            assertThat(set.size()).isEqualTo(expected.size());
        }
        assertThat(expected).allMatch(set::contains);
        assertThat(expected.size()).isGreaterThan(operations / 8);
    }

    /** Short ids over small alphabets, so that the same and nearly the same ids come back often. */
    private static String randomId(Random random) {
        String[] alphabets = {"ab0-", "аәбвгңөү", "a\u20ACя\uD800\uDC00z", "xyz\u00E9\u0416\uFFFF"};
        String alphabet = alphabets[random.nextInt(alphabets.length)];
        int length = random.nextInt(7);
        StringBuilder id = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            id.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return id.toString();
    }
}
