package kg.kichi.core.geo.resolve;

import java.time.LocalDate;
import java.util.stream.IntStream;
import kg.kichi.core.geo.AdministrativeUnit;
import kg.kichi.core.geo.UnitLevel;

/**
 * Finds and scores the candidates of one mention, or of one part of an address: the units whose names match
 * the mention's key (exactly, by adjective stem, by base name, or, when nothing else matches, by consonants
 * alone), then the points the rules listed on {@link Resolver} add or take away (level words, the aiyl aimak
 * holding a named village, seats, the heading the mention stands under, the village rule and the containment
 * rule). A numbered city sub-division (МТУ-1) matches the cities that have such sub-divisions instead.
 *
 * <p>Invariants: scoring reads only the mention, the index and the day; the candidates come out in the
 * order the index lists their names, so ties are broken the same way every time. Immutable and thread-safe.
 */
final class MentionScorer {
    private final NameIndex index;
    /** Cities of republican or oblast significance: the ones with numbered sub-divisions (МТУ). */
    private final int[] subdividedCities;

    MentionScorer(NameIndex index) {
        this.index = index;
        this.subdividedCities = IntStream.range(0, index.units.length).filter(u -> {
            UnitLevel level = index.units[u].getLevel();
            int p = index.parent[u];
            return level == UnitLevel.CITY_REPUBLICAN
                    || level == UnitLevel.CITY && p >= 0 && index.units[p].getLevel() == UnitLevel.REGION;
        }).toArray();
    }

    /**
     * Resolves a mention of one part: its candidates scored, then ranked.
     *
     * @param within the index of the unit the mention stands under, or −1 for none
     */
    Resolution single(String text, Mention m, int within, LocalDate asOf) {
        CandidateScores scores = new CandidateScores();
        String why = score(text, m, within, asOf, scores);
        if (scores.size == 0) {
            return Resolution.unknown(text, why);
        }
        return CandidateRanking.rank(index, text, scores, within, why);
    }

    /**
     * Scores the candidates of one mention (or one part of an address) into {@code scores}.
     *
     * @return why the candidates are what they are (a containment, a city sub-division), or, when
     *     {@code scores} stays empty, why there is none; null for a plain match
     */
    String score(String text, Mention m, int within, LocalDate asOf, CandidateScores scores) {
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
            int s = scores.score[i] + bonus + (index.seat[u] ? 2 : 0)
                    - (namesLevel && bonus == 0 ? Resolver.LEVEL_MISMATCH : 0);
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
     * Offers the units of the matching names, each at the score of its kind of match capped at {@code cap}'s
     * (a name found through the mention's stem or base is no better than a stem or base match), less 5 when
     * the mention and the name split into a different number of words.
     */
    private void collect(CandidateScores scores, NameIndex.Entry[] entries, MatchKind cap, Mention m,
            LocalDate asOf) {
        for (NameIndex.Entry e : entries) {
            if (index.usable(e, asOf)) {
                MatchKind kind = cap == null || e.kind().getScore() <= cap.getScore() ? e.kind() : cap;
                int split = e.parts() == m.parts ? 0 : 5;
                scores.offer(e.unit(), kind.getScore() - split, e.name().getText(), kind);
            }
        }
    }

    /** When the mention asks for an aiyl aimak and names a village, the aiyl aimak holding the village. */
    private void promoteAimaks(CandidateScores scores, LocalDate asOf) {
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

    private String subdivision(String text, int within, LocalDate asOf, CandidateScores scores) {
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

    /**
     * The containment rule: when the mention carries no type word and one of the candidates within
     * {@link Resolution#MARGIN} of the best contains all the others there, it earns
     * {@link Resolver#CONTAINER_BONUS}. A linear scan over a handful of candidates; no allocation.
     *
     * @return whether a candidate earned the bonus
     */
    private boolean favourContainer(CandidateScores scores) {
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
                scores.score[i] += Resolver.CONTAINER_BONUS;
                return true;
            }
        }
        return false;
    }

    /**
     * The village rule: under a Russian or Kyrgyz village word ("с. Тюп", "Тюп айылы"), a village tied with
     * the aiyl aimak it lies in is the one meant, and earns {@link Resolver#CONTAINER_BONUS}: the word may
     * stand for an aiyl aimak only when no village of the name lies in it.
     */
    private void favourVillage(CandidateScores scores) {
        int top = scores.max();
        for (int i = 0; i < scores.size; i++) {
            int u = scores.unit[i];
            if (top - scores.score[i] >= Resolution.MARGIN || index.units[u].getLevel() != UnitLevel.VILLAGE) {
                continue;
            }
            for (int j = 0; j < scores.size; j++) {
                if (scores.unit[j] == index.parent[u] && top - scores.score[j] < Resolution.MARGIN) {
                    scores.score[i] += Resolver.CONTAINER_BONUS;
                    return;
                }
            }
        }
    }

    private boolean containsOthers(CandidateScores scores, int i, int top) {
        for (int j = 0; j < scores.size; j++) {
            boolean tied = top - scores.score[j] < Resolution.MARGIN;
            if (j != i && tied && !index.isWithin(scores.unit[j], scores.unit[i])) {
                return false;
            }
        }
        return true;
    }
}
