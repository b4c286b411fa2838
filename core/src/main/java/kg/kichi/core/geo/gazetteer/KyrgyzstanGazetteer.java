package kg.kichi.core.geo.gazetteer;

import java.io.FileNotFoundException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import kg.kichi.core.geo.Gazetteer;

/**
 * Holds Kyrgyzstan's bundled gazetteer; callers go through {@link Gazetteers#kyrgyzstan()}, the one entry
 * point, which documents the data.
 */
final class KyrgyzstanGazetteer {
    /** The data resource, relative to this class's package. */
    static final String RESOURCE = "kg/gazetteer.csv";

    private KyrgyzstanGazetteer() {}

    static InputStream openData() {
        InputStream in = KyrgyzstanGazetteer.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new UncheckedIOException(new FileNotFoundException(RESOURCE + " not found beside "
                    + KyrgyzstanGazetteer.class.getName()));
        }
        return in;
    }

    /** Loaded on first use (the holder idiom), so that code not using geography never reads the data. */
    static final class Holder {
        static final Gazetteer INSTANCE = Gazetteers.readCsv(openData());

        private Holder() {}
    }
}
