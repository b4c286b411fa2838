package kg.kichi.core.quality;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import kg.kichi.core.Coded;
import kg.kichi.core.validation.Messages;

/**
 * One data-quality check: a stable code, a category, a severity, and a title and finding message in English,
 * Russian and Kyrgyz (keys {@code kichi.quality.<code>.title} and {@code kichi.quality.<code>} of the
 * validation message bundles). A check looks for what is valid but probably wrong or incomplete; what
 * validation already rejects (a grant of zero, a period that starts after it ends, a dangling reference) is
 * not repeated here.
 *
 * <p>Each constant says which objects it <i>looks at</i> (those that have the data it needs; the share of
 * flagged objects is taken over them) and when it flags one. {@link QualityAnalysis} runs them all.
 */
public enum QualityCheck implements Coded {
    /** Looks at calls, lots, projects and programmes with an amount; flags an envelope, budget or largest grant of zero. */
    ZERO_AMOUNT("zero-amount", QualityCategory.MONEY, Severity.WARNING),
    /** Looks at objects with dates; flags a date before {@link QualityOptions#getEarliest()} (1990 by default). */
    DATE_FAR_PAST("date-far-past", QualityCategory.DATES, Severity.WARNING),
    /** Looks at objects with dates; flags a date more than {@link QualityOptions#getFutureYears()} years after the publication date. */
    DATE_FAR_FUTURE("date-far-future", QualityCategory.DATES, Severity.WARNING),
    /** Looks at grants with an award date; flags one dated after the data was published ({@link QualityOptions#getPublished()}). */
    AWARD_AFTER_PUBLICATION("award-after-publication", QualityCategory.DATES, Severity.WARNING),
    /** Looks at grants with an award date and a call that states when it was announced; flags an award certainly before it: an impossible date. */
    AWARD_BEFORE_CALL_ANNOUNCED("award-before-call-announced", QualityCategory.DATES, Severity.WARNING),
    /** Looks at grants with an award date and a call that states its deadline; flags an award certainly before the deadline. */
    AWARD_BEFORE_DEADLINE("award-before-deadline", QualityCategory.DATES, Severity.WARNING),
    /** Looks at grants with an award date whose project states its end; flags an award certainly after the end. */
    AWARD_AFTER_PROJECT_END("award-after-project-end", QualityCategory.DATES, Severity.WARNING),
    /** Looks at projects with a period whose programme states its period; flags a project certainly starting before or ending after it. */
    PROJECT_OUTSIDE_PROGRAMME_PERIOD("project-outside-programme-period", QualityCategory.DATES, Severity.WARNING),
    /** Looks at grants with a description; flags one whose description equals its title in a language (ignoring case and spaces). */
    TITLE_EQUALS_DESCRIPTION("title-equals-description", QualityCategory.GRANTS, Severity.INFO),
    /** Looks at grants; flags a title over {@value QualityAnalysis#MAX_TITLE_LENGTH} characters in a language. */
    TITLE_TOO_LONG("title-too-long", QualityCategory.GRANTS, Severity.INFO),
    /** Looks at grants awarded on an application; flags one whose application's last status is not awarded. */
    GRANT_ON_UNAWARDED_APPLICATION("grant-on-unawarded-application", QualityCategory.GRANTS, Severity.WARNING),
    /** Looks at awarded applications; flags one that no grant of the document names. */
    AWARDED_APPLICATION_WITHOUT_GRANT("awarded-application-without-grant", QualityCategory.GRANTS, Severity.INFO),
    /** Looks at grants; flags one whose coverage, and its application's, is not stated. */
    NO_BENEFICIARY_LOCATION("no-beneficiary-location", QualityCategory.PLACES, Severity.INFO),
    /** Looks at grants with a stated coverage in a call with a stated eligible coverage; flags a place outside it. */
    GRANT_OUTSIDE_ELIGIBLE_AREA("grant-outside-eligible-area", QualityCategory.PLACES, Severity.WARNING),
    /** Looks at grants with an amount in a call (or lot) that states a grant size in that currency; flags an amount outside it. */
    GRANT_AMOUNT_OUTSIDE_SIZE("grant-amount-outside-size", QualityCategory.MONEY, Severity.WARNING),
    /** Looks at grants with an amount in a call that states amounts; flags an amount in another currency. */
    GRANT_CURRENCY_DIFFERS("grant-currency-differs", QualityCategory.MONEY, Severity.WARNING),
    /** Looks at calls and lots with an envelope; flags one whose grants in its currency add up to more. */
    GRANTS_OVER_ENVELOPE("grants-over-envelope", QualityCategory.MONEY, Severity.WARNING),
    /** Looks at calls and lots that state the number of grants planned; flags one with more grants. */
    GRANTS_OVER_PLANNED("grants-over-planned", QualityCategory.CALLS, Severity.WARNING),
    /** Looks at calls reporting applications received; flags one whose document holds more applications. */
    RESULTS_RECEIVED_BELOW_PRESENT("results-received-below-present", QualityCategory.CALLS, Severity.WARNING),
    /** Looks at calls reporting applications selected; flags one whose document holds more grants or awarded applications. */
    RESULTS_SELECTED_BELOW_PRESENT("results-selected-below-present", QualityCategory.CALLS, Severity.WARNING),
    /** Looks at projects of a programme; flags one that does not list the programme's donor among its participants. */
    FUNDER_NOT_PARTICIPANT("funder-not-participant", QualityCategory.ORGANISATIONS, Severity.INFO),
    /** Looks at organisations in a national registry scheme (KG-INN, KG-OKPO); flags a number that is not of its digits. */
    UNEXPECTED_ID_CHARACTERS("unexpected-id-characters", QualityCategory.ORGANISATIONS, Severity.WARNING),
    /**
     * Looks at organisation ids described in more than one document; flags one whose records name it in a common
     * language but share no normalised form of a name or alias (names in different languages alone may be
     * translations, and are not judged).
     */
    ID_WITH_SEVERAL_NAMES("id-with-several-names", QualityCategory.IDENTITY, Severity.WARNING),
    /** Looks at organisation ids; flags ids whose names or aliases normalise alike: probably the same organisation. */
    PROBABLY_SAME_ORGANISATION("probably-same-organisation", QualityCategory.IDENTITY, Severity.INFO);

    private final String code;
    private final QualityCategory category;
    private final Severity severity;

    QualityCheck(String code, QualityCategory category, Severity severity) {
        this.code = code;
        this.category = category;
        this.severity = severity;
    }

    /** @return the stable lower-kebab code, e.g. {@code grants-over-envelope} */
    @Override
    public String getCode() {
        return code;
    }

    /** @return what the check is about */
    public QualityCategory getCategory() {
        return category;
    }

    /** @return how much its findings matter */
    public Severity getSeverity() {
        return severity;
    }

    /** @return the key of a finding's message in the validation bundles: {@code kichi.quality.<code>} */
    public String messageKey() {
        return "kichi.quality." + code;
    }

    /**
     * The check's title.
     *
     * @param locale the language (en, ru, ky; English otherwise)
     * @return e.g. "Grants over their call's envelope"
     */
    public String title(Locale locale) {
        return Messages.format(messageKey() + ".title", Map.of(), locale);
    }

    /**
     * Finds a check by its code.
     *
     * @param code e.g. {@code zero-amount}
     * @return the check, or empty for an unknown code
     */
    public static Optional<QualityCheck> fromCode(String code) {
        return Coded.fromCode(QualityCheck.class, code);
    }
}
