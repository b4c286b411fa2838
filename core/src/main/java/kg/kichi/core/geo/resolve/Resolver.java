package kg.kichi.core.geo.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import kg.kichi.core.geo.AdministrativeUnit;
import kg.kichi.core.geo.UnitLevel;
import kg.kichi.core.geo.UnitRef;
import kg.kichi.core.geo.UnknownUnitException;

/**
 * Resolves one mention against a {@link NameIndex}. Ranking, in points:
 * <ul>
 *   <li>the match: {@link MatchKind#getScore()} (name 100, alias or derived name 95, adjective stem 85, …),
 *       less 5 when the mention and the name split into a different number of words ("Каракол" against
 *       "Кара-Көл", which fold alike);</li>
 *   <li>+15 when the mention's type words name the candidate's level ("облусу" a region, "АА" an aiyl aimak,
 *       "г." a city); a loose "с."/"а." (village) gives villages +10 and aiyl aimaks +15, since the sources
 *       also write "village" for an aiyl aimak; an English "v."/"village" gives villages only +5, since the
 *       English texts translate Kyrgyz "айыл", used for aiyl aimaks throughout ({@link Mention#bonus});</li>
 *   <li>when the mention asks for an aiyl aimak and names a village, the aiyl aimak containing the village
 *       is a candidate 10 points below the village ("Покровка айыл аймагы");</li>
 *   <li>−{@value #LEVEL_MISMATCH} for a candidate of a level the mention's level words do not name, when they
 *       name a region, district, city or aiyl aimak ("Кочкорский район": the district 115, the aiyl aimak
 *       Кочкорский 80): a level word decides between namesakes, and their confidences say so;</li>
 *   <li>+2 for a village that gives its name to its aiyl aimak (its seat), a tie-breaker only;</li>
 *   <li>the village rule: under a Russian or Kyrgyz village word, a village tied with the aiyl aimak it lies in
 *       gets +{@value #CONTAINER_BONUS} ("с. Тюп" is the village, not the aiyl aimak Тюп around it);</li>
 *   <li>−50 outside the unit the mention stands under, −5 for that unit itself (a mention under a heading
 *       names something in it);</li>
 *   <li>consonant-only (approximate) matches are tried only when nothing else matches;</li>
 *   <li>the containment rule, last: when the mention has no type word at all and, among the candidates
 *       within {@link Resolution#MARGIN} points of the best, one contains every other (the district holding
 *       the village of its name, the country holding villages named after it), that one gets
 *       +{@value #CONTAINER_BONUS}. A bare name is read as the larger unit: that reading is still right about
 *       where the thing happens when the part was meant, while the part would be wrong if the whole was
 *       meant. No name or level is special-cased; the rule reads only the tree. Candidates of which
 *       none contains the others (a city, a district and a village of one name side by side) stay tied;
 *       so do units of one level, and a type word ("с.", "району", "v.") always overrides the rule.</li>
 * </ul>
 * The mention is resolved when the best candidate leads by {@link Resolution#MARGIN} points or more.
 *
 * <h2>Addresses</h2>
 * A mention of several parts ("Нарынская область, Кочкорский район", "Кара-Таш а/а, Ноокат району, Ош
 * облусу", "Чуйская обл. г. Токмок"; see {@link Mention#analyse}) is read as an address; only when that
 * reading leaves a part unplaced or contradicts itself, and the whole text is a unit's name ("Новопокровка
 * (часть)"), is the whole name taken instead. Each part is scored as above; every way of reading each part as one of its
 * candidates (down to {@value #CHAIN_REACH} points below its best) such that all the units lie one within
 * another is a reading of the address, worth the sum of its parts' scores. The address resolves to the most
 * specific unit of the best reading, when it leads the best reading ending in another unit by
 * {@link Resolution#MARGIN}; its score is its weakest part's best score less what the reading costs the parts
 * (each part's best score minus the score of the unit it is read as). A part naming no known unit is
 * reported and left out; when no reading fits every placed part, the address is
 * {@link ResolutionStatus#CONTRADICTORY}, never resolved to one part: the parts outside the largest group
 * that fits together (read as their best candidates) are reported as not placed, or every part when no two
 * parts fit.
 *
 * <p>A {@link kg.kichi.core.geo.Gazetteer} implementation obtains one with {@link #of(List, LevelWords)} and
 * delegates its {@code resolve} methods to it. Immutable and thread-safe.
 */
