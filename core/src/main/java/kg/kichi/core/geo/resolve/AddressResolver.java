package kg.kichi.core.geo.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import kg.kichi.core.geo.AdministrativeUnit;
import kg.kichi.core.geo.UnitLevel;

/**
 * Resolves a mention of several parts as an address ("Ош облусу, Ноокат району, Кара-Таш а/а"), as the
 * section "Addresses" on {@link Resolver} describes: joins back parts that only together name a unit, scores
 * each part with {@link MentionScorer}, lets {@link AddressReadings} find the ways the parts' candidates lie
 * one within another, and, when none does, reports the address as contradictory, naming the parts that do
 * not fit.
 *
 * <p>Invariants: a mention of more than {@link Resolver#MAX_PARTS} parts is not read as an address, so the
 * readings tried stay bounded; an address read reports every part, placed or with why it is not; a
 * contradictory address is never resolved to one of its parts. Immutable and thread-safe.
 */
final class AddressResolver {
    private final NameIndex index;
    private final LevelWords words;
    private final MentionScorer scorer;

    AddressResolver(NameIndex index, LevelWords words, MentionScorer scorer) {
        this.index = index;
        this.words = words;
        this.scorer = scorer;
    }

    /**
     * Resolves an address of several parts; {@code analysed[0]} is the whole, the rest its parts.
     *
     * @param within the index of the unit the address stands under, or −1 for none
     */
    Resolution resolve(String text, Mention[] analysed, int within, LocalDate asOf) {
        Mention[] parsed = rejoin(text, analysed);
        if (parsed.length == 2) {
            return scorer.single(text, parsed[1], within, asOf);
        }
        if (parsed.length - 1 > Resolver.MAX_PARTS) {
            return Resolution.unknown(text, "the mention has " + (parsed.length - 1) + " parts; an address has at "
                    + "most " + Resolver.MAX_PARTS + " (a list of places is split with MentionSplitter first)");
        }
        int n = parsed.length - 1;
        CandidateScores[] scores = new CandidateScores[n];
        String[] why = new String[n];
        int[] best = new int[n];
        int[] placed = new int[n];
        int placedCount = 0;
        for (int j = 0; j < n; j++) {
            scores[j] = new CandidateScores();
            why[j] = scorer.score(parsed[j + 1].text, parsed[j + 1], within, asOf, scores[j]);
            if (scores[j].size > 0) {
                best[j] = scores[j].max();
                placed[placedCount++] = j;
            }
        }
        if (placedCount == 0) {
            List<AddressPart> parts = new ArrayList<>(n);
            for (int j = 0; j < n; j++) {
                parts.add(new AddressPart(parsed[j + 1].text, null, why[j]));
            }
            return new Resolution(text, ResolutionStatus.UNKNOWN, List.of(), "no part of the address names a "
                    + "known unit: " + unplaced(parts), parts, List.of());
        }
        AddressReadings readings = new AddressReadings(index, n);
        readings.search(scores, best, placed, placedCount, 0, 0);
        if (readings.count == 0) {
            return contradiction(text, parsed, scores, why, placed, placedCount);
        }
        return readings.resolution(text, parsed, scores, why, best, placed, placedCount);
    }

    /**
     * Joins a part to the one before it when the two were cut apart by level words alone and only together
     * name a unit: "Алайский айылный аймак" + "имени К.Белекбаева" is the name of one aiyl aimak.
     */
    private Mention[] rejoin(String text, Mention[] parsed) {
        Mention[] out = null;
        int n = 1;
        for (int j = 1; j < parsed.length; j++) {
            Mention m = parsed[j];
            Mention before = (out == null ? parsed : out)[n - 1];
            if (j > 1 && m.softCut && !named(m)) {
                Mention joined = Mention.parse(text.substring(before.from, m.to).strip(), words);
                if (named(joined)) {
                    if (out == null) {
                        out = parsed.clone();
                    }
                    joined.from = before.from;
                    joined.to = m.to;
                    joined.softCut = before.softCut;
                    out[n - 1] = joined;
                    continue;
                }
            }
            if (out != null) {
                out[n] = m;
            }
            n++;
        }
        return out == null ? parsed : Arrays.copyOf(out, n);
    }

    private boolean named(Mention m) {
        return index.exact(m.key).length > 0 || index.exact(m.stem).length > 0 || index.exact(m.base).length > 0;
    }

