package kg.kichi.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import kg.kichi.core.catalogue.Catalogue;
import kg.kichi.json.internal.codec.Cursor;
import kg.kichi.json.internal.codec.Problems;
import kg.kichi.json.internal.model.CatalogueAssembler;
import kg.kichi.json.internal.model.Envelope;
import kg.kichi.json.internal.stream.SummaryCounter;
import kg.kichi.json.stream.DocumentHandler;
import kg.kichi.json.internal.stream.DocumentParser;
import kg.kichi.json.stream.DocumentSummary;
import kg.kichi.json.internal.stream.StreamingIntegrity;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * A configured reader of Kichi documents: mode and limits. Immutable and thread-safe; {@code with…} returns a
 * copy. Obtain one from {@link KichiJson#reader()}.
 *
 * <p>Every problem of a document is reported, not the first: wrong JSON types, missing members, the model's own
 * rules, broken references, duplicate ids; after a problem in one object, its siblings are still read. A syntax
 * error, a duplicate member name or a {@linkplain ReadLimits limit} ends the read, with the line, the column and
 * the pointer reached. Duplicate member names are always rejected ({@code kichi.json.duplicateKey}); nothing in a
 * document chooses a Java type.
 */
public final class KichiReader {
    private final Mode mode;
    private final ReadLimits limits;
    private final JsonFactory factory;

    KichiReader(Mode mode, ReadLimits limits) {
        this.mode = Objects.requireNonNull(mode, "mode");
        this.limits = Objects.requireNonNull(limits, "limits");
        // duplicate member names are rejected by the decoders (DuplicateMembers) with the parser's own error, not by
        // STRICT_DUPLICATE_DETECTION's set of names per object: for speed (benchmarks/README.md)
        this.factory = JsonFactory.builder().streamReadConstraints(limits.toStreamReadConstraints()).build();
    }

    /**
     * @param newMode strict or lenient
     * @return a reader with that mode
     */
    public KichiReader withMode(Mode newMode) {
        return new KichiReader(newMode, limits);
    }

    /**
     * @param newLimits the limits to enforce
     * @return a reader with those limits
     */
    public KichiReader withLimits(ReadLimits newLimits) {
        return new KichiReader(mode, newLimits);
    }

    /** @return the mode */
    public Mode getMode() {
        return mode;
    }

    /** @return the limits */
    public ReadLimits getLimits() {
        return limits;
    }

    /**
     * Reads a whole document from a stream (UTF-8), which is not closed.
     *
     * @param in the document
     * @return the catalogue
     * @throws InvalidDocumentException with every problem found
     * @throws UncheckedIOException when the stream fails
     */
    public Catalogue read(InputStream in) {
        return readWith(f -> f.createParser(ObjectReadContext.empty(), Utf8Input.checking(new NonClosing(in))));
    }

    /**
     * Reads a whole document from a file (UTF-8).
     *
     * @param file the document
     * @return the catalogue
     * @throws InvalidDocumentException with every problem found
     * @throws IOException when the file cannot be read
     */
    public Catalogue read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * Reads a whole document from its bytes (UTF-8), without copying them.
     *
     * @param json the document
     * @return the catalogue
     * @throws InvalidDocumentException with every problem found
     */
    public Catalogue read(byte[] json) {
        try {
            Utf8Input.check(json);
        } catch (Utf8Input.MalformedUtf8Exception e) {
            throw new InvalidDocumentException(List.of(e.problem()));
        }
        return readWith(f -> f.createParser(ObjectReadContext.empty(), json));
    }

    /**
     * Reads a whole document from its text.
     *
     * @param json the document
     * @return the catalogue
     * @throws InvalidDocumentException with every problem found
     */
    public Catalogue read(String json) {
        return readWith(f -> f.createParser(ObjectReadContext.empty(), json));
    }

    /**
     * Reads a whole document from characters, which are not closed.
     *
     * @param json the document
     * @return the catalogue
     * @throws InvalidDocumentException with every problem found
     */
    public Catalogue read(Reader json) {
        return readWith(f -> f.createParser(ObjectReadContext.empty(), json));
    }

    /**
     * Walks a document element by element, in memory that does not grow with the number of elements: each
     * object that is valid on its own goes to the handler as soon as it is read. Unique ids and references are
     * checked with sets of ids (memory proportional to the number of ids), and references that point forward are
     * resolved at the end; see {@link StreamingIntegrity} for what is checked. Problems are collected (at most
     * {@link ReadLimits#getMaxProblems()}) and thrown together at the end.
     *
     * @param in the document, not closed
     * @param handler receives the objects
     * @return the envelope and the counts
     * @throws InvalidDocumentException with every problem found, after the whole document was walked
     * @throws UncheckedIOException when the stream fails
     */
    public DocumentSummary stream(InputStream in, DocumentHandler handler) {
        Problems problems = Problems.collecting(limits.getMaxProblems())
                .bounded(limits.getMaxQuotedLength(), limits.getMaxExtensionLength());
        StreamingIntegrity integrity = new StreamingIntegrity(problems, limits.getMaxIdLength(),
                limits.getMaxForwardReferences());
        SummaryCounter counter = new SummaryCounter();
        Envelope envelope;
        try {
            envelope = new DocumentParser(mode, problems).parse(() -> factory.createParser(ObjectReadContext.empty(),
                    Utf8Input.checking(new NonClosing(in))), (section, index, value, id) -> {
                counter.count(section, value != null);
                integrity.element(section, index, value, id);
                if (value != null) {
                    handler.element(section, index, value);
                }
            });
        } catch (UncheckedIOException e) {
            throw malformedOr(e, problems);
        }
        try {
            integrity.finish();
        } catch (Problems.TooManyProblemsException enough) {
            // the limit problem was recorded
        }
        if (!problems.list().isEmpty()) {
            throw new InvalidDocumentException(problems.inDocumentOrder());
        }
        return counter.summary(envelope);
    }

    private Catalogue readWith(Function<JsonFactory, JsonParser> open) {
        Problems problems = Problems.collecting(limits.getMaxProblems())
                .bounded(limits.getMaxQuotedLength(), limits.getMaxExtensionLength());
        Cursor root = Cursor.root(null, "", problems, mode);
        CatalogueAssembler assembler = new CatalogueAssembler(root);
        Envelope envelope;
        try {
            envelope = new DocumentParser(mode, problems).parse(() -> open.apply(factory), assembler::add);
        } catch (UncheckedIOException e) {
            throw malformedOr(e, problems);
        }
        Catalogue catalogue = null;
        if (problemsAllowContinuing(problems)) {
            try {
                catalogue = assembler.finish(envelope);
            } catch (Problems.TooManyProblemsException enough) {
                catalogue = null;
            }
        }
        if (!problems.list().isEmpty() || catalogue == null) {
            throw new InvalidDocumentException(problems.inDocumentOrder());
        }
        return catalogue;
    }

    /**
     * Malformed UTF-8 found while the parser read ends the read: the problems found before it and the encoding
     * problem. Any other I/O failure is the caller's.
     */
    private static RuntimeException malformedOr(UncheckedIOException e, Problems problems) {
        if (e.getCause() instanceof Utf8Input.MalformedUtf8Exception malformed) {
            List<DocumentProblem> all = problems.inDocumentOrder();
            all.add(malformed.problem());
            return new InvalidDocumentException(all);
        }
        return e;
    }

    private static boolean problemsAllowContinuing(Problems problems) {
        return problems.list().stream().noneMatch(p -> p.getLine() > 0
                || p.getCode().equals("kichi.json.tooManyProblems"));
    }

    /** Keeps the parser from closing a caller's stream. */
    private static final class NonClosing extends java.io.FilterInputStream {
        NonClosing(InputStream in) {
            super(Objects.requireNonNull(in, "in"));
        }

        @Override
        public void close() {
            // the caller owns the stream
        }
    }
}