public final class Resolver {
    /**
     * What the containment rule gives the candidate containing all others tied with it: more than
     * {@link Resolution#MARGIN} above the gap of less than a margin it may trail by, so that it then leads.
     */
    static final int CONTAINER_BONUS = 10;
    /** What a candidate loses when the mention's level word names another level. */
    static final int LEVEL_MISMATCH = 15;
    /**
     * How far below a part's best score a candidate of that part is still tried in an address: less than the
     * 30 points between a unit of the level the part's level word names and a namesake of another level, so
     * that "г. Ош" in "Ошская обл. г. Ош" is never read as the oblast to make the address fit.
     */
    static final int CHAIN_REACH = 25;
    /**
     * The most parts an address may have (country, oblast, district, city or aiyl aimak, village, and a few
     * repeats): more is a list, and would make the readings to try grow without bound.
     */
    static final int MAX_PARTS = 8;

    private final NameIndex index;
    private final Map<UnitRef, Integer> byRef;
    private final LevelWords words;
    /** Cities of republican or oblast significance: the ones with numbered sub-divisions (МТУ). */
    private final int[] subdividedCities;

    /**
     * Indexes the names of a gazetteer's units, reading level words with {@link LevelWords#standard()}.
     *
     * @param units every unit of one gazetteer, each unit's parent among them
     * @return a resolver over those units
     * @throws IllegalArgumentException naming the unit whose parent is not among {@code units}
     */
    public static Resolver of(List<AdministrativeUnit> units) {
        return of(units, LevelWords.standard());
    }

    /**
     * Indexes the names of a gazetteer's units.
     *
     * @param units every unit of one gazetteer, each unit's parent among them (as {@link
     *     kg.kichi.core.geo.Gazetteer#getUnits()} returns them)
     * @param words the level words of the country's languages
     * @return a resolver over those units
     * @throws IllegalArgumentException naming the unit whose parent is not among {@code units}
     */
    public static Resolver of(List<AdministrativeUnit> units, LevelWords words) {
        Objects.requireNonNull(words, "words");
        AdministrativeUnit[] all = units.toArray(new AdministrativeUnit[0]);
        Map<UnitRef, Integer> byRef = new HashMap<>(all.length * 3);
        for (int i = 0; i < all.length; i++) {
            for (UnitRef code : all[i].getCodes()) {
                byRef.putIfAbsent(code, i);
            }
        }
        int[] parent = new int[all.length];
        for (int i = 0; i < all.length; i++) {
            UnitRef p = all[i].getParent().orElse(null);
            Integer pi = p == null ? null : byRef.get(p);
            if (p != null && pi == null) {
                throw new IllegalArgumentException("the parent " + p + " of " + all[i].getRef()
                        + " is not among the units");
            }
            parent[i] = pi == null ? -1 : pi;
        }
        return new Resolver(new NameIndex(all, parent, words), byRef, words);
    }

    private Resolver(NameIndex index, Map<UnitRef, Integer> byRef, LevelWords words) {
        this.index = index;
        this.byRef = byRef;
        this.words = words;
        this.subdividedCities = java.util.stream.IntStream.range(0, index.units.length).filter(u -> {
            UnitLevel level = index.units[u].getLevel();
            int p = index.parent[u];
            return level == UnitLevel.CITY_REPUBLICAN
                    || level == UnitLevel.CITY && p >= 0 && index.units[p].getLevel() == UnitLevel.REGION;
        }).toArray();
    }

