package kg.kichi.core.geo.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 *   <li>+2 for a village that gives its name to its aiyl aimak (its seat), a tie-breaker only;</li>
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
 * <p>A {@link kg.kichi.core.geo.Gazetteer} implementation obtains one with {@link #of(List)} and delegates
 * its {@code resolve} methods to it. Immutable and thread-safe.
 */
public final class Resolver {
    /**
     * What the containment rule gives the candidate containing all others tied with it: more than
     * {@link Resolution#MARGIN} above the gap of less than a margin it may trail by, so that it then leads.
     */
    static final int CONTAINER_BONUS = 10;

    private final NameIndex index;
    private final Map<UnitRef, Integer> byRef;
    /** Cities of republican or oblast significance: the ones with numbered sub-divisions (МТУ). */
    private final int[] subdividedCities;

    /**
     * Indexes the names of a gazetteer's units.
     *
     * @param units every unit of one gazetteer, each unit's parent among them (as {@link
     *     kg.kichi.core.geo.Gazetteer#getUnits()} returns them)
     * @return a resolver over those units
     * @throws IllegalArgumentException naming the unit whose parent is not among {@code units}
     */
    public static Resolver of(List<AdministrativeUnit> units) {
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
        return new Resolver(new NameIndex(all, parent), byRef);
    }

    private Resolver(NameIndex index, Map<UnitRef, Integer> byRef) {
        this.index = index;
        this.byRef = byRef;
        this.subdividedCities = java.util.stream.IntStream.range(0, index.units.length).filter(u -> {
            UnitLevel level = index.units[u].getLevel();
            int p = index.parent[u];
            return level == UnitLevel.CITY_REPUBLICAN
                    || level == UnitLevel.CITY && p >= 0 && index.units[p].getLevel() == UnitLevel.REGION;
        }).toArray();
    }

    /**
     * Resolves a place mention; see {@link kg.kichi.core.geo.Gazetteer#resolve(String, UnitRef, LocalDate)}.
     *
     * @param text the mention
     * @param within the unit the mention stands under, or null for none
     * @param asOf the day the text speaks of, or null for any time
     * @return the ranked candidates
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
        return resolve(text, w, asOf);
    }

    private Resolution resolve(String text, int within, LocalDate asOf) {
        if (text == null || text.isBlank()) {
            return Resolution.unknown(String.valueOf(text), "the mention is empty");
        }
        Mention m = Mention.parse(text);
        Scores scores = new Scores();
        if (m.numbered) {
            return subdivision(text, m, within, asOf, scores);
        }
        if (m.key.isEmpty()) {
            return Resolution.unknown(text, "the mention holds no place name, only type words or punctuation");
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
            return Resolution.unknown(text, "no unit is named '" + text + "'"
                    + (asOf == null ? "" : " in names in use on " + asOf));
        }
        if (m.asksForAimak()) {
            promoteAimaks(scores, asOf);
        }
        for (int i = 0; i < scores.size; i++) {
            int u = scores.unit[i];
            int s = scores.score[i] + m.bonus(index.units[u].getLevel()) + (index.seat[u] ? 2 : 0);
            if (within >= 0) {
                s += u == within ? -5 : index.isWithin(u, within) ? 0 : -50;
            }
            scores.score[i] = s;
        }
        String why = m.typeWords == 0 && favourContainer(scores)
                ? "'" + text + "' names several units, one containing the others; a bare name is read as that one"
                : null;
        return rank(text, scores, within, why);
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

    private Resolution subdivision(String text, Mention m, int within, LocalDate asOf, Scores scores) {
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
        if (scores.size == 0) {
            return Resolution.unknown(text, why + ", and there is none");
        }
        return rank(text, scores, within, why);
    }

    private Resolution rank(String text, Scores scores, int within, String why) {
        List<Candidate> list = new ArrayList<>(scores.size);
        for (int i = 0; i < scores.size; i++) {
            list.add(new Candidate(index.units[scores.unit[i]], scores.name[i], scores.kind[i], scores.score[i]));
        }
        list.sort((a, b) -> a.getScore() != b.getScore() ? Integer.compare(b.getScore(), a.getScore())
                : isPlace(a) != isPlace(b) ? (isPlace(a) ? -1 : 1)
                : a.getUnit().getLevel() != b.getUnit().getLevel()
                        ? Integer.compare(a.getUnit().getLevel().getRank(), b.getUnit().getLevel().getRank())
                        : a.getRef().compareTo(b.getRef()));
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
    }
}
