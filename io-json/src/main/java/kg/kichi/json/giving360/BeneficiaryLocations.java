package kg.kichi.json.giving360;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import kg.kichi.core.geo.AdministrativeUnit;
import kg.kichi.core.geo.Gazetteer;
import kg.kichi.core.geo.RegionalCoverage;
import kg.kichi.core.geo.UnitRef;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Maps a Kichi coverage to 360Giving {@code beneficiaryLocation} entries and a {@code locationScope}. */
final class BeneficiaryLocations {
    /** SOATE codes are 14 digits: 417, then 2 for the oblast, 3 district, 3 municipality, 3 village. */
    private static final int SOATE_LENGTH = 14;
    private static final String SOATE_KYRGYZSTAN = "417";

    private final Function<UnitRef, Optional<String>> isoCodes;
    private final Gazetteer gazetteer;
    private final List<String> languages;

    /**
     * @param isoCodes the ISO 3166-2 code of a unit
     * @param gazetteer names and levels of units, or null
     * @param languages the languages of names, most wanted first
     */
    BeneficiaryLocations(Function<UnitRef, Optional<String>> isoCodes, Gazetteer gazetteer, List<String> languages) {
        this.isoCodes = isoCodes;
        this.gazetteer = gazetteer;
        this.languages = languages;
    }

    BeneficiaryLocations(Function<UnitRef, Optional<String>> isoCodes) {
        this(isoCodes, null, List.of("en"));
    }

    /**
     * @param coverage a stated coverage
     * @return one location per unit, or one for the country when nationwide; for every unit of a level (all
     *     oblasts), one per unit when a gazetteer lists them, else none (never the whole country); empty when not
     *     stated
     */
    ArrayNode locations(RegionalCoverage coverage) {
        ArrayNode locations = JsonNodeFactory.instance.arrayNode();
        if (coverage.isAllOfLevel()) {
            if (gazetteer != null && gazetteer.getCountry().getCode(UnitRef.ISO_3166_1).map(UnitRef::getCode)
                    .filter(coverage.getCountry().orElseThrow()::equals).isPresent()) {
                for (AdministrativeUnit unit : gazetteer.getUnitsAt(coverage.getLevel().orElseThrow())) {
                    locations.add(location(unit.getCode(UnitRef.ISO_3166_2).orElse(unit.getRef())));
                }
            }
        } else if (coverage.isNationwide()) {
            String country = coverage.getCountry().orElseThrow();
            locations.addObject().put("id", country).put("countryCode", country);
        } else {
            for (UnitRef unit : coverage.getUnitRefs()) {
                locations.add(location(unit));
            }
        }
        return locations;
    }

    private ObjectNode location(UnitRef unit) {
        ObjectNode location = JsonNodeFactory.instance.objectNode().put("id", unit.toString());
        find(unit).map(this::name).ifPresent(name -> location.put("name", name));
        Optional<String> iso = isoCodes.apply(unit);
        Optional<String> country = iso.map(code -> code.substring(0, 2))
                .or(() -> unit.getScheme().equals(UnitRef.SOATE) && unit.getCode().startsWith(SOATE_KYRGYZSTAN)
                        ? Optional.of("KG") : Optional.empty());
        country.ifPresent(c -> location.put("countryCode", c));
        iso.ifPresent(code -> location.put("geoCode", code));
        return location;
    }

    private Optional<AdministrativeUnit> find(UnitRef unit) {
        return gazetteer == null ? Optional.empty() : gazetteer.find(unit);
    }

    private String name(AdministrativeUnit unit) {
        return languages.stream().map(unit::getName).flatMap(Optional::stream).findFirst()
                .orElseGet(unit::getDisplayName);
    }

    /**
     * The broadest scope among the units: nationwide is national; a unit the gazetteer knows has the scope of
     * its level (rank 1 a region, 2 a district, finer a local area); otherwise an ISO 3166-2 unit is a first-level
     * region and a SOATE unit is read from its code's structure; units of other schemes say nothing.
     *
     * @param coverage a coverage
     * @return the 360Giving scope, empty when not stated or unknown
     */
    Optional<LocationScope> scope(RegionalCoverage coverage) {
        if (coverage.isNationwide()) {
            return Optional.of(LocationScope.NATIONAL);
        }
        if (coverage.isAllOfLevel()) {
            int rank = coverage.getLevel().orElseThrow().getRank();
            return Optional.of(rank == 1 ? LocationScope.SUBNATIONAL_REGION
                    : rank == 2 ? LocationScope.LOCAL_AUTHORITY : LocationScope.LOCAL_AREA);
        }
        return coverage.getUnitRefs().stream().map(this::scope).flatMap(Optional::stream).min(Enum::compareTo);
    }

    private Optional<LocationScope> scope(UnitRef unit) {
        Optional<AdministrativeUnit> known = find(unit);
        if (known.isPresent()) {
            int rank = known.get().getLevel().getRank();
            return Optional.of(rank == 0 ? LocationScope.NATIONAL : rank == 1 ? LocationScope.SUBNATIONAL_REGION
                    : rank == 2 ? LocationScope.LOCAL_AUTHORITY : LocationScope.LOCAL_AREA);
        }
        if (unit.getScheme().equals(UnitRef.ISO_3166_2)) {
            return Optional.of(LocationScope.SUBNATIONAL_REGION);
        }
        String code = unit.getCode();
        if (!unit.getScheme().equals(UnitRef.SOATE) || code.length() != SOATE_LENGTH || !code.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        if (isZeros(code, 5)) {
            return Optional.of(LocationScope.SUBNATIONAL_REGION);
        }
        return Optional.of(isZeros(code, 8) ? LocationScope.LOCAL_AUTHORITY : LocationScope.LOCAL_AREA);
    }

    private static boolean isZeros(String code, int from) {
        return code.substring(from).chars().allMatch(c -> c == '0');
    }
}
