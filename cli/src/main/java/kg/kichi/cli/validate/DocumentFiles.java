package kg.kichi.cli.validate;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import kg.kichi.cli.CommandFailure;
import kg.kichi.cli.Document;
import kg.kichi.cli.ExitCode;
import kg.kichi.cli.Io;

/** Reads document files named on the command line, streaming, with progress on a terminal. */
public final class DocumentFiles {
    private final DocumentReader reader;
    private final Io io;

    /**
     * Creates the reader of files.
     *
     * @param reader how a document is read
     * @param io where progress shows
     */
    public DocumentFiles(DocumentReader reader, Io io) {
        this.reader = Objects.requireNonNull(reader, "reader");
        this.io = Objects.requireNonNull(io, "io");
    }

    /**
     * Reads one file whole.
     *
     * @param file the file name as given
     * @param strict strict or lenient reading
     * @param locale language of the messages
     * @return the dataset or its problems
     * @throws CommandFailure if the file cannot be read (exit code 2)
     */
    public ReadResult read(String file, boolean strict, Locale locale) throws CommandFailure {
        return open(file, in -> reader.read(in, strict, locale));
    }

    /**
     * Checks one file, streaming: nothing of it is kept.
     *
     * @param file the file name as given
     * @param strict strict or lenient reading
     * @param locale language of the messages
     * @return no problems, or the problems
     * @throws CommandFailure if the file cannot be read (exit code 2)
     */
    public ReadResult check(String file, boolean strict, Locale locale) throws CommandFailure {
        return open(file, in -> reader.check(in, strict, locale));
    }

    /**
     * Walks one file, streaming, handing its objects over as they are read.
     *
     * @param file the file name as given
     * @param strict strict or lenient reading
     * @param locale language of the messages
     * @param elements receives the objects (also those of an invalid document read before its problems)
     * @return the dataset's identifier and title, or its problems
     * @throws CommandFailure if the file cannot be read (exit code 2)
     */
    public WalkResult walk(String file, boolean strict, Locale locale, Consumer<Object> elements)
            throws CommandFailure {
        return open(file, in -> reader.walk(in, strict, locale, elements));
    }

    /** One way of reading an opened document. */
    @FunctionalInterface
    private interface Reading<T> {
        T apply(InputStream in) throws IOException;
    }

    private <T> T open(String file, Reading<T> reading) throws CommandFailure {
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
            InputStream in = new BufferedInputStream(raw, 1 << 16);
            if (io.interactive()) {
                progress = new ProgressIndicator(io.err(), file, Files.size(path));
                in = new CountingInputStream(in, progress);
            }
            return reading.apply(in);
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
            ReadResult result = read(file, false, locale);
            if (result.isValid()) {
                documents.add(new Document(file, result.catalogue().orElseThrow()));
            } else {
                result.problems().forEach(p -> io.err().println(p.line(file)));
                invalid.add(file);
            }
        }
        if (!invalid.isEmpty()) {
            throw new CommandFailure("not a valid Kichi document: " + String.join(", ", invalid)
                    + " (run kichi validate for details)", null, ExitCode.PROBLEMS);
        }
        return documents;
    }
}
