package kg.kichi.core.geo.resolve;

import java.util.Objects;
import kg.kichi.core.geo.AdministrativeUnit;
import kg.kichi.core.geo.UnitRef;

/**
 * A unit a mention may refer to: the unit, the name of it that matched, how it matched, and a confidence
 * from 0 to 1.
 */
public final class Candidate {
    private final AdministrativeUnit unit;
    private final String matchedName;
    private final MatchKind matchKind;
    private final int score;

    Candidate(AdministrativeUnit unit, String matchedName, MatchKind matchKind, int score) {
        this.unit = unit;
        this.matchedName = matchedName;
        this.matchKind = matchKind;
        this.score = score;
    }

    /** @return the unit */
    public AdministrativeUnit getUnit() {
        return unit;
    }

    /** @return the unit's main code */
    public UnitRef getRef() {
        return unit.getRef();
    }

    /** @return the unit's name or alias that matched, as written in the data */
    public String getMatchedName() {
        return matchedName;
    }

    /** @return how the mention matched */
    public MatchKind getMatchKind() {
        return matchKind;
    }

    /**
     * The ranking score: the match kind's score, plus 15 when the mention's type words name the unit's
     * level, minus 50 when outside the unit the mention stands under, and small tie-breakers.
     *
     * @return the score; higher ranks first
     */
    public int getScore() {
        return score;
    }

    /** @return the score scaled to 0..1 */
    public double getConfidence() {
        return Math.max(0, Math.min(100, score)) / 100.0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Candidate c && unit.getRef().equals(c.unit.getRef()) && matchedName.equals(c.matchedName)
                && matchKind == c.matchKind && score == c.score;
    }

    @Override
    public int hashCode() {
        return Objects.hash(unit.getRef(), matchedName, matchKind, score);
    }

    /** @return unit, matched name, kind and score */
    @Override
    public String toString() {
        return unit + " via '" + matchedName + "' " + matchKind + " " + score;
    }
}
