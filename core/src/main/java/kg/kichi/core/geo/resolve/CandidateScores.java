package kg.kichi.core.geo.resolve;

import java.util.Arrays;

/**
 * The candidates of one mention (or one part of an address) while they are scored: for each unit, by its
 * index in the {@link NameIndex}, the best score offered so far, with the name and the kind of match that
 * gave it.
 *
 * <p>Invariants: the first {@link #size} slots of the four parallel arrays describe one candidate each, and
 * no unit appears twice among them. Slots keep the order in which their units were first offered: that
 * order settles ties in {@link #argmax()} and between address readings of equal sums, so results do not
 * depend on hashing. A mention has a handful of candidates at most, so arrays and a linear search serve,
 * with no boxing. Mutable, and confined to one call of {@link Resolver#resolve}.
 */
final class CandidateScores {
    int size;
    int[] unit = new int[8];
    int[] score = new int[8];
    String[] name = new String[8];
    MatchKind[] kind = new MatchKind[8];

    /** Keeps {@code s} for unit {@code u} when the unit is new or {@code s} beats its score so far. */
    void offer(int u, int s, String matched, MatchKind k) {
        for (int i = 0; i < size; i++) {
            if (unit[i] == u) {
                if (s > score[i]) {
                    score[i] = s;
                    name[i] = matched;
                    kind[i] = k;
                }
                return;
            }
        }
        if (size == unit.length) {
            unit = Arrays.copyOf(unit, size * 2);
            score = Arrays.copyOf(score, size * 2);
            name = Arrays.copyOf(name, size * 2);
            kind = Arrays.copyOf(kind, size * 2);
        }
        unit[size] = u;
        score[size] = s;
        name[size] = matched;
        kind[size] = k;
        size++;
    }

    /** @return the slot of the highest score, the first such slot when several tie */
    int argmax() {
        int m = 0;
        for (int i = 1; i < size; i++) {
            if (score[i] > score[m]) {
                m = i;
            }
        }
        return m;
    }

    /** @return the highest score */
    int max() {
        return score[argmax()];
    }
}
