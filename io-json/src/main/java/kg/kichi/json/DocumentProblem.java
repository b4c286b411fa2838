package kg.kichi.json;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import kg.kichi.core.validation.Messages;

/**
 * One problem of a JSON document: where (a JSON Pointer, RFC 6901, to the value at fault), what (a stable code,
 * {@code kichi.json.*} for the JSON layer or the core's own codes such as {@code kichi.required}) and a message in
 * en, ru or ky. Syntax and limit problems also carry the line and column where reading stopped; syntax problems
 * say what is wrong in their {@code kind} argument ({@link SyntaxKind}), limit problems which limit was exceeded
 * in their {@code limit} argument ({@link LimitKind}).
 */
public final class DocumentProblem {
    private final String pointer;
    private final String code;
    private final Map<String, Object> arguments;
    private final int line;
    private final int column;

    private DocumentProblem(String pointer, String code, Map<String, ?> arguments, int line, int column) {
        this.pointer = Objects.requireNonNull(pointer, "pointer");
        this.code = Objects.requireNonNull(code, "code");
        this.arguments = Collections.unmodifiableMap(new TreeMap<>(arguments));
        this.line = line;
        this.column = column;
    }

    /**
     * Creates a problem without a text position.
     *
     * @param pointer the JSON Pointer of the value at fault, {@code ""} for the whole document
     * @param code the stable code, also the message key
     * @param arguments the message arguments
     * @return the problem
     */
    public static DocumentProblem of(String pointer, String code, Map<String, ?> arguments) {
        return new DocumentProblem(pointer, code, arguments, -1, -1);
    }

    /**
     * Creates a problem at a text position (syntax errors, limits).
     *
     * @param pointer the JSON Pointer of the value being read
     * @param code the stable code
     * @param arguments the message arguments
     * @param line the line, from 1
     * @param column the column, from 1
     * @return the problem
     */
    public static DocumentProblem at(String pointer, String code, Map<String, ?> arguments, int line, int column) {
        return new DocumentProblem(pointer, code, arguments, line, column);
    }

    /** @return the JSON Pointer of the value at fault, e.g. {@code /grants/3/amountAwarded/amount} */
    public String getPointer() {
        return pointer;
    }

    /** @return the stable code, e.g. {@code kichi.json.type} */
    public String getCode() {
        return code;
    }

    /**
     * @return the message arguments, unmodifiable, by name: the same order whatever map they were given in (a
     *     {@code Map.of} iterates in an order that changes from one run of the JVM to the next)
     */
    public Map<String, Object> getArguments() {
        return arguments;
    }

    /** @return the line where reading stopped, from 1, or -1 when the problem is not about the text */
    public int getLine() {
        return line;
    }

    /** @return the column where reading stopped, from 1, or -1 when the problem is not about the text */
    public int getColumn() {
        return column;
    }

    /**
     * Renders the message. Its template is the code's, except for a syntax problem ({@code kichi.json.syntax}),
     * whose template is its kind's: {@code kichi.json.syntax.<kind>}, the {@code kind} argument naming a
     * {@link SyntaxKind}, and for a limit problem ({@code kichi.json.limit}), whose template is its limit's:
     * {@code kichi.json.limit.<limit>}, the {@code limit} argument naming a {@link LimitKind}. A syntax or limit
     * problem without a known kind gets the code's own template.
     *
     * @param locale {@code en}, {@code ru} or {@code ky}; English when there is no translation
     * @return the message
     */
    public String getMessage(Locale locale) {
        return Messages.format(ProblemKinds.messageKey(code, arguments), arguments, locale);
    }

    /** @return the message in English */
    public String getMessage() {
        return getMessage(Locale.ENGLISH);
    }

    /**
     * Where reading stopped, in a language: {@code (line 3, column 14)}, {@code (строка 3, столбец 14)},
     * {@code (3-сап, 14-тилке)} ({@code kichi.json.location}).
     *
     * @param locale {@code en}, {@code ru} or {@code ky}; English when there is no translation
     * @return the position, or an empty string when the problem has none
     */
    public String getLocation(Locale locale) {
        return line > 0 ? Messages.format("kichi.json.location", Map.of("line", line, "column", column), locale) : "";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DocumentProblem p && pointer.equals(p.pointer) && code.equals(p.code)
                && arguments.equals(p.arguments) && line == p.line && column == p.column;
    }

    @Override
    public int hashCode() {
        return Objects.hash(pointer, code, arguments, line, column);
    }

    /** @return {@code pointer: code: English message} with the position when known */
    @Override
    public String toString() {
        return (pointer.isEmpty() ? "(document)" : pointer) + (line > 0 ? " (line " + line + ", column " + column + ")"
                : "") + ": " + code + ": " + getMessage();
    }
}