    /**
     * Resolves a place mention, or an address of several parts; see
     * {@link kg.kichi.core.geo.Gazetteer#resolve(String, UnitRef, LocalDate)}.
     *
     * @param text the mention
     * @param within the unit the mention stands under, or null for none
     * @param asOf the day the text speaks of, or null for any time
     * @return the ranked candidates, with the parts of the mention
     * @throws UnknownUnitException if {@code within} is not among the units
     */
    public Resolution resolve(String text, UnitRef within, LocalDate asOf) {
        int w = -1;
        if (within != null) {
            Integer i = byRef.get(within);
            if (i == null) {
                throw new UnknownUnitException(within);
            }
            w = i;
        }
        if (text == null || text.isBlank()) {
            return Resolution.unknown(String.valueOf(text), "the mention is empty");
        }
        Mention[] parsed = Mention.analyse(text, words);
        if (parsed.length == 1) {
            return single(text, parsed[0], w, asOf);
        }
        Resolution address = address(text, parsed, w, asOf);
        boolean fits = address.getStatus() != ResolutionStatus.CONTRADICTORY
                && address.getStatus() != ResolutionStatus.UNKNOWN && !address.hasUnplacedParts();
        // A name with a separator in it ("Новопокровка (часть)", "Özgön / Uzgen (town)") is read whole when
        // its parts do not make an address.
        return fits || index.exact(parsed[0].key).length == 0 ? address : single(text, parsed[0], w, asOf);
    }

    private Resolution single(String text, Mention m, int within, LocalDate asOf) {
        Scores scores = new Scores();
        String why = score(text, m, within, asOf, scores);
        if (scores.size == 0) {
            return Resolution.unknown(text, why);
        }
        return rank(text, scores, within, why);
    }

    /**
     * Scores the candidates of one mention (or one part of an address) into {@code scores}.
     *
     * @return why the candidates are what they are (a containment, a city sub-division), or, when
     *     {@code scores} stays empty, why there is none; null for a plain match
     */
    private String score(String text, Mention m, int within, LocalDate asOf, Scores scores) {
        if (m.numbered) {
            return subdivision(text, within, asOf, scores);
        }
        if (m.key.isEmpty()) {
            return "the mention holds no place name, only type words or punctuation";
        }
        collect(scores, index.exact(m.key), null, m, asOf);
        if (!m.stem.equals(m.key)) {
            collect(scores, index.exact(m.stem), MatchKind.STEM, m, asOf);
        }
        if (!m.base.equals(m.key)) {
            collect(scores, index.exact(m.base), MatchKind.BASE, m, asOf);
        }
        if (scores.size == 0) {
            collect(scores, index.approximate(m.key), MatchKind.APPROXIMATE, m, asOf);
        }
        if (scores.size == 0) {
            return "no unit is named '" + text + "'" + (asOf == null ? "" : " in names in use on " + asOf);
        }
        if (m.asksForAimak()) {
            promoteAimaks(scores, asOf);
        }
        boolean namesLevel = m.namesLevel();
        for (int i = 0; i < scores.size; i++) {
            int u = scores.unit[i];
            int bonus = m.bonus(index.units[u].getLevel());
            int s = scores.score[i] + bonus + (index.seat[u] ? 2 : 0) - (namesLevel && bonus == 0 ? LEVEL_MISMATCH : 0);
            if (within >= 0) {
                s += u == within ? -5 : index.isWithin(u, within) ? 0 : -50;
            }
            scores.score[i] = s;
        }
        if ((m.typeWords & Mention.VILLAGE_WORD) != 0 && !m.asksForAimak()) {
            favourVillage(scores);
        }
        return m.typeWords == 0 && favourContainer(scores)
                ? "'" + text + "' names several units, one containing the others; a bare name is read as that one"
                : null;
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
        return out == null ? parsed : java.util.Arrays.copyOf(out, n);
    }

    private boolean named(Mention m) {
        return index.exact(m.key).length > 0 || index.exact(m.stem).length > 0 || index.exact(m.base).length > 0;
    }

