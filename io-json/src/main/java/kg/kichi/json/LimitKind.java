package kg.kichi.json;

/**
 * Which {@linkplain ReadLimits reading limit} a document exceeded, for a problem with the code
 * {@code kichi.json.limit}: the value of its {@code limit} argument, stable across Jackson versions and languages.
 * Each limit has its own message, {@code kichi.json.limit.<limit>}, in en, ru and ky, naming the limit and its
 * maximum.
 *
 * <p>Besides {@code limit}, a limit problem carries {@code maximum}, the limit exceeded (a {@link Long}), and
 * {@code value}, the size the parser had reached when it stopped (a {@link Long}, above {@code maximum}; for a
 * string or a document it is not necessarily the whole size); either is left out when the parser does not say it.
 * It also carries {@code detail}, the parser's own English text, for diagnostics only: no message shows it, and its
 * wording may change with Jackson.
 */
public enum LimitKind {
    /** Arrays and objects nested deeper than {@link ReadLimits#getMaxNestingDepth()}. */
    NESTING_DEPTH("nestingDepth"),
    /** A number longer than {@link ReadLimits#getMaxNumberLength()} characters. */
    NUMBER_LENGTH("numberLength"),
    /** A string value longer than {@link ReadLimits#getMaxStringLength()} characters. */
    STRING_LENGTH("stringLength"),
    /** A member name longer than {@link ReadLimits#getMaxNameLength()} characters. */
    NAME_LENGTH("nameLength"),
    /** A document longer than {@link ReadLimits#getMaxDocumentLength()} bytes (characters, for text input). */
    DOCUMENT_LENGTH("documentLength"),
    /**
     * Too many different member names in one document, or names chosen so that their hashes collide, for the
     * parser's table of names (Jackson's guard against collision attacks); {@code maximum} is absent.
     */
    NAME_TABLE("nameTable"),
    /**
     * An identifier longer than {@link ReadLimits#getMaxIdLength()}: not kept for the reference checks of a streamed
     * read (the read goes on; the document is invalid).
     */
    ID_LENGTH("idLength"),
    /**
     * An unknown member whose JSON text is longer than {@link ReadLimits#getMaxExtensionLength()}: not kept by a
     * lenient read (the read goes on; the document is invalid).
     */
    EXTENSION_LENGTH("extensionLength"),
    /**
     * More references to objects later in the document than {@link ReadLimits#getMaxForwardReferences()}: a
     * streamed read cannot keep them all to check at the end.
     */
    FORWARD_REFERENCES("forwardReferences"),
    /** Any other limit of the parser's; {@code maximum} may be absent. */
    OTHER("other");

    /** The code of limit problems. */
    public static final String CODE = "kichi.json.limit";

    /** The argument that names the limit. */
    static final String ARGUMENT = "limit";

    private final String argument;

    LimitKind(String argument) {
        this.argument = argument;
    }

    /** @return the value of the {@code limit} argument, such as {@code nestingDepth} */
    public String argument() {
        return argument;
    }

    /** @return the key of this limit's message, such as {@code kichi.json.limit.nestingDepth} */
    public String messageKey() {
        return CODE + "." + argument;
    }

    /**
     * The limit a problem exceeded.
     *
     * @param problem any problem
     * @return its limit when it is a limit problem that states one; {@link #OTHER} for a limit problem that does
     *     not; {@code null} for a problem of any other code
     */
    public static LimitKind of(DocumentProblem problem) {
        return ProblemKinds.of(problem, CODE, values(), LimitKind::argument, OTHER);
    }
}
