package kg.kichi.json;

import tools.jackson.core.StreamReadConstraints;

/**
 * The limits a reader enforces on untrusted input; a document beyond any of them is rejected with
 * {@code kichi.json.limit} and the place where reading stopped.
 *
 * <p>Defaults: nesting depth 64 (a valid document needs about 10), numbers of 64 characters, strings of 1 MiB,
 * member names of 1,000 characters, documents of 1 GiB, and at most 1,000 problems reported before reading stops
 * ({@code kichi.json.tooManyProblems}). Instances are immutable; {@code with…} returns a copy.
 *
 * <p>Bounds on what a read keeps, so that memory does not grow with hostile values: identifiers kept for a
 * streamed read's reference checks of at most 200 characters ({@link #getMaxIdLength()}), values quoted by a
 * problem cut at 200 characters ({@link #getMaxQuotedLength()}), an unknown member kept by a lenient read of at
 * most 1 MiB of JSON text ({@link #getMaxExtensionLength()}), and at most 100,000 references to later objects
 * kept by a streamed read ({@link #getMaxForwardReferences()}). Each is reported as a {@code kichi.json.limit}
 * problem of its own {@link LimitKind}, except the quoting, which only cuts.
 */
public final class ReadLimits {
    /** The deepest nesting a reader can be configured to accept (Jackson writes trees up to this depth). */
    public static final int MAX_NESTING_DEPTH = 500;

    private static final ReadLimits DEFAULTS = new ReadLimits(64, 64, 1 << 20, 1000, 1L << 30, 1000)
            .bounds(200, 200, 1 << 20, 100_000);

    private final int maxNestingDepth;
    private final int maxNumberLength;
    private final int maxStringLength;
    private final int maxNameLength;
    private final long maxDocumentLength;
    private final int maxProblems;
    private int maxIdLength = 200;
    private int maxQuotedLength = 200;
    private int maxExtensionLength = 1 << 20;
    private int maxForwardReferences = 100_000;

    private ReadLimits(int maxNestingDepth, int maxNumberLength, int maxStringLength, int maxNameLength,
            long maxDocumentLength, int maxProblems) {
        this.maxNestingDepth = positive(maxNestingDepth, "maxNestingDepth");
        if (maxNestingDepth > MAX_NESTING_DEPTH) {
            throw new IllegalArgumentException("maxNestingDepth above " + MAX_NESTING_DEPTH + ": " + maxNestingDepth);
        }
        this.maxNumberLength = positive(maxNumberLength, "maxNumberLength");
        this.maxStringLength = positive(maxStringLength, "maxStringLength");
        this.maxNameLength = positive(maxNameLength, "maxNameLength");
        this.maxDocumentLength = maxDocumentLength;
        this.maxProblems = positive(maxProblems, "maxProblems");
        if (maxDocumentLength <= 0) {
            throw new IllegalArgumentException("maxDocumentLength must be positive: " + maxDocumentLength);
        }
    }

    /** The bounds on what a read keeps; set once, before an instance is shared. */
    private ReadLimits bounds(int idLength, int quotedLength, int extensionLength, int forwardReferences) {
        this.maxIdLength = positive(idLength, "maxIdLength");
        this.maxQuotedLength = positive(quotedLength, "maxQuotedLength");
        this.maxExtensionLength = positive(extensionLength, "maxExtensionLength");
        this.maxForwardReferences = positive(forwardReferences, "maxForwardReferences");
        return this;
    }

    private ReadLimits copy(int depth, int number, int string, int name, long document, int problems) {
        return new ReadLimits(depth, number, string, name, document, problems).bounds(maxIdLength, maxQuotedLength,
                maxExtensionLength, maxForwardReferences);
    }

    /**
     * @param length the longest identifier a streamed read keeps for its reference checks (default 200, the
     *     model's own maximum); an id longer is reported ({@link LimitKind#ID_LENGTH}) and not kept
     * @return a copy with that limit
     */
    public ReadLimits withMaxIdLength(int length) {
        return copy(maxNestingDepth, maxNumberLength, maxStringLength, maxNameLength, maxDocumentLength, maxProblems)
                .bounds(length, maxQuotedLength, maxExtensionLength, maxForwardReferences);
    }

    /**
     * @param length the most characters of a value a problem quotes (default 200); a longer value is cut and
     *     ends with "…", so that a problem never holds a whole hostile string
     * @return a copy with that limit
     */
    public ReadLimits withMaxQuotedLength(int length) {
        return copy(maxNestingDepth, maxNumberLength, maxStringLength, maxNameLength, maxDocumentLength, maxProblems)
                .bounds(maxIdLength, length, maxExtensionLength, maxForwardReferences);
    }

