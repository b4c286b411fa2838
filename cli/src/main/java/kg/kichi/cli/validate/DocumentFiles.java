package kg.kichi.cli.validate;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import kg.kichi.cli.CommandFailure;
import kg.kichi.cli.Document;
import kg.kichi.cli.ExitCode;
import kg.kichi.cli.Io;
import kg.kichi.cli.TerminalText;
import kg.kichi.core.catalogue.Catalogue;
import kg.kichi.core.organisation.Organisation;
import kg.kichi.core.grant.Grant;
import kg.kichi.core.programme.DonorProgramme;
import kg.kichi.core.project.Project;
import kg.kichi.json.DocumentProblem;
import kg.kichi.json.InvalidDocumentException;
import kg.kichi.json.KichiJson;
import kg.kichi.json.Mode;
import kg.kichi.json.ReadLimits;
import kg.kichi.json.giving360.Giving360Reader;
import kg.kichi.json.stream.DocumentHandler;
import kg.kichi.json.stream.DocumentSummary;
import kg.kichi.json.stream.Section;

/**
 * How every command reads documents: a Kichi document or a 360Giving package, recognised by its content
 * ({@link Formats#detect}) unless {@code --from} named the format, read with {@link KichiJson}'s reader or
 * {@link Giving360Reader}, whole or streaming, with a progress line on a terminal. An invalid document is the
 * library's {@link InvalidDocumentException} with every problem; a file that cannot be read is a
 * {@link CommandFailure} (exit code 2).
 */
public final class DocumentFiles {
    private final Io io;
    private final Format from;
    private final ReadLimits limits;