    /** Resolves an address of several parts; {@code parsed[0]} is the whole, the rest its parts. */
    private Resolution address(String text, Mention[] analysed, int within, LocalDate asOf) {
        Mention[] parsed = rejoin(text, analysed);
        if (parsed.length == 2) {
            return single(text, parsed[1], within, asOf);
        }
        if (parsed.length - 1 > MAX_PARTS) {
            return Resolution.unknown(text, "the mention has " + (parsed.length - 1) + " parts; an address has at "
                    + "most " + MAX_PARTS + " (a list of places is split with MentionSplitter first)");
        }
        int n = parsed.length - 1;
        Scores[] scores = new Scores[n];
        String[] why = new String[n];
        int[] best = new int[n];
        int[] placed = new int[n];
        int placedCount = 0;
        for (int j = 0; j < n; j++) {
            scores[j] = new Scores();
            why[j] = score(parsed[j + 1].text, parsed[j + 1], within, asOf, scores[j]);
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
        Readings readings = new Readings(n);
        readings.search(this, scores, best, placed, placedCount, 0, 0);
        if (readings.count == 0) {
            return contradiction(text, parsed, scores, why, placed, placedCount);
        }
        return readings.resolution(this, text, parsed, scores, why, best, placed, placedCount);
    }

    /** The readings of an address found so far: the best per most specific unit. */
    private static final class Readings {
        final int[] choice;
        int count;
        int[] deepest = new int[4];
        int[] sum = new int[4];
        int[][] choices = new int[4][];

        Readings(int parts) {
            choice = new int[parts];
            java.util.Arrays.fill(choice, -1);
        }

        void search(Resolver r, Scores[] scores, int[] best, int[] placed, int placedCount, int p, int total) {
            if (p == placedCount) {
                record(r, scores, placed, placedCount, total);
                return;
            }
            int j = placed[p];
            Scores s = scores[j];
            for (int c = 0; c < s.size; c++) {
                if (best[j] - s.score[c] > CHAIN_REACH || !fits(r, scores, placed, p, s.unit[c])) {
                    continue;
                }
                choice[j] = c;
                search(r, scores, best, placed, placedCount, p + 1, total + s.score[c]);
            }
            choice[j] = -1;
        }

        private boolean fits(Resolver r, Scores[] scores, int[] placed, int p, int unit) {
            for (int q = 0; q < p; q++) {
                int other = scores[placed[q]].unit[choice[placed[q]]];
                if (!r.index.isWithin(unit, other) && !r.index.isWithin(other, unit)) {
                    return false;
                }
            }
            return true;
        }

        private void record(Resolver r, Scores[] scores, int[] placed, int placedCount, int total) {
            int d = scores[placed[0]].unit[choice[placed[0]]];
            for (int q = 1; q < placedCount; q++) {
                int u = scores[placed[q]].unit[choice[placed[q]]];
                if (r.index.isWithin(u, d)) {
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
                deepest = java.util.Arrays.copyOf(deepest, count * 2);
                sum = java.util.Arrays.copyOf(sum, count * 2);
                choices = java.util.Arrays.copyOf(choices, count * 2);
            }
            deepest[count] = d;
            sum[count] = total;
            choices[count] = choice.clone();
            count++;
        }

        Resolution resolution(Resolver r, String text, Mention[] parsed, Scores[] scores, String[] why, int[] best,
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
                Scores s = scores[part];
                int c = choices[i][part];
                byReading[i] = new Candidate(r.index.units[deepest[i]], s.name[c], s.kind[c],
                        weakest - (bestTotal - sum[i]));
            }
            java.util.Arrays.sort(order, (a, b) -> sum[a] != sum[b] ? Integer.compare(sum[b], sum[a])
                    : ORDER.compare(byReading[a], byReading[b]));
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
                Scores s = scores[j];
                parts.add(new AddressPart(parsed[j + 1].text, new Candidate(r.index.units[s.unit[c]], s.name[c],
                        s.kind[c], s.score[c]), null));
                chain.add(new int[] {r.index.depth(s.unit[c]), s.unit[c]});
            }
            chain.sort((a, b) -> Integer.compare(a[0], b[0]));
            List<AdministrativeUnit> units = new ArrayList<>(chain.size());
            for (int[] link : chain) {
                AdministrativeUnit u = r.index.units[link[1]];
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
                String missing = unplaced(parts) + "; the address is read from its other parts";
                reason = reason == null ? missing : reason + "; " + missing;
            }
            return new Resolution(text, clear ? ResolutionStatus.RESOLVED : ResolutionStatus.AMBIGUOUS, candidates,
                    reason, parts, units);
        }

        /** @return the part whose chosen unit is the reading's most specific one */
        private int partOf(Scores[] scores, int[] placed, int placedCount, int reading) {
            for (int q = 0; q < placedCount; q++) {
                int j = placed[q];
                if (scores[j].unit[choices[reading][j]] == deepest[reading]) {
                    return j;
                }
            }
            throw new IllegalStateException("no part names the reading's unit");
        }
    }

