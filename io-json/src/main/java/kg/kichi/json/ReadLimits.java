package kg.kichi.json;

import tools.jackson.core.StreamReadConstraints;

/**
 * The limits a reader enforces on untrusted input; a document beyond any of them is rejected with
 * {@code kichi.json.limit} and the place where reading stopped.
 *
 * <p>Defaults: nesting depth 64 (a valid document needs about 10), numbers of 64 characters, strings of 1 MiB,
 * member names of 1,000 characters, documents of 1 GiB, and at most 1,000 problems reported before reading stops
 * ({@code kichi.json.tooManyProblems}). Instances are immutable; {@code with…} returns a copy.
 */
public final class ReadLimits {
    /** The deepest nesting a reader can be configured to accept (Jackson writes trees up to this depth). */
    public static final int MAX_NESTING_DEPTH = 500;

    private static final ReadLimits DEFAULTS = new ReadLimits(64, 64, 1 << 20, 1000, 1L << 30, 1000);

    private final int maxNestingDepth;
    private final int maxNumberLength;
    private final int maxStringLength;
    private final int maxNameLength;
    private final long maxDocumentLength;
    private final int maxProblems;

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

    /** @return the default limits */
    public static ReadLimits defaults() {
        return DEFAULTS;
    }

    /**
     * @param depth the deepest nesting of arrays and objects allowed, at most {@value #MAX_NESTING_DEPTH}
     * @return a copy with that limit
     */
    public ReadLimits withMaxNestingDepth(int depth) {
        return new ReadLimits(depth, maxNumberLength, maxStringLength, maxNameLength, maxDocumentLength, maxProblems);
    }

    /**
     * @param length the most characters a number may have
     * @return a copy with that limit
     */
    public ReadLimits withMaxNumberLength(int length) {
        return new ReadLimits(maxNestingDepth, length, maxStringLength, maxNameLength, maxDocumentLength, maxProblems);
    }

    /**
     * @param length the most characters a string may have
     * @return a copy with that limit
     */
    public ReadLimits withMaxStringLength(int length) {
        return new ReadLimits(maxNestingDepth, maxNumberLength, length, maxNameLength, maxDocumentLength, maxProblems);
    }

    /**
     * @param length the most characters a member name may have
     * @return a copy with that limit
     */
    public ReadLimits withMaxNameLength(int length) {
        return new ReadLimits(maxNestingDepth, maxNumberLength, maxStringLength, length, maxDocumentLength,
                maxProblems);
    }

    /**
     * @param length the most bytes (or characters, for text input) a document may have
     * @return a copy with that limit
     */
    public ReadLimits withMaxDocumentLength(long length) {
        return new ReadLimits(maxNestingDepth, maxNumberLength, maxStringLength, maxNameLength, length, maxProblems);
    }

    /**
     * @param count how many problems to report before reading stops
     * @return a copy with that limit
     */
    public ReadLimits withMaxProblems(int count) {
        return new ReadLimits(maxNestingDepth, maxNumberLength, maxStringLength, maxNameLength, maxDocumentLength,
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
