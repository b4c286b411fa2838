/**
 * Gazetteers and their data. {@link kg.kichi.core.geo.gazetteer.Gazetteers} is the one entry point:
 * {@link kg.kichi.core.geo.gazetteer.Gazetteers#kyrgyzstan()} for the bundled Kyrgyz gazetteer,
 * {@link kg.kichi.core.geo.gazetteer.Gazetteers#of(java.util.Collection)} and
 * {@link kg.kichi.core.geo.gazetteer.Gazetteers#readCsv(java.io.InputStream)} for any country's units.
 *
 * <h2>Data and its sources</h2>
 * The bundled {@code kg/gazetteer.csv} (beside this package's classes) is read once. Its facts come from an
 * unofficial 2021 seed of the SOATE classifier (codes, Russian names, hierarchy), a client of the National
 * Statistical Committee's service (Kyrgyz names), Debian iso-codes via pycountry (ISO 3166-2, LGPL-2.1),
 * Wikipedia (CC BY-SA 4.0), GeoNames (CC BY 4.0), press reports of renames, and, for 46 rows, general
 * knowledge, checked and marked. Each unit keeps its per-field {@code source}; the {@code NOTICE} beside the
 * data lists the sources and licences. The 2024–25 merger of aiyl aimaks is not in the data. Names may carry
 * validity periods (Jalal-Abad city, renamed Manas on 2025-09-17).
 */
package kg.kichi.core.geo.gazetteer;
