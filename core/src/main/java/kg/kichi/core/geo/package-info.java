/**
 * Geography: administrative units, gazetteers, resolution of place mentions, and regional coverage.
 *
 * <h2>Levels</h2>
 * {@link kg.kichi.core.geo.UnitLevel} is the closed list of levels: country; first-level units, which are
 * the regions (oblasts) and the cities of republican significance (Bishkek, Osh); districts (районы, including
 * the four city districts of Bishkek); cities and towns; rural municipalities (aiyl aimaks, айыл аймагы);
 * villages; and city sub-divisions (МТУ/ЖАБ). Places themselves are data, held by a
 * {@link kg.kichi.core.geo.Gazetteer}, and referred to by {@link kg.kichi.core.geo.UnitRef}: ISO 3166-2 for
 * first-level units, SOATE (Kyrgyzstan's classifier of administrative-territorial units) for all units the
 * source codes, else a stable {@code kichi:} code.
 *
 * <h2>Data and its sources</h2>
 * {@link kg.kichi.core.geo.Gazetteers#kyrgyzstan()} reads the bundled {@code kg/gazetteer.csv} once. Its facts
 * come from an unofficial 2021 seed of the SOATE classifier (codes, Russian names, hierarchy), a client of the
 * National Statistical Committee's service (Kyrgyz names), Debian iso-codes via pycountry (ISO 3166-2,
 * LGPL-2.1), Wikipedia (CC BY-SA 4.0), GeoNames (CC BY 4.0), press reports of renames, and, for 46 rows,
 * general knowledge, checked and marked. Each unit keeps its per-field {@code source}; the {@code NOTICE}
 * beside the data lists the sources and licences. The 2024–25 merger of aiyl aimaks is not in the data.
 * Names may carry validity periods (Jalal-Abad city, renamed Manas on 2025-09-17).
 *
 * <h2>Resolution</h2>
 * {@link kg.kichi.core.geo.Gazetteer#resolve(String, UnitRef, java.time.LocalDate)} folds a mention with
 * {@link kg.kichi.core.geo.NameNormalizer} (scripts, Kyrgyz letters, transliterations, Russian adjective
 * endings), strips type words and abbreviations ("г.", "облусу", "АА", "v.", "district"), uses them as level
 * hints, and returns a {@link kg.kichi.core.geo.Resolution}: ranked candidates, never a silent guess.
 * Between units that share a name, a type word decides ("Түп айыл аймагы"); an English "v."/"village", which
 * translates Kyrgyz "айыл" and so stands for aiyl aimaks as often as villages, favours the aiyl aimak; and a
 * bare name, without any type word, is read as the unit that contains the others tied with it (Кыргызстан the
 * country, not the villages of that name; Түп the district holding the village Түп). Units side by side
 * (two aiyl aimaks Жаңы-Жол in one oblast; the city, district and a village Талас) stay ambiguous. The
 * rules, with their points, are listed on the package-private {@code Resolver}.
 *
 * <h2>Coverage</h2>
 * {@link kg.kichi.core.geo.RegionalCoverage} says where something happens: not stated, nationwide, or units
 * with optional shares. {@link kg.kichi.core.geo.CoverageOperations} adds containment, roll-up, union and
 * intersection, and documents how "not stated" and "nationwide" combine;
 * {@link kg.kichi.core.geo.MentionCoverage} builds a coverage from text mentions, reporting every mention it
 * could not resolve.
 */
package kg.kichi.core.geo;
