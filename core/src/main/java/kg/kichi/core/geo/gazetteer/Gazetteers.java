package kg.kichi.core.geo.gazetteer;

import java.io.InputStream;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import kg.kichi.core.geo.AdministrativeUnit;
import kg.kichi.core.geo.Gazetteer;
import kg.kichi.core.geo.resolve.LevelWords;

/**
 * The one way to obtain a {@link Gazetteer}: Kyrgyzstan's bundled one ({@link #kyrgyzstan()}), or one over
 * any country's units ({@link #of(Collection)}, {@link #readCsv(InputStream)}).
 */
public final class Gazetteers {
    private Gazetteers() {}

    /**
     * Kyrgyzstan's gazetteer, bundled as {@code kg/kichi/core/geo/gazetteer/kg/gazetteer.csv} (2,438 units: the
     * country, 7 oblasts, 2 cities of republican significance, 44 districts, 29 cities and towns, 453 aiyl
     * aimaks, 1,902 villages) with a {@code NOTICE} beside it listing its sources and licences.
     *
     * <p>First-level units carry ISO 3166-2 codes (KG-B, KG-C, KG-GB, KG-GO, KG-J, KG-N, KG-O, KG-T, KG-Y) and
     * SOATE codes; all others SOATE codes from a 2021 source, which predates the 2024–25 merger of aiyl
     * aimaks. The data is read once, on first use, into immutable indexes; every call returns that instance.
     * Mentions are read with {@link LevelWords#standard()}, the bundled Russian, Kyrgyz and Latin level
     * words and abbreviations ("р-н", "а/а", "обл.", "ш.", "district").
     *
     * @return Kyrgyzstan's gazetteer, shared
     * @throws java.io.UncheckedIOException on first use, if the bundled data cannot be read
     */
    public static Gazetteer kyrgyzstan() {
        return KyrgyzstanGazetteer.Holder.INSTANCE;
    }

    /**
     * Opens the CSV behind {@link #kyrgyzstan()}, for tools that read or measure the data itself;
     * {@code readCsv(kyrgyzstanCsv())} builds a fresh, equal gazetteer.
     *
     * @return the bundled CSV bytes; the caller closes the stream
     * @throws java.io.UncheckedIOException if the resource is missing
     */
    public static InputStream kyrgyzstanCsv() {
        return KyrgyzstanGazetteer.openData();
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
        return of(units, LevelWords.standard());
    }

    /**
     * A gazetteer over given units whose mentions are read with given level words (for a country whose
     * languages are not Kichi's Russian, Kyrgyz and English).
     *
     * @param units the units, in any order
     * @param words the level words ("district", "р-н", …)
     * @return the gazetteer, indexed
     * @throws kg.kichi.core.validation.InvalidModelException listing every missing parent, repeated code,
     *     cycle, or a missing or second country
     */
    public static Gazetteer of(Collection<AdministrativeUnit> units, LevelWords words) {
        return new IndexedGazetteer(List.copyOf(Objects.requireNonNull(units, "units")),
                Objects.requireNonNull(words, "words"));
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
