package kg.kichi.core.geo;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/** One unit of a {@link RegionalCoverage}, with the share of the whole it takes when the source states one. */
public final class UnitShare {
    private final UnitRef unit;
    private final BigDecimal percent;

    UnitShare(UnitRef unit, BigDecimal percent) {
        this.unit = unit;
        this.percent = percent;
    }

    /** @return the unit */
    public UnitRef getUnit() {
        return unit;
    }

    /** @return the share in percent, above 0 and at most 100, when stated */
    public Optional<BigDecimal> getPercent() {
        return Optional.ofNullable(percent);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UnitShare s && unit.equals(s.unit) && Objects.equals(percent, s.percent);
    }

    @Override
    public int hashCode() {
        return Objects.hash(unit, percent);
    }

    @Override
    public String toString() {
        return percent == null ? unit.toString() : unit + "=" + percent.toPlainString() + "%";
    }
}
