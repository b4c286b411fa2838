package kg.kichi.cli.giving;

import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import kg.kichi.core.catalogue.Catalogue;
import kg.kichi.core.geo.AdministrativeUnit;
import kg.kichi.core.geo.Gazetteer;
import kg.kichi.core.geo.UnitRef;
import kg.kichi.core.validation.Violation;
import kg.kichi.json.giving360.Giving360Exporter;
import kg.kichi.json.giving360.MissingFieldsException;

/**
 * Exports with Kichi's {@link Giving360Exporter}; units given by SOATE code get the ISO 3166-2 code the
 * gazetteer gives the unit itself (first-level units only; nothing is rolled up or invented).
 */
public final class Giving360Adapter implements GivingExporter {
    private final Giving360Exporter exporter;

    /**
     * Creates the adapter.
     *
     * @param gazetteer where units' ISO 3166-2 codes are looked up
     */
    public Giving360Adapter(Gazetteer gazetteer) {
        this.exporter = Giving360Exporter.builder()
                .isoCodeResolver(unit -> gazetteer.find(unit).flatMap(Giving360Adapter::isoCode))
                .build();
    }

    private static Optional<String> isoCode(AdministrativeUnit unit) {
        return unit.getCode(UnitRef.ISO_3166_2).map(UnitRef::getCode);
    }

    @Override
    public GivingExport export(Catalogue catalogue) {
        try {
            return new GivingExport(Optional.of(exporter.toJson(catalogue)), List.of());
        } catch (MissingFieldsException missing) {
            Map<String, List<String>> fieldsByGrant = new LinkedHashMap<>();
            List<String> lines = new ArrayList<>();
            for (Violation v : missing.getViolations()) {
                Object grant = v.getArguments().get("grant");
                if (grant == null) {
                    lines.add(v.getMessage(Locale.ENGLISH));
                    continue;
                }
                String field = String.valueOf(v.getArguments().get("field"));
                if (MissingFieldsException.IMPRECISE.equals(v.getCode())) {
                    field += " (a full date is required, only " + v.getArguments().get("value") + " is stated)";
                }
                fieldsByGrant.computeIfAbsent(grant.toString(), k -> new ArrayList<>()).add(field);
            }
            fieldsByGrant.forEach((grant, fields) -> lines.add("grant " + grant
                    + ": missing required 360Giving fields: " + String.join(", ", fields)));
            return new GivingExport(Optional.empty(), lines);
        }
    }
}
