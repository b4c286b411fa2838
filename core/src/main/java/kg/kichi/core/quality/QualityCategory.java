package kg.kichi.core.quality;

import java.util.Optional;
import kg.kichi.core.Coded;

/** What a quality check is about, to group a report. */
public enum QualityCategory implements Coded {
    /** Grants on their own: titles, descriptions, the applications they were awarded on. */
    GRANTS("grants"),
    /** Organisations: identifiers and their part in projects. */
    ORGANISATIONS("organisations"),
    /** Dates: out of range, or out of order with the dates of related objects. */
    DATES("dates"),
    /** Places: coverage missing or outside what a call allows. */
    PLACES("places"),
    /** Amounts: zero, outside a call's grant size, over an envelope, in another currency. */
    MONEY("money"),
    /** Calls: planned grants and reported results against the grants and applications present. */
    CALLS("calls"),
    /** One organisation under several identifiers, or one identifier under several names, across documents. */
    IDENTITY("identity");

    private final String code;

    QualityCategory(String code) {
        this.code = code;
    }

    /** @return the stable code, e.g. {@code money} */
    @Override
    public String getCode() {
        return code;
    }

    /**
     * Finds a category by its code.
     *
     * @param code e.g. {@code identity}
     * @return the category, or empty for an unknown code
     */
    public static Optional<QualityCategory> fromCode(String code) {
        return Coded.fromCode(QualityCategory.class, code);
    }
}
