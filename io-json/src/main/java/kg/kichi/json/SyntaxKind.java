package kg.kichi.json;

/**
 * What is wrong with the text of a document whose problem has the code {@code kichi.json.syntax}: the value of its
 * {@code kind} argument, stable across Jackson versions and languages. Each kind has its own message,
 * {@code kichi.json.syntax.<kind>}, in en, ru and ky; some kinds carry one more argument, named below.
 *
 * <p>Every syntax problem also carries {@code detail}, the parser's own English text (or a short English
 * description for {@link #EMPTY_DOCUMENT} and {@link #CONTENT_AFTER_DOCUMENT}), for diagnostics only: no message
 * shows it, and its wording may change with Jackson.
 */
public enum SyntaxKind {
    /** A character that cannot stand there, such as a missing comma or a trailing one; argument {@code character}. */
    UNEXPECTED_CHARACTER("unexpectedCharacter"),
    /** The text ends inside a string, an object or an array. */
    UNEXPECTED_END("unexpectedEnd"),
    /** A number JSON does not allow: {@code 01}, {@code 1.}, {@code -}, {@code 1e}, {@code +1}. */
    INVALID_NUMBER("invalidNumber"),
    /**
     * A backslash sequence JSON does not define inside a string, such as <code>&#92;x</code> or
     * <code>&#92;u12g4</code>; argument {@code character}.
     */
    INVALID_ESCAPE("invalidEscape"),
    /** A control character (below U+0020) written as is inside a string; argument {@code character}. */
    CONTROL_CHARACTER("controlCharacter"),
    /** Bytes that are not UTF-8; argument {@code byte}, such as {@code 0x80}. */
    INVALID_UTF8("invalidUtf8"),
    /** A word that is not a JSON value, such as {@code tru}, {@code True} or {@code NaN}; argument {@code token}. */
    INVALID_TOKEN("invalidToken"),
    /** No value at all, or only white space. */
    EMPTY_DOCUMENT("emptyDocument"),
    /** Anything after the end of the document's value, even text the parser cannot read. */
    CONTENT_AFTER_DOCUMENT("contentAfterDocument"),
    /** Any other syntax error. */
    OTHER("other");

    /** The code of syntax problems. */
    public static final String CODE = "kichi.json.syntax";

    /** The argument that names the kind. */
    static final String ARGUMENT = "kind";

    private final String argument;

    SyntaxKind(String argument) {
        this.argument = argument;
    }

    /** @return the value of the {@code kind} argument, such as {@code unexpectedCharacter} */
    public String argument() {
        return argument;
    }

    /** @return the key of this kind's message, such as {@code kichi.json.syntax.unexpectedCharacter} */
    public String messageKey() {
        return CODE + "." + argument;
    }

    /**
     * The kind of a problem.
     *
     * @param problem any problem
     * @return its kind when it is a syntax problem that states one; {@link #OTHER} for a syntax problem that
     *     does not; {@code null} for a problem of any other code
     */
    public static SyntaxKind of(DocumentProblem problem) {
        return ProblemKinds.of(problem, CODE, values(), SyntaxKind::argument, OTHER);
    }
}
