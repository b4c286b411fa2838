package kg.kichi.core.geo.resolve;

/** How a mention matched a unit, from most to least certain. */
public enum MatchKind {
    /** The folded mention equals an official name of the unit. */
    NAME(100),
    /** It equals an alias, transliteration or former name. */
    ALIAS(95),
    /** It equals a base name derived by rule from a Russian adjective name (Сумбулинский → Сумбула). */
    DERIVED(95),
    /** It equals a name once Russian adjective endings are removed (Нарынской ≈ Нарынская). */
    STEM(85),
    /** The base of an adjective in the mention names the unit (Кызыл-Адырского ≈ Кызыл-Адыр). */
    BASE(80),
    /**
     * The mention names a village but asks for an aiyl aimak ("Покровка айыл аймагы"): the aiyl aimak that
     * village lies in, scored 10 below the village's own match.
     */
    CONTAINING_AIMAK(90),
    /** The mention names a numbered city sub-division (МТУ-1) the gazetteer lacks: the city it lies in. */
    CITY_OF_SUBDIVISION(60),
    /** Only the consonants agree: a misspelling such as "Малы-Суу" for Майлуу-Суу. */
    APPROXIMATE(50);

    private final int score;

    MatchKind(int score) {
        this.score = score;
    }

    /** @return the base score of such a match, out of 100, before context and type words adjust it */
    public int getScore() {
        return score;
    }
}