    /**
     * An address whose parts fit no reading: each part gets its own best reading; the largest group of parts
     * that do fit together (best summed score among equals) counts as placed, the others are reported.
     */
    private Resolution contradiction(String text, Mention[] parsed, CandidateScores[] scores, String[] why,
            int[] placed, int placedCount) {
        int n = parsed.length - 1;
        int bestMask = 0;
        int bestSize = 0;
        int bestSum = Integer.MIN_VALUE;
        // Parts are few (at most MAX_PARTS): try every group, top readings only.
        for (int mask = 1; mask < 1 << placedCount; mask++) {
            int size = Integer.bitCount(mask);
            if (size < bestSize) {
                continue;
            }
            boolean fits = true;
            int sum = 0;
            for (int a = 0; a < placedCount && fits; a++) {
                if ((mask & 1 << a) == 0) {
                    continue;
                }
                int ua = scores[placed[a]].unit[scores[placed[a]].argmax()];
                sum += scores[placed[a]].max();
                for (int b = a + 1; b < placedCount && fits; b++) {
                    if ((mask & 1 << b) != 0) {
                        int ub = scores[placed[b]].unit[scores[placed[b]].argmax()];
                        fits = index.isWithin(ua, ub) || index.isWithin(ub, ua);
                    }
                }
            }
            if (fits && (size > bestSize || sum > bestSum)) {
                bestMask = mask;
                bestSize = size;
                bestSum = sum;
            }
        }
        if (bestSize < 2) {
            bestMask = 0; // no two parts fit together: none can be told to be the odd one out
        }
        List<AddressPart> parts = new ArrayList<>(n);
        StringBuilder readings = new StringBuilder();
        int q = 0;
        for (int j = 0; j < n; j++) {
            String partText = parsed[j + 1].text;
            if (q < placedCount && placed[q] == j) {
                CandidateScores s = scores[j];
                int c = s.argmax();
                AdministrativeUnit u = index.units[s.unit[c]];
                Candidate reading = new Candidate(u, s.name[c], s.kind[c], s.score[c]);
                boolean inGroup = (bestMask & 1 << q) != 0;
                readings.append(readings.length() == 0 ? "" : "; ").append('\'').append(partText).append("' reads as ")
                        .append(describe(s.unit[c]));
                parts.add(new AddressPart(partText, reading, inGroup ? null
                        : describe(s.unit[c]) + " does not lie within the units the other parts name, nor contain them"));
                q++;
            } else {
                parts.add(new AddressPart(partText, null, why[j]));
            }
        }
        StringBuilder reason = new StringBuilder("the parts of the address name units that do not lie one within "
                + "another: ").append(readings);
        String odd = parts.stream().filter(p -> !p.isPlaced() && p.getCandidate().isPresent())
                .map(p -> "'" + p.getText() + "'").collect(Collectors.joining(", "));
        if (bestMask != 0) {
            reason.append("; ").append(odd).append(" does not fit the other parts");
        }
        String unknown = parts.stream().filter(p -> p.getCandidate().isEmpty())
                .map(p -> "'" + p.getText() + "' could not be placed: " + p.getProblem().orElse(""))
                .collect(Collectors.joining("; "));
        if (!unknown.isEmpty()) {
            reason.append("; ").append(unknown);
        }
        return new Resolution(text, ResolutionStatus.CONTRADICTORY, List.of(), reason.toString(), parts, List.of());
    }

    /** A unit with the unit above it, so a reader sees why two parts conflict. */
    private String describe(int u) {
        int p = index.parent[u];
        AdministrativeUnit unit = index.units[u];
        return unit.getDisplayName() + " (" + unit.getLevel().getCode()
                + (p >= 0 && index.units[p].getLevel() != UnitLevel.COUNTRY ? ", in " + index.units[p].getDisplayName()
                : "") + ")";
    }

    /** @return each part not placed, with why, for a resolution's reason */
    static String unplaced(List<AddressPart> parts) {
        StringBuilder out = new StringBuilder();
        for (AddressPart p : parts) {
            if (!p.isPlaced()) {
                out.append(out.length() == 0 ? "" : "; ").append('\'').append(p.getText()).append("' could not be "
                        + "placed: ").append(p.getProblem().orElse(""));
            }
        }
        return out.toString();
    }
}
