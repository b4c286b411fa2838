package kg.kichi.core.geo.resolve;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import kg.kichi.core.geo.AdministrativeUnit;
import kg.kichi.core.geo.UnitRef;
import kg.kichi.core.geo.UnknownUnitException;

/**
 * Resolves one mention against a {@link NameIndex}. Ranking, in points:
 * <ul>
 *   <li>the match: {@link MatchKind#getScore()} (name 100, alias or derived name 95, adjective stem 85, …),
 *       less 5 when the mention and the name split into a different number of words ("Каракол" against
 *       "Кара-Көл", which fold alike);</li>
 *   <li>+15 when the mention's type words name the candidate's level ("облусу" a region, "АА" an aiyl aimak,
 *       "г." a city); a loose "с."/"а." (village) gives villages +10 and aiyl aimaks +15, since the sources
 *       also write "village" for an aiyl aimak; an English "v."/"village" gives villages only +5, since the
 *       English texts translate Kyrgyz "айыл", used for aiyl aimaks throughout ({@link Mention#bonus});</li>
 *   <li>when the mention asks for an aiyl aimak and names a village, the aiyl aimak containing the village
 *       is a candidate 10 points below the village ("Покровка айыл аймагы");</li>
 *   <li>−{@value #LEVEL_MISMATCH} for a candidate of a level the mention's level words do not name, when they
 *       name a region, district, city or aiyl aimak ("Кочкорский район": the district 115, the aiyl aimak
 *       Кочкорский 80): a level word decides between namesakes, and their confidences say so;</li>
 *   <li>+2 for a village that gives its name to its aiyl aimak (its seat), a tie-breaker only;</li>
 *   <li>the village rule: under a Russian or Kyrgyz village word, a village tied with the aiyl aimak it lies in
 *       gets +{@value #CONTAINER_BONUS} ("с. Тюп" is the village, not the aiyl aimak Тюп around it);</li>
 *   <li>−50 outside the unit the mention stands under, −5 for that unit itself (a mention under a heading
 *       names something in it);</li>
 *   <li>consonant-only (approximate) matches are tried only when nothing else matches;</li>
 *   <li>the containment rule, last: when the mention has no type word at all and, among the candidates
 *       within {@link Resolution#MARGIN} points of the best, one contains every other (the district holding
 *       the village of its name, the country holding villages named after it), that one gets
 *       +{@value #CONTAINER_BONUS}. A bare name is read as the larger unit: that reading is still right about
 *       where the thing happens when the part was meant, while the part would be wrong if the whole was
 *       meant. No name or level is special-cased; the rule reads only the tree. Candidates of which
 *       none contains the others (a city, a district and a village of one name side by side) stay tied;
 *       so do units of one level, and a type word ("с.", "району", "v.") always overrides the rule.</li>
 * </ul>
 * The mention is resolved when the best candidate leads by {@link Resolution#MARGIN} points or more.
 *
 * <h2>Addresses</h2>
 * A mention of several parts ("Нарынская область, Кочкорский район", "Кара-Таш а/а, Ноокат району, Ош
 * облусу", "Чуйская обл. г. Токмок"; see {@link Mention#analyse}) is read as an address; only when that
 * reading leaves a part unplaced or contradicts itself, and the whole text is a unit's name ("Новопокровка
 * (часть)"), is the whole name taken instead. Each part is scored as above; every way of reading each part as one of its
 * candidates (down to {@value #CHAIN_REACH} points below its best) such that all the units lie one within
 * another is a reading of the address, worth the sum of its parts' scores. The address resolves to the most
 * specific unit of the best reading, when it leads the best reading ending in another unit by
 * {@link Resolution#MARGIN}; its score is its weakest part's best score less what the reading costs the parts
 * (each part's best score minus the score of the unit it is read as). A part naming no known unit is
 * reported and left out; when no reading fits every placed part, the address is
 * {@link ResolutionStatus#CONTRADICTORY}, never resolved to one part: the parts outside the largest group
 * that fits together (read as their best candidates) are reported as not placed, or every part when no two
 * parts fit.
 *
 * <p>A {@link kg.kichi.core.geo.Gazetteer} implementation obtains one with {@link #of(List, LevelWords)} and
 * delegates its {@code resolve} methods to it. Immutable and thread-safe.
 */
public final class Resolver {
    // Where each step above lives, in this package: MentionScorer finds a mention's candidates and applies
    // the points; CandidateRanking orders them and decides resolved or ambiguous; AddressResolver reads a
    // mention of several parts, with AddressReadings trying the ways its parts lie one within another.
    // Mention (with LevelWords and NameNormalizer) takes the text apart first; NameIndex holds the names.

