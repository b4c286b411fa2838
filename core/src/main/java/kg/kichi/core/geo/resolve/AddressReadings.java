package kg.kichi.core.geo.resolve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import kg.kichi.core.geo.AdministrativeUnit;

/**
 * The readings of one address: every way of reading each placed part as one of its candidates (down to
 * {@link Resolver#CHAIN_REACH} points below the part's best) such that all the units chosen lie one within
 * another, worth the sum of the chosen candidates' scores. Of the readings ending in the same most specific
 * unit only the best is kept; {@link #resolution} ranks what is left into the address's resolution.
 *
 * <p>Invariants: {@link #count} readings are kept, each with a distinct most specific unit
 * ({@link #deepest}), its sum and its choice of candidate per part (−1 for a part not placed); of equal sums
 * the reading found first is kept, and the search tries candidates in their scoring order, so results do
 * not depend on hashing. Mutable, and confined to one call of {@link AddressResolver#resolve}.
 */
final class AddressReadings {
    private final NameIndex index;
    /** The reading being built: the candidate chosen per part, −1 for a part not (yet) chosen. */
    private final int[] choice;
    int count;
    private int[] deepest = new int[4];
    private int[] sum = new int[4];
    private int[][] choices = new int[4][];

    AddressReadings(NameIndex index, int parts) {
        this.index = index;
        choice = new int[parts];
        Arrays.fill(choice, -1);
    }

    /**
     * Tries every candidate within reach of part {@code placed[p]} that fits the parts chosen before it,
     * then the parts after it, recording each complete reading.
     *
     * @param total the summed score of the parts chosen so far
     */
    void search(CandidateScores[] scores, int[] best, int[] placed, int placedCount, int p, int total) {
        if (p == placedCount) {
            record(scores, placed, placedCount, total);
            return;
        }
        int j = placed[p];
        CandidateScores s = scores[j];
        for (int c = 0; c < s.size; c++) {
            if (best[j] - s.score[c] > Resolver.CHAIN_REACH || !fits(scores, placed, p, s.unit[c])) {
                continue;
            }
            choice[j] = c;
            search(scores, best, placed, placedCount, p + 1, total + s.score[c]);
        }
        choice[j] = -1;
    }

    /** @return whether {@code unit} lies within, or contains, every unit chosen for the parts before {@code p} */
    private boolean fits(CandidateScores[] scores, int[] placed, int p, int unit) {
        for (int q = 0; q < p; q++) {
            int other = scores[placed[q]].unit[choice[placed[q]]];
            if (!index.isWithin(unit, other) && !index.isWithin(other, unit)) {
                return false;
            }
        }
        return true;
    }

    private void record(CandidateScores[] scores, int[] placed, int placedCount, int total) {
        int d = scores[placed[0]].unit[choice[placed[0]]];
        for (int q = 1; q < placedCount; q++) {
            int u = scores[placed[q]].unit[choice[placed[q]]];
            if (index.isWithin(u, d)) {
                d = u;
            }
        }
        for (int i = 0; i < count; i++) {
            if (deepest[i] == d) {
                if (total > sum[i]) {
                    sum[i] = total;
                    choices[i] = choice.clone();
                }
                return;
            }
        }
        if (count == deepest.length) {
            deepest = Arrays.copyOf(deepest, count * 2);
            sum = Arrays.copyOf(sum, count * 2);
            choices = Arrays.copyOf(choices, count * 2);
        }
        deepest[count] = d;
        sum[count] = total;
        choices[count] = choice.clone();
        count++;
    }

    /**
     * Ranks the readings found (at least one) by their sums: the address resolves to the most specific unit
     * of the best reading when it leads the next by {@link Resolution#MARGIN}, each candidate's score being
     * its reading's weakest part's best score less what the reading costs the parts.
     */
    Resolution resolution(String text, Mention[] parsed, CandidateScores[] scores, String[] why, int[] best,
            int[] placed, int placedCount) {
        int weakest = Integer.MAX_VALUE;
        int bestTotal = 0;
        for (int q = 0; q < placedCount; q++) {
            weakest = Math.min(weakest, best[placed[q]]);
            bestTotal += best[placed[q]];
        }
        Integer[] order = new Integer[count];
        for (int i = 0; i < count; i++) {
            order[i] = i;
        }
        List<Candidate> candidates = new ArrayList<>(count);
        Candidate[] byReading = new Candidate[count];
        for (int i = 0; i < count; i++) {
            int part = partOf(scores, placed, placedCount, i);
            CandidateScores s = scores[part];
            int c = choices[i][part];
            byReading[i] = new Candidate(index.units[deepest[i]], s.name[c], s.kind[c],
                    weakest - (bestTotal - sum[i]));
        }
        Arrays.sort(order, (a, b) -> sum[a] != sum[b] ? Integer.compare(sum[b], sum[a])
                : CandidateRanking.ORDER.compare(byReading[a], byReading[b]));
        for (Integer i : order) {
            candidates.add(byReading[i]);
        }
        int top = order[0];
        boolean clear = count == 1 || sum[top] - sum[order[1]] >= Resolution.MARGIN;
        int n = parsed.length - 1;
        List<AddressPart> parts = new ArrayList<>(n);
        List<int[]> chain = new ArrayList<>(n);
        for (int j = 0; j < n; j++) {
            int c = choices[top][j];
            if (c < 0) {
                parts.add(new AddressPart(parsed[j + 1].text, null, why[j]));
                continue;
            }
            CandidateScores s = scores[j];
            parts.add(new AddressPart(parsed[j + 1].text, new Candidate(index.units[s.unit[c]], s.name[c],
                    s.kind[c], s.score[c]), null));
            chain.add(new int[] {index.depth(s.unit[c]), s.unit[c]});
        }
        chain.sort((a, b) -> Integer.compare(a[0], b[0]));
        List<AdministrativeUnit> units = new ArrayList<>(chain.size());
        for (int[] link : chain) {
            AdministrativeUnit u = index.units[link[1]];
            if (units.isEmpty() || !units.get(units.size() - 1).equals(u)) {
                units.add(u);
            }
        }
        String reason = null;
        if (!clear) {
            int tied = 1;
            while (tied < count && sum[top] - sum[order[tied]] < Resolution.MARGIN) {
                tied++;
            }
            reason = tied + " readings of the address, ending in different units, rank within "
                    + Resolution.MARGIN + " points of each other; the text does not say which is meant";
        }
        if (placedCount < n) {
            String missing = AddressResolver.unplaced(parts) + "; the address is read from its other parts";
            reason = reason == null ? missing : reason + "; " + missing;
        }
        return new Resolution(text, clear ? ResolutionStatus.RESOLVED : ResolutionStatus.AMBIGUOUS, candidates,
                reason, parts, units);
    }

    /** @return the part whose chosen unit is the reading's most specific one */
    private int partOf(CandidateScores[] scores, int[] placed, int placedCount, int reading) {
        for (int q = 0; q < placedCount; q++) {
            int j = placed[q];
            if (scores[j].unit[choices[reading][j]] == deepest[reading]) {
                return j;
            }
        }
        throw new IllegalStateException("no part names the reading's unit");
    }
}
