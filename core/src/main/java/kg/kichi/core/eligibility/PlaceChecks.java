package kg.kichi.core.eligibility;

import static kg.kichi.core.eligibility.Checks.fail;
import static kg.kichi.core.eligibility.Checks.pass;
import static kg.kichi.core.eligibility.Checks.result;
import static kg.kichi.core.eligibility.Checks.unknown;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kg.kichi.core.geo.Gazetteer;
import kg.kichi.core.geo.RegionalCoverage;
import kg.kichi.core.geo.UnitRef;

/**
 * The check of the {@linkplain RuleCategory#PLACE place} category, and the "within an area" test the lead's seat
 * shares with it. Places are compared through the screening's {@link Gazetteer} and its roll-up (work in Kara-Köl
 * city counts as Jalal-Abad region); "nationwide" lies inside no single region; a unit the gazetteer cannot place
 * is unknown, never inside or outside.
 */
final class PlaceChecks {
    private PlaceChecks() {}

    static RuleResult coverage(Rule rule, Facts f) {
        RegionalCoverage coverage = f.application.getCoverage();
        RegionalCoverage area = rule.getArea().get();
        if (coverage.isNotStated()) {
            return unknown(rule, "coverage");
        }
        if (coverage.isNationwide()) {
            boolean ok = area.isNationwide() && area.getCountry().equals(coverage.getCountry());
            return result(rule, ok, coverage, "coverage");
        }
        List<UnitRef> outside = null;
        List<String> unplaced = null;
        List<UnitRef> units = coverage.getUnitRefs();
        for (int i = 0; i < units.size(); i++) {
            Optional<Boolean> in = within(f.screening, units.get(i), area);
            if (in.isEmpty()) {
                unplaced = unplaced == null ? new ArrayList<>() : unplaced;
                unplaced.add("coverage.units[" + i + "]");
            } else if (!in.get()) {
                outside = outside == null ? new ArrayList<>() : outside;
                outside.add(units.get(i));
            }
        }
        if (outside != null) {
            return fail(rule, new Places(outside, f.screening), "coverage");
        }
        Places actual = new Places(units, f.screening);
        if (unplaced != null) {
            return unknown(rule, actual, "coverage", unplaced);
        }
        return pass(rule, actual, "coverage");
    }

    /** Units as the officer reads them, rendered only when asked: {@code Kara-Köl (Jalal-Abad Region); Naryn Region}. */
    private record Places(List<UnitRef> units, Screening screening) {
        @Override
        public String toString() {
            StringBuilder s = new StringBuilder();
            for (UnitRef u : units) {
                s.append(s.length() == 0 ? "" : "; ").append(screening.place(u));
            }
            return s.toString();
        }
    }

    /** Whether a unit lies within an area, by the gazetteer; empty when the gazetteer cannot place the unit. */
    static Optional<Boolean> within(Screening screening, UnitRef unit, RegionalCoverage area) {
        Gazetteer gazetteer = screening.gazetteer();
        if (gazetteer.find(unit).isEmpty()) {
            if (UnitRef.ISO_3166_1.equals(unit.getScheme())) { // another country is outside any area of this one
                return Optional.of(area.isNationwide() && area.getCountry().orElse("").equals(unit.getCode()));
            }
            return Optional.empty();
        }
        if (area.isNationwide()) {
            return Optional.of(area.getCountry().orElse("").equals(screening.countryCode()));
        }
        for (UnitRef u : area.getUnitRefs()) {
            if (gazetteer.find(u).isPresent() && gazetteer.isWithin(unit, u)) {
                return Optional.of(true);
            }
        }
        return Optional.of(false);
    }
}
