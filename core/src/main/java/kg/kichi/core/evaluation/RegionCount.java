package kg.kichi.core.evaluation;

import java.util.Optional;
import kg.kichi.core.geo.UnitRef;

/** The grants selected in one first-level unit against its quota. */
public final class RegionCount {
    private final UnitRef unit;
    private final int min;
    private final Integer max;
    private final int selected;
    private final int passing;

    RegionCount(UnitRef unit, int min, Integer max, int selected, int passing) {
        this.unit = unit;
        this.min = min;
        this.max = max;
        this.selected = selected;
        this.passing = passing;
    }

    /** @return the unit, by the gazetteer's own code for it */
    public UnitRef getUnit() {
        return unit;
    }

    /** @return the quota's minimum */
    public int getMin() {
        return min;
    }

    /** @return the quota's maximum, when capped */
    public Optional<Integer> getMax() {
        return Optional.ofNullable(max);
    }

    /** @return the number selected */
    public int getSelected() {
        return selected;
    }

    /** @return the number of passing applications that count toward the unit */
    public int getPassing() {
        return passing;
    }

    /** @return whether the minimum is met */
    public boolean isMinimumMet() {
        return selected >= min;
    }

    @Override
    public String toString() {
        return unit + " " + selected + " [" + min + ", " + (max == null ? "" : max) + "]";
    }
}