    /**
     * An address whose parts fit no reading: each part gets its own best reading; the largest group of parts
     * that do fit together (best summed score among equals) counts as placed, the others are reported.
     */
    private Resolution contradiction(String text, Mention[] parsed, Scores[] scores, String[] why, int[] placed,
            int placedCount) {
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
                Scores s = scores[j];
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
                .map(p -> "'" + p.getText() + "'").collect(java.util.stream.Collectors.joining(", "));
        if (bestMask != 0) {
            reason.append("; ").append(odd).append(" does not fit the other parts");
        }
        String unknown = parts.stream().filter(p -> p.getCandidate().isEmpty())
                .map(p -> "'" + p.getText() + "' could not be placed: " + p.getProblem().orElse(""))
                .collect(java.util.stream.Collectors.joining("; "));
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

    private static String unplaced(List<AddressPart> parts) {
        StringBuilder out = new StringBuilder();
        for (AddressPart p : parts) {
            if (!p.isPlaced()) {
                out.append(out.length() == 0 ? "" : "; ").append('\'').append(p.getText()).append("' could not be "
                        + "placed: ").append(p.getProblem().orElse(""));
            }
        }
        return out.toString();
    }

    /**
     * The containment rule: when the mention carries no type word and one of the candidates within
     * {@link Resolution#MARGIN} of the best contains all the others there, it earns {@link #CONTAINER_BONUS}.
     * A linear scan over a handful of candidates; no allocation.
     *
     * @return whether a candidate earned the bonus
     */
    private boolean favourContainer(Scores scores) {
        if (scores.size < 2) {
            return false;
        }
        int top = Integer.MIN_VALUE;
        for (int i = 0; i < scores.size; i++) {
            top = Math.max(top, scores.score[i]);
        }
        int tied = 0;
        for (int i = 0; i < scores.size; i++) {
            tied += top - scores.score[i] < Resolution.MARGIN ? 1 : 0;
        }
        if (tied < 2) {
            return false;
        }
        for (int i = 0; i < scores.size; i++) {
            if (top - scores.score[i] < Resolution.MARGIN && containsOthers(scores, i, top)) {
                scores.score[i] += CONTAINER_BONUS;
                return true;
            }
        }
        return false;
    }

    /**
     * The village rule: under a Russian or Kyrgyz village word ("с. Тюп", "Тюп айылы"), a village tied with
     * the aiyl aimak it lies in is the one meant, and earns {@link #CONTAINER_BONUS}: the word may stand for
     * an aiyl aimak only when no village of the name lies in it.
     */
    private void favourVillage(Scores scores) {
        int top = scores.max();
        for (int i = 0; i < scores.size; i++) {
            int u = scores.unit[i];
            if (top - scores.score[i] >= Resolution.MARGIN || index.units[u].getLevel() != UnitLevel.VILLAGE) {
                continue;
            }
            for (int j = 0; j < scores.size; j++) {
                if (scores.unit[j] == index.parent[u] && top - scores.score[j] < Resolution.MARGIN) {
                    scores.score[i] += CONTAINER_BONUS;
                    return;
                }
            }
        }
    }

    private boolean containsOthers(Scores scores, int i, int top) {
        for (int j = 0; j < scores.size; j++) {
            boolean tied = top - scores.score[j] < Resolution.MARGIN;
            if (j != i && tied && !index.isWithin(scores.unit[j], scores.unit[i])) {
                return false;
            }
        }
        return true;
    }

    private void collect(Scores scores, NameIndex.Entry[] entries, MatchKind cap, Mention m, LocalDate asOf) {
        for (NameIndex.Entry e : entries) {
            if (index.usable(e, asOf)) {
                MatchKind kind = cap == null || e.kind().getScore() <= cap.getScore() ? e.kind() : cap;
                int split = e.parts() == m.parts ? 0 : 5;
                scores.offer(e.unit(), kind.getScore() - split, e.name().getText(), kind);
            }
        }
    }

    private void promoteAimaks(Scores scores, LocalDate asOf) {
        int n = scores.size;
        for (int i = 0; i < n; i++) {
            int u = scores.unit[i];
            int p = index.parent[u];
            if (index.units[u].getLevel() == UnitLevel.VILLAGE && p >= 0
                    && index.units[p].getLevel() == UnitLevel.AIYL_AIMAK && index.units[p].existsOn(asOf)) {
                scores.offer(p, scores.score[i] - 10, scores.name[i], MatchKind.CONTAINING_AIMAK);
            }
        }
    }

    private String subdivision(String text, int within, LocalDate asOf, Scores scores) {
        for (int u : subdividedCities) {
            AdministrativeUnit unit = index.units[u];
            if (unit.existsOn(asOf) && (within < 0 || index.isWithin(u, within)
                    || index.isWithin(within, u))) {
                scores.offer(u, MatchKind.CITY_OF_SUBDIVISION.getScore(), unit.getDisplayName(),
                        MatchKind.CITY_OF_SUBDIVISION);
            }
        }
        String why = "'" + text + "' is a numbered city sub-division (МТУ/ЖАБ, municipal territorial "
                + "administration) that the gazetteer does not list; candidates are the cities of republican or "
                + "oblast significance, which have such sub-divisions, in the context";
        return scores.size == 0 ? why + ", and there is none" : why;
    }

    private Resolution rank(String text, Scores scores, int within, String why) {
        List<Candidate> list = new ArrayList<>(scores.size);
        for (int i = 0; i < scores.size; i++) {
            list.add(new Candidate(index.units[scores.unit[i]], scores.name[i], scores.kind[i], scores.score[i]));
        }
        list.sort((a, b) -> a.getScore() != b.getScore() ? Integer.compare(b.getScore(), a.getScore())
                : ORDER.compare(a, b));
        Candidate best = list.get(0);
        boolean clear = list.size() == 1 || best.getScore() - list.get(1).getScore() >= Resolution.MARGIN;
        String reason = why;
        if (!clear) {
            int tied = 1;
            while (tied < list.size() && best.getScore() - list.get(tied).getScore() < Resolution.MARGIN) {
                tied++;
            }
            reason = tied + " candidates rank within " + Resolution.MARGIN + " points of each other; the text "
                    + "does not say which is meant";
        } else if (reason == null && best.getMatchKind() == MatchKind.APPROXIMATE) {
            reason = "approximate match: '" + text + "' read as '" + best.getMatchedName() + "' (same consonants)";
        } else if (reason == null && best.getMatchKind() == MatchKind.CONTAINING_AIMAK) {
            reason = "'" + best.getMatchedName() + "' is a village; the mention asks for the aiyl aimak containing it";
        } else if (reason == null && within >= 0 && best.getScore() < 60) {
            reason = "no unit of that name lies inside " + index.units[within] + "; the candidates lie elsewhere";
        }
        return new Resolution(text, clear ? ResolutionStatus.RESOLVED : ResolutionStatus.AMBIGUOUS, list, reason);
    }

    /** Between equal scores: populated places (cities, villages) before areas named after them, then coarser levels. */
    private static final java.util.Comparator<Candidate> ORDER = (a, b) -> isPlace(a) != isPlace(b)
            ? (isPlace(a) ? -1 : 1)
            : a.getUnit().getLevel() != b.getUnit().getLevel()
                    ? Integer.compare(a.getUnit().getLevel().getRank(), b.getUnit().getLevel().getRank())
                    : a.getRef().compareTo(b.getRef());

    /** Populated places (cities, villages) list before areas named after them when scores tie. */
    private static boolean isPlace(Candidate c) {
        UnitLevel level = c.getUnit().getLevel();
        return level == UnitLevel.CITY || level == UnitLevel.CITY_REPUBLICAN || level == UnitLevel.VILLAGE;
    }

    /** The best score per unit so far; a handful of units at most, so arrays and a linear search. */
    private static final class Scores {
        int size;
        int[] unit = new int[8];
        int[] score = new int[8];
        String[] name = new String[8];
        MatchKind[] kind = new MatchKind[8];

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
                unit = java.util.Arrays.copyOf(unit, size * 2);
                score = java.util.Arrays.copyOf(score, size * 2);
                name = java.util.Arrays.copyOf(name, size * 2);
                kind = java.util.Arrays.copyOf(kind, size * 2);
            }
            unit[size] = u;
            score[size] = s;
            name[size] = matched;
            kind[size] = k;
            size++;
        }

        int argmax() {
            int m = 0;
            for (int i = 1; i < size; i++) {
                if (score[i] > score[m]) {
                    m = i;
                }
            }
            return m;
        }

        int max() {
            return score[argmax()];
        }
    }
}
