package kg.kichi.json.giving360;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import kg.kichi.core.validation.Violation;

/**
 * The catalogue lacks fields that 360Giving requires, so it cannot be exported without inventing them.
 *
 * <p>{@link #getMissingFields()} lists, per grant identifier (Kichi's, in catalogue order), the 360Giving field
 * names that could not be filled, in the order of the 360Giving schema's {@code required} list:
 * {@code description}, {@code currency}, {@code amountAwarded}, {@code awardDate},
 * {@code recipientOrganization}, {@code fundingOrganization}. {@link #getViolations()} gives the same as one
 * {@link Violation} per field with code {@value #MISSING} (the model does not state it) or {@value #IMPRECISE}
 * (an award date known only to the month or year; 360Giving wants {@code YYYY-MM-DD}), path {@code grants[i]}
 * and a message in en, ru or ky. A catalogue without any grant gives the single violation
 * {@value Giving360Exporter#NO_GRANTS} and no missing fields.
 */
public final class MissingFieldsException extends RuntimeException {
    /** Code of a 360Giving field the model does not state. */
    public static final String MISSING = "kichi.json.giving360.missing";
    /** Code of a date 360Giving requires to the day that the model knows only to the month or year. */
    public static final String IMPRECISE = "kichi.json.giving360.imprecise";

    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;
    private final transient Map<String, Set<String>> missingFields;

    /**
     * @param violations one per missing field of a grant, with arguments {@code grant} (its Kichi identifier)
     *     and {@code field} (the 360Giving field name); not empty
     */
    public MissingFieldsException(List<Violation> violations) {
        super(describe(violations, Locale.ENGLISH));
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("no missing fields");
        }
        this.violations = List.copyOf(violations);
        Map<String, Set<String>> byGrant = new LinkedHashMap<>();
        for (Violation v : violations) {
            if (!v.getArguments().containsKey("grant")) {
                continue;
            }
            byGrant.computeIfAbsent(String.valueOf(v.getArguments().get("grant")), g -> new LinkedHashSet<>())
                    .add(String.valueOf(v.getArguments().get("field")));
        }
        byGrant.replaceAll((grant, fields) -> Collections.unmodifiableSet(fields));
        this.missingFields = Collections.unmodifiableMap(byGrant);
    }

    /** @return the 360Giving fields missing per Kichi grant identifier, grants in catalogue order */
    public Map<String, Set<String>> getMissingFields() {
        return missingFields;
    }

    /** @return one violation per missing field of each grant */
    public List<Violation> getViolations() {
        return violations;
    }

    /**
     * @param locale en, ru or ky; English otherwise
     * @return every missing field, one line per field
     */
    public String getMessage(Locale locale) {
        return describe(violations, locale);
    }

    private static String describe(List<Violation> violations, Locale locale) {
        return "cannot export to 360Giving (" + violations.size() + " missing):" + violations.stream()
                .map(v -> "\n  " + v.getPath() + ": " + v.getMessage(locale)).collect(Collectors.joining());
    }
}
