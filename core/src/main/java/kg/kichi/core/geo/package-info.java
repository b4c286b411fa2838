/**
 * Geography: administrative units, the {@link kg.kichi.core.geo.Gazetteer} contract, and regional coverage.
 *
 * <p>Three packages, one concern each: this one holds the vocabulary (units, codes, levels, names, coverage);
 * {@link kg.kichi.core.geo.gazetteer} the gazetteers and their data, with {@link
 * kg.kichi.core.geo.gazetteer.Gazetteers} the one entry point (Kyrgyzstan's bundled gazetteer is
 * {@link kg.kichi.core.geo.gazetteer.Gazetteers#kyrgyzstan()}); {@link kg.kichi.core.geo.resolve} the
 * resolution of free-text place mentions.
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
 * <h2>Coverage</h2>
 * {@link kg.kichi.core.geo.RegionalCoverage} says where something happens: not stated, nationwide, or units
 * with optional shares. {@link kg.kichi.core.geo.CoverageOperations} adds containment, roll-up, union and
 * intersection, and documents how "not stated" and "nationwide" combine;
 * {@link kg.kichi.core.geo.resolve.MentionCoverage} builds a coverage from text mentions, reporting every
 * mention it could not resolve.
 */
package kg.kichi.core.geo;
