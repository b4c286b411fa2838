package kg.kichi.core.geo.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import kg.kichi.core.geo.UnitLevel;

/**
 * The last step of resolving a mention of one part: orders its scored candidates, best first, decides
 * whether the best leads by {@link Resolution#MARGIN} (resolved) or not (ambiguous), and says why in the
 * resolution's reason. Also holds {@link #ORDER}, the tie-break between candidates of equal scores, which
 * address readings share.
 *
 * <p>Invariants: the ranking reads only the scores and the units' levels and references, so the same
 * candidates always come out in the same order; it never drops a candidate. Stateless.
 */
final class CandidateRanking {
    private CandidateRanking() {}

    /**
     * Between equal scores: populated places (cities, villages) before areas named after them, then coarser
     * levels, then the reference, so that the order is total.
     */
    static final Comparator<Candidate> ORDER = (a, b) -> isPlace(a) != isPlace(b)
            ? (isPlace(a) ? -1 : 1)
            : a.getUnit().getLevel() != b.getUnit().getLevel()
                    ? Integer.compare(a.getUnit().getLevel().getRank(), b.getUnit().getLevel().getRank())
                    : a.getRef().compareTo(b.getRef());

    /**
     * Ranks the candidates of one mention.
     *
     * @param index the units the scores point into
     * @param text the mention as written
     * @param scores at least one candidate
     * @param within the index of the unit the mention stands under, or −1 for none
     * @param why what scoring said of the candidates (see {@link MentionScorer#score}), or null
     * @return a resolved or ambiguous resolution listing every candidate
     */
    static Resolution rank(NameIndex index, String text, CandidateScores scores, int within, String why) {
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

    /** Populated places (cities, villages) list before areas named after them when scores tie. */
    private static boolean isPlace(Candidate c) {
        UnitLevel level = c.getUnit().getLevel();
        return level == UnitLevel.CITY || level == UnitLevel.CITY_REPUBLICAN || level == UnitLevel.VILLAGE;
    }
}