    /**
     * Creates the reader of files.
     *
     * @param io where progress shows and problems go
     * @param from the format of every file, or null to recognise each by its content
     * @param limits the reading limits
     */
    public DocumentFiles(Io io, Format from, ReadLimits limits) {
        this.io = Objects.requireNonNull(io, "io");
        this.from = from;
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /** One way of reading an opened document. */
    @FunctionalInterface
    public interface Reading<T> {
        /**
         * @param in the document's bytes, buffered
         * @return what was read
         * @throws IOException if the bytes cannot be read
         */
        T apply(BufferedInputStream in) throws IOException;
    }

    /**
     * Reads one file whole.
     *
     * @param file the file name as given
     * @param mode strict or lenient (a 360Giving package reads alike in both)
     * @return the dataset
     * @throws InvalidDocumentException with every problem, when the document is invalid
     * @throws CommandFailure if the file cannot be read (exit code 2)
     */
    public Catalogue read(String file, Mode mode) throws CommandFailure {
        return open(file, in -> read(in, mode));
    }

    /**
     * Walks one file, streaming: nothing of it is kept unless the handler keeps it. The objects of a Kichi document
     * go to {@link DocumentHandler#element} with their index (their JSON Pointer is {@code /<section>/<index>});
     * those of a 360Giving package, whose JSON Pointers would not name the model's properties, to
     * {@link DocumentHandler#accept}: its grants, then the organisations, programmes and projects made of them. A
     * handler that overrides {@code accept} alone sees every object.
     *
     * @param file the file name as given
     * @param mode strict or lenient
     * @param handler receives the objects (also those of an invalid document read before its problems)
     * @return the document's identifier and title
     * @throws InvalidDocumentException with every problem, when the document is invalid
     * @throws CommandFailure if the file cannot be read (exit code 2)
     */
    public DocumentSummary stream(String file, Mode mode, DocumentHandler handler) throws CommandFailure {
        return open(file, in -> stream(in, mode, handler));
    }

    /**
     * Reads a document whole from a stream.
     *
     * @param in the document, buffered
     * @param mode strict or lenient
     * @return the dataset
     * @throws IOException if the stream fails
     */
    public Catalogue read(BufferedInputStream in, Mode mode) throws IOException {
        try {
            return format(in) == Format.KICHI ? KichiJson.reader().withLimits(limits).withMode(mode).read(in)
                    : Giving360Reader.create().withLimits(limits).read(in);
        } catch (UncheckedIOException failed) {
            throw failed.getCause();
        }
    }

    /**
     * Walks a document from a stream, as {@link #stream(String, Mode, DocumentHandler)} does.
     *
     * @param in the document, buffered
     * @param mode strict or lenient
     * @param handler receives the objects
     * @return the document's identifier and title
     * @throws IOException if the stream fails
     */
    public DocumentSummary stream(BufferedInputStream in, Mode mode, DocumentHandler handler) throws IOException {
        try {
            if (format(in) == Format.KICHI) {
                return KichiJson.reader().withLimits(limits).withMode(mode).stream(in, handler);
            }
            Catalogue[] envelope = new Catalogue[1];
            Giving360Reader.create().withLimits(limits).stream(in, new Placeless(handler), e -> envelope[0] = e);
            Catalogue e = envelope[0];
            return DocumentSummary.of(e.getId(), e.getTitle().orElse(null), e.getReportingPeriod().orElse(null),
                    e.getPublisher().orElse(null), e.getExtensions(), java.util.Map.of());
        } catch (UncheckedIOException failed) {
            throw failed.getCause();
        }
    }

    /**
     * Hands a 360Giving package's objects on through {@link DocumentHandler#accept}, without a place: a grant at
     * {@code /grants/<index>} holds 360Giving's members, not the model's, so no pointer to a property of the model's
     * grant (its {@code coverage}, its {@code period/end}) would point into the file; the organisations, programmes
     * and projects are made of the grants and have no place of their own.
     */
    private static final class Placeless implements DocumentHandler {
        private final DocumentHandler handler;

        Placeless(DocumentHandler handler) {
            this.handler = handler;
        }

        @Override
        public void grant(Grant value) {
            handler.accept(Section.GRANTS, value);
        }

        @Override
        public void organisation(Organisation value) {
            handler.accept(Section.ORGANISATIONS, value);
        }

        @Override
        public void programme(DonorProgramme value) {
            handler.accept(Section.PROGRAMMES, value);
        }

        @Override
        public void project(Project value) {
            handler.accept(Section.PROJECTS, value);
        }
    }

    private Format format(BufferedInputStream in) throws IOException {
        return from != null ? from : Formats.detect(in);
    }

    /**
     * Opens a file and reads it; a person at a terminal sees how much has been read.
     *
     * @param file the file name as given
     * @param reading what to do with its bytes
     * @param <T> what reading gives
     * @return what reading gave
     * @throws CommandFailure if the file cannot be read (exit code 2)
     */
    public <T> T open(String file, Reading<T> reading) throws CommandFailure {
        Path path;
        try {
            path = Path.of(file);
        } catch (InvalidPathException bad) {
            throw new CommandFailure("cannot read " + file + ": not a valid file name", bad);
        }
        if (Files.isDirectory(path)) {
            throw new CommandFailure("cannot read " + file + ": is a directory", null);
        }
        ProgressIndicator progress = null;
        try (InputStream raw = Files.newInputStream(path)) {
            InputStream in = raw;
            if (io.interactive()) {
                progress = new ProgressIndicator(io.err(), file, Files.size(path));
                in = new CountingInputStream(in, progress);
            }
            return reading.apply(new BufferedInputStream(in, 1 << 16));
        } catch (NoSuchFileException missing) {
            throw new CommandFailure("cannot read " + file + ": no such file", missing);
        } catch (AccessDeniedException denied) {
            throw new CommandFailure("cannot read " + file + ": permission denied", denied);
        } catch (IOException failed) {
            throw new CommandFailure("cannot read " + file + ": " + failed.getMessage(), failed);
        } finally {
            if (progress != null) {
                progress.done();
            }
        }
    }

    /**
     * Reads files that must all be valid (leniently: unknown members are kept), for commands that use the data.
     *
     * @param files the file names as given
     * @param locale language of the messages
     * @return the documents, in the order given
     * @throws CommandFailure if a file cannot be read (exit code 2), or is invalid: its problems are printed on
     *     stderr and the exit code is 1
     */
    public List<Document> readValid(List<String> files, Locale locale) throws CommandFailure {
        List<Document> documents = new ArrayList<>();
        List<String> invalid = new ArrayList<>();
        for (String file : files) {
            try {
                documents.add(new Document(file, read(file, Mode.LENIENT)));
            } catch (InvalidDocumentException problems) {
                printProblems(file, problems, locale);
                invalid.add(file);
            }
        }
        if (!invalid.isEmpty()) {
            throw new CommandFailure("not a valid Kichi document: " + String.join(", ", invalid)
                    + " (run kichi validate for details)", null, ExitCode.PROBLEMS);
        }
        return documents;
    }

    /**
     * Prints a document's problems on stderr, one line each ({@link #line}).
     *
     * @param file the file as given
     * @param invalid the problems
     * @param locale language of the messages
     */
    public void printProblems(String file, InvalidDocumentException invalid, Locale locale) {
        invalid.getProblems().forEach(p -> io.err().println(line(file, p, locale)));
    }

    /**
     * The line {@code kichi validate} prints for a problem.
     *
     * @param file the file as given on the command line
     * @param problem the problem
     * @param locale language of the message
     * @return {@code file:pointer: code: message}, the message followed by the line and column when the problem
     *     has them; control characters escaped ({@link TerminalText}): a value in a document cannot forge another
     *     line
     */
    public static String line(String file, DocumentProblem problem, Locale locale) {
        return TerminalText.escape(file) + ":" + TerminalText.escape(problem.getPointer()) + ": " + problem.getCode()
                + ": " + TerminalText.escape(message(problem, locale));
    }

    /**
     * @param problem a problem
     * @param locale language of the message
     * @return its message, followed by the line and column when it has them
     */
    public static String message(DocumentProblem problem, Locale locale) {
        return problem.getMessage(locale) + (problem.getLine() > 0 ? " " + problem.getLocation(locale) : "");
    }
}
