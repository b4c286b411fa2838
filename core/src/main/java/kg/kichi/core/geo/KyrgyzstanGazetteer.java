package kg.kichi.core.geo;

import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Kyrgyzstan's gazetteer, bundled as {@code kg/kichi/core/geo/kg/gazetteer.csv} (2,438 units: the country,
 * 7 oblasts, 2 cities of republican significance, 44 districts, 29 cities and towns, 453 aiyl aimaks,
 * 1,902 villages) with a {@code NOTICE} beside it listing its sources and licences.
 *
 * <p>First-level units carry ISO 3166-2 codes (KG-B, KG-C, KG-GB, KG-GO, KG-J, KG-N, KG-O, KG-T, KG-Y) and
 * SOATE codes; all others SOATE codes from a 2021 source, which predates the 2024–25 merger of aiyl aimaks.
 * The data is read once, on first use, into immutable indexes.
 */
public final class KyrgyzstanGazetteer {
    /** The data resource, relative to this class's package. */
    static final String RESOURCE = "kg/gazetteer.csv";

    private KyrgyzstanGazetteer() {}

    /** @return the shared gazetteer, loaded on first use */
    public static Gazetteer instance() {
        return Holder.INSTANCE;
    }

    /**
     * Reads the bundled data again into a new gazetteer; {@link #instance()} is what applications want.
     *
     * @return a fresh gazetteer
     * @throws UncheckedIOException if the bundled data cannot be read
     */
    public static Gazetteer load() {
        return Gazetteers.readCsv(openData());
    }

    /**
     * Opens the bundled data.
     *
     * @return the CSV bytes
     * @throws UncheckedIOException if the resource is missing
     */
    public static InputStream openData() {
        InputStream in = KyrgyzstanGazetteer.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new UncheckedIOException(new java.io.FileNotFoundException(RESOURCE + " not found beside "
                    + KyrgyzstanGazetteer.class.getName()));
        }
        return in;
    }

    private static final class Holder {
        static final Gazetteer INSTANCE = load();
    }
}