    /**
     * What the containment rule gives the candidate containing all others tied with it: more than
     * {@link Resolution#MARGIN} above the gap of less than a margin it may trail by, so that it then leads.
     */
    static final int CONTAINER_BONUS = 10;
    /** What a candidate loses when the mention's level word names another level. */
    static final int LEVEL_MISMATCH = 15;
    /**
     * How far below a part's best score a candidate of that part is still tried in an address: less than the
     * 30 points between a unit of the level the part's level word names and a namesake of another level, so
     * that "г. Ош" in "Ошская обл. г. Ош" is never read as the oblast to make the address fit.
     */
    static final int CHAIN_REACH = 25;
    /**
     * The most parts an address may have (country, oblast, district, city or aiyl aimak, village, and a few
     * repeats): more is a list, and would make the readings to try grow without bound.
     */
    static final int MAX_PARTS = 8;

    private final NameIndex index;
    private final Map<UnitRef, Integer> byRef;
    private final LevelWords words;
    /** Scores and ranks a mention of one part; each part of an address is scored by it too. */
    private final MentionScorer scorer;
    /** Reads a mention of several parts as an address. */
    private final AddressResolver addresses;

    /**
     * Indexes the names of a gazetteer's units, reading level words with {@link LevelWords#standard()}.
     *
     * @param units every unit of one gazetteer, each unit's parent among them
     * @return a resolver over those units
     * @throws IllegalArgumentException naming the unit whose parent is not among {@code units}
     */
    public static Resolver of(List<AdministrativeUnit> units) {
        return of(units, LevelWords.standard());
    }

    /**
     * Indexes the names of a gazetteer's units.
     *
     * @param units every unit of one gazetteer, each unit's parent among them (as {@link
     *     kg.kichi.core.geo.Gazetteer#getUnits()} returns them)
     * @param words the level words of the country's languages
     * @return a resolver over those units
     * @throws IllegalArgumentException naming the unit whose parent is not among {@code units}
     */
    public static Resolver of(List<AdministrativeUnit> units, LevelWords words) {
        Objects.requireNonNull(words, "words");
        AdministrativeUnit[] all = units.toArray(new AdministrativeUnit[0]);
        Map<UnitRef, Integer> byRef = new HashMap<>(all.length * 3);
        for (int i = 0; i < all.length; i++) {
            for (UnitRef code : all[i].getCodes()) {
                byRef.putIfAbsent(code, i);
            }
        }
        int[] parent = new int[all.length];
        for (int i = 0; i < all.length; i++) {
            UnitRef p = all[i].getParent().orElse(null);
            Integer pi = p == null ? null : byRef.get(p);
            if (p != null && pi == null) {
                throw new IllegalArgumentException("the parent " + p + " of " + all[i].getRef()
                        + " is not among the units");
            }
            parent[i] = pi == null ? -1 : pi;
        }
        return new Resolver(new NameIndex(all, parent, words), byRef, words);
    }

    private Resolver(NameIndex index, Map<UnitRef, Integer> byRef, LevelWords words) {
        this.index = index;
        this.byRef = byRef;
        this.words = words;
        this.scorer = new MentionScorer(index);
        this.addresses = new AddressResolver(index, words, scorer);
    }

    /**
     * Resolves a place mention, or an address of several parts; see
     * {@link kg.kichi.core.geo.Gazetteer#resolve(String, UnitRef, LocalDate)}.
     *
     * @param text the mention
     * @param within the unit the mention stands under, or null for none
     * @param asOf the day the text speaks of, or null for any time
     * @return the ranked candidates, with the parts of the mention
     * @throws UnknownUnitException if {@code within} is not among the units
     */
    public Resolution resolve(String text, UnitRef within, LocalDate asOf) {
        int w = -1;
        if (within != null) {
            Integer i = byRef.get(within);
            if (i == null) {
                throw new UnknownUnitException(within);
            }
            w = i;
        }
        if (text == null || text.isBlank()) {
            return Resolution.unknown(String.valueOf(text), "the mention is empty");
        }
        Mention[] parsed = Mention.analyse(text, words);
        if (parsed.length == 1) {
            return scorer.single(text, parsed[0], w, asOf);
        }
        Resolution address = addresses.resolve(text, parsed, w, asOf);
        boolean fits = address.getStatus() != ResolutionStatus.CONTRADICTORY
                && address.getStatus() != ResolutionStatus.UNKNOWN && !address.hasUnplacedParts();
        // A name with a separator in it ("Новопокровка (часть)", "Özgön / Uzgen (town)") is read whole when
        // its parts do not make an address.
        return fits || index.exact(parsed[0].key).length == 0 ? address : scorer.single(text, parsed[0], w, asOf);
    }
}