    /**
     * @param length the most characters of JSON text a lenient read keeps for one unknown member (default 1 MiB);
     *     a longer member is reported ({@link LimitKind#EXTENSION_LENGTH}) and not kept
     * @return a copy with that limit
     */
    public ReadLimits withMaxExtensionLength(int length) {
        return copy(maxNestingDepth, maxNumberLength, maxStringLength, maxNameLength, maxDocumentLength, maxProblems)
                .bounds(maxIdLength, maxQuotedLength, length, maxForwardReferences);
    }

    /**
     * @param count the most references to later objects a streamed read keeps to resolve at the end (default
     *     100,000, some 30 MB at most); one more is reported ({@link LimitKind#FORWARD_REFERENCES}) and ends the
     *     keeping
     * @return a copy with that limit
     */
    public ReadLimits withMaxForwardReferences(int count) {
        return copy(maxNestingDepth, maxNumberLength, maxStringLength, maxNameLength, maxDocumentLength, maxProblems)
                .bounds(maxIdLength, maxQuotedLength, maxExtensionLength, count);
    }

    /** @return the longest identifier a streamed read keeps for its reference checks */
    public int getMaxIdLength() {
        return maxIdLength;
    }

    /** @return the most characters of a value a problem quotes */
    public int getMaxQuotedLength() {
        return maxQuotedLength;
    }

    /** @return the most characters of JSON text kept for one unknown member */
    public int getMaxExtensionLength() {
        return maxExtensionLength;
    }

    /** @return the most references to later objects a streamed read keeps */
    public int getMaxForwardReferences() {
        return maxForwardReferences;
    }

    /** @return the default limits */
    public static ReadLimits defaults() {
        return DEFAULTS;
    }

    /**
     * @param depth the deepest nesting of arrays and objects allowed, at most {@value #MAX_NESTING_DEPTH}
     * @return a copy with that limit
     */
    public ReadLimits withMaxNestingDepth(int depth) {
        return copy(depth, maxNumberLength, maxStringLength, maxNameLength, maxDocumentLength, maxProblems);
    }

    /**
     * @param length the most characters a number may have
     * @return a copy with that limit
     */
    public ReadLimits withMaxNumberLength(int length) {
        return copy(maxNestingDepth, length, maxStringLength, maxNameLength, maxDocumentLength, maxProblems);
    }

    /**
     * @param length the most characters a string may have
     * @return a copy with that limit
     */
    public ReadLimits withMaxStringLength(int length) {
        return copy(maxNestingDepth, maxNumberLength, length, maxNameLength, maxDocumentLength, maxProblems);
    }

    /**
     * @param length the most characters a member name may have
     * @return a copy with that limit
     */
    public ReadLimits withMaxNameLength(int length) {
        return copy(maxNestingDepth, maxNumberLength, maxStringLength, length, maxDocumentLength,
                maxProblems);
    }

    /**
     * @param length the most bytes (or characters, for text input) a document may have
     * @return a copy with that limit
     */
    public ReadLimits withMaxDocumentLength(long length) {
        return copy(maxNestingDepth, maxNumberLength, maxStringLength, maxNameLength, length, maxProblems);
    }

    /**
     * @param count how many problems to report before reading stops
     * @return a copy with that limit
     */
    public ReadLimits withMaxProblems(int count) {
        return copy(maxNestingDepth, maxNumberLength, maxStringLength, maxNameLength, maxDocumentLength,
                count);
    }

    /** @return the deepest nesting allowed */
    public int getMaxNestingDepth() {
        return maxNestingDepth;
    }

    /** @return the longest number allowed, in characters */
    public int getMaxNumberLength() {
        return maxNumberLength;
    }

    /** @return the longest string allowed, in characters */
    public int getMaxStringLength() {
        return maxStringLength;
    }

    /** @return the longest member name allowed, in characters */
    public int getMaxNameLength() {
        return maxNameLength;
    }

    /** @return the longest document allowed */
    public long getMaxDocumentLength() {
        return maxDocumentLength;
    }

    /** @return how many problems are reported before reading stops */
    public int getMaxProblems() {
        return maxProblems;
    }

    /** @return these limits as Jackson's stream read constraints */
    public StreamReadConstraints toStreamReadConstraints() {
        return StreamReadConstraints.builder().maxNestingDepth(maxNestingDepth).maxNumberLength(maxNumberLength)
                .maxStringLength(maxStringLength).maxNameLength(maxNameLength).maxDocumentLength(maxDocumentLength)
                .build();
    }

    private static int positive(int value, String name) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
        return value;
    }
}
