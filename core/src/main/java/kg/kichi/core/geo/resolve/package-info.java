/**
 * Resolution of free-text place mentions against a {@link kg.kichi.core.geo.Gazetteer}.
 *
 * <p>{@link kg.kichi.core.geo.Gazetteer#resolve(String, kg.kichi.core.geo.UnitRef, java.time.LocalDate)}
 * folds a mention with {@link kg.kichi.core.geo.resolve.NameNormalizer} (scripts, Kyrgyz letters,
 * transliterations, Russian adjective endings), strips type words and abbreviations ("г.", "облусу", "АА",
 * "v.", "district"), uses them as level hints, and returns a {@link kg.kichi.core.geo.resolve.Resolution}:
 * ranked candidates, never a silent guess. Between units that share a name, a type word decides ("Түп айыл
 * аймагы"); an English "v."/"village", which translates Kyrgyz "айыл" and so stands for aiyl aimaks as often
 * as villages, favours the aiyl aimak; and a bare name, without any type word, is read as the unit that
 * contains the others tied with it (Кыргызстан the country, not the villages of that name; Түп the district
 * holding the village Түп). Units side by side (two aiyl aimaks Жаңы-Жол in one oblast; the city, district
 * and a village Талас) stay ambiguous. The rules, with their points, are listed on
 * {@link kg.kichi.core.geo.resolve.Resolver}, which any gazetteer implementation can delegate to.
 *
 * <p>{@link kg.kichi.core.geo.resolve.MentionSplitter} splits a field listing several places;
 * {@link kg.kichi.core.geo.resolve.MentionCoverage} turns mentions into a coverage.
 */
package kg.kichi.core.geo.resolve;
