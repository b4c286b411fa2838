package kg.kichi.json;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import kg.kichi.core.validation.Messages;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;

/**
 * Thrown when a JSON document, or a value read through {@link KichiModule}, is not a valid Kichi document;
 * carries every problem found, each with its JSON Pointer, code and message.
 *
 * <p>It is a {@link JacksonException}, so code that reads through a {@code JsonMapper} catches it with the rest.
 */
public class InvalidDocumentException extends JacksonException {
    private static final long serialVersionUID = 1L;

    private final transient List<DocumentProblem> problems;

    /**
     * Creates the exception.
     *
     * @param problems every problem found, at least one
     */
    public InvalidDocumentException(List<DocumentProblem> problems) {
        super(describe(problems, Locale.ENGLISH));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an InvalidDocumentException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /**
     * @return every problem, in document order: object by object as they stand in the document; within an object,
     *     as found (its JSON as read, then the rules of the whole object, then its references); a problem that
     *     ended the read early last
     */
    public List<DocumentProblem> getProblems() {
        return problems;
    }

    /**
     * Describes every problem in a language.
     *
     * @param locale {@code en}, {@code ru} or {@code ky}
     * @return a heading line and one line per problem
     */
    public String getMessage(Locale locale) {
        return describe(problems, locale);
    }

    private static String describe(List<DocumentProblem> problems, Locale locale) {
        // the heading and the position are in the language too (kichi.json.invalidDocument, kichi.json.location)
        return Messages.format(problems.size() == 1 ? "kichi.json.invalidDocument.one"
                : "kichi.json.invalidDocument.other", Map.of("count", problems.size()), locale) + ":"
                + problems.stream().limit(50).map(p -> "\n  " + (p.getPointer().isEmpty()
                        ? Messages.format("kichi.json.wholeDocument", Map.of(), locale) : p.getPointer())
                        + (p.getLine() > 0 ? " " + p.getLocation(locale) : "") + ": " + p.getCode() + ": "
                        + p.getMessage(locale)).collect(Collectors.joining())
                + (problems.size() > 50 ? "\n  …" : "");
    }
}
