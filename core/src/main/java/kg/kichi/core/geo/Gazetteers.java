package kg.kichi.core.geo;

import java.io.InputStream;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/** Ways to obtain a {@link Gazetteer}: Kyrgyzstan's bundled one, or one over any country's units. */
public final class Gazetteers {
    private Gazetteers() {}

    /** @return Kyrgyzstan's gazetteer, shared, loaded once */
    public static Gazetteer kyrgyzstan() {
        return KyrgyzstanGazetteer.instance();
    }

    /**
     * A gazetteer over given units: one country, every parent present, no code twice.
     *
     * @param units the units, in any order
     * @return the gazetteer, indexed
     * @throws kg.kichi.core.validation.InvalidModelException listing every missing parent, repeated code,
     *     cycle, or a missing or second country
     */
    public static Gazetteer of(Collection<AdministrativeUnit> units) {
        return new IndexedGazetteer(List.copyOf(Objects.requireNonNull(units, "units")));
    }

    /**
     * Reads units in Kichi's gazetteer CSV format (the format of the bundled Kyrgyz data: columns
     * {@code level, code_iso, code_soate, code_kichi, parent_soate} or {@code parent, name_en, name_ru,
     * name_ky, aliases, derived_aliases, dated_names, validity, source, knowledge_check, unit_type, notes}) and
     * indexes them. The stream is closed. A bad row's violations are placed at {@code rows[r]}, the header
     * being row 0.
     *
     * @param csv UTF-8 CSV with a header row
     * @return the gazetteer
     * @throws java.io.UncheckedIOException if the stream cannot be read
     * @throws kg.kichi.core.validation.InvalidModelException if a row or the whole is invalid
     */
    public static Gazetteer readCsv(InputStream csv) {
        return of(GazetteerCsv.read(Objects.requireNonNull(csv, "csv")));
    }
}
