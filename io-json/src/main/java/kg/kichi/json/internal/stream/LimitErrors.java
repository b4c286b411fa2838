package kg.kichi.json.internal.stream;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kg.kichi.json.LimitKind;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * Sorts Jackson's limit errors into {@link LimitKind}s and builds the arguments of a {@code kichi.json.limit}
 * problem: {@code limit}, {@code value} and {@code maximum} (numbers) and {@code detail} (Jackson's English text, for
 * diagnostics). Jackson names the limit only in its text ({@code "Document nesting depth (65) exceeds the maximum
 * allowed (64, from ...)"}), so the limit is read from the start of the message, the numbers from the rest; the
 * maximum, when the text does not give it, from the parser's constraints. What does not match, or a known limit
 * whose maximum is unknown, is {@link LimitKind#OTHER}, never wrong.
 */
final class LimitErrors {
    private static final Pattern VALUE = Pattern.compile("\\((\\d{1,18})\\) exceeds the maximum allowed");
    private static final Pattern MAXIMUM = Pattern.compile("exceeds the maximum allowed \\((\\d{1,18})\\D");

    private LimitErrors() {}

    /**
     * @param e a limit error of Jackson's
     * @param constraints the parser's constraints, or {@code null} when unknown
     * @return the arguments of its problem
     */
    static Map<String, Object> arguments(StreamConstraintsException e, StreamReadConstraints constraints) {
        String message = String.valueOf(e.getOriginalMessage());
        LimitKind kind = kind(message);
        Long maximum = number(MAXIMUM, message);
        if (maximum == null && kind != LimitKind.OTHER && constraints != null) {
            maximum = maximum(kind, constraints);
        }
        Map<String, Object> arguments = new LinkedHashMap<>();
        if (kind == LimitKind.NAME_TABLE) {
            arguments.put("limit", kind.argument()); // Jackson's guard has no configurable maximum to report
        } else if (kind == LimitKind.OTHER || maximum == null) {
            arguments.put("limit", LimitKind.OTHER.argument());
        } else {
            arguments.put("limit", kind.argument());
            Long value = number(VALUE, message);
            if (value != null) {
                arguments.put("value", value);
            }
            arguments.put("maximum", maximum);
        }
        arguments.put("detail", SyntaxErrors.shorten(message, SyntaxErrors.MAX_DETAIL));
        return arguments;
    }

    private static LimitKind kind(String message) {
        if (message.startsWith("Document nesting depth")) {
            return LimitKind.NESTING_DEPTH;
        }
        if (message.startsWith("Number value length")) {
            return LimitKind.NUMBER_LENGTH;
        }
        if (message.startsWith("String value length")) {
            return LimitKind.STRING_LENGTH;
        }
        if (message.startsWith("Name length")) {
            return LimitKind.NAME_LENGTH;
        }
        if (message.startsWith("Document length")) {
            return LimitKind.DOCUMENT_LENGTH;
        }
        if (message.startsWith("Spill-over slots in symbol table")
                || message.startsWith("Longest collision chain in symbol table")) {
            return LimitKind.NAME_TABLE;
        }
        return LimitKind.OTHER;
    }

    private static Long maximum(LimitKind kind, StreamReadConstraints constraints) {
        return switch (kind) {
            case NESTING_DEPTH -> (long) constraints.getMaxNestingDepth();
            case NUMBER_LENGTH -> (long) constraints.getMaxNumberLength();
            case STRING_LENGTH -> (long) constraints.getMaxStringLength();
            case NAME_LENGTH -> (long) constraints.getMaxNameLength();
            case DOCUMENT_LENGTH -> constraints.hasMaxDocumentLength() ? constraints.getMaxDocumentLength() : null;
            default -> null;
        };
    }

    private static Long number(Pattern pattern, String message) {
        Matcher m = pattern.matcher(message);
        return m.find() ? Long.valueOf(m.group(1)) : null;
    }
}
