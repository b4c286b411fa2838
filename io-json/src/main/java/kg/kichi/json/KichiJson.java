package kg.kichi.json;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import kg.kichi.core.catalogue.Catalogue;
import kg.kichi.json.stream.DocumentWriter;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading, writing and validating Kichi JSON documents (format 1.0, {@code docs/json-format.md}).
 *
 * <pre>{@code
 * Catalogue catalogue = KichiJson.read(Path.of("grants.json"), Mode.STRICT);   // or an InputStream, a String
 * KichiJson.write(catalogue, System.out);
 * try {
 *     KichiJson.reader().withMode(Mode.LENIENT).withLimits(ReadLimits.defaults().withMaxNestingDepth(32))
 *             .read(json);
 * } catch (InvalidDocumentException e) {
 *     e.getProblems().forEach(p -> System.err.println(p.getPointer() + " " + p.getCode() + " "
 *             + p.getMessage(Locale.forLanguageTag("ky"))));
 * }
 * }</pre>
 *
 * <p>Bad input never escapes as anything but an {@link InvalidDocumentException} listing every problem, each with
 * its JSON Pointer, code and message in en/ru/ky. Documents are written UTF-8, pretty-printed with two-space
 * indentation, members in the format's order, amounts plain; writing what was read gives the same text.
 */
public final class KichiJson {
    private static final KichiReader STRICT = new KichiReader(Mode.STRICT, ReadLimits.defaults());
    private static final JsonMapper MAPPER = newMapper();
    private static final ObjectWriter WRITER = MAPPER.writer().with(prettyPrinter());

    private KichiJson() {}

    /** @return a strict reader with the default {@link ReadLimits}; configure it with {@code with…} */
    public static KichiReader reader() {
        return STRICT;
    }

    /**
     * Reads a document from a stream (UTF-8), which is not closed.
     *
     * @param in the document
     * @param mode strict or lenient
     * @return the catalogue
     * @throws InvalidDocumentException with every problem found
     */
    public static Catalogue read(InputStream in, Mode mode) {
        return STRICT.withMode(mode).read(in);
    }

    /**
     * Reads a document from a file (UTF-8).
     *
     * @param file the document
     * @param mode strict or lenient
     * @return the catalogue
     * @throws InvalidDocumentException with every problem found
     * @throws IOException when the file cannot be read
     */
    public static Catalogue read(Path file, Mode mode) throws IOException {
        return STRICT.withMode(mode).read(file);
    }

    /**
     * Reads a document from its text.
     *
     * @param json the document
     * @param mode strict or lenient
     * @return the catalogue
     * @throws InvalidDocumentException with every problem found
     */
    public static Catalogue read(String json, Mode mode) {
        return STRICT.withMode(mode).read(json);
    }

    /**
     * Writes a catalogue as a document (UTF-8); the stream is flushed, not closed.
     *
     * @param catalogue the catalogue
     * @param out where to write
     * @throws UncheckedIOException when the stream fails
     */
    public static void write(Catalogue catalogue, OutputStream out) {
        try (DocumentWriter writer = writer(out)) {
            writer.start(catalogue).objects(catalogue);
        } catch (JacksonIOException e) {
            throw new UncheckedIOException(e.getCause());
        }
    }

    /**
     * Writes a catalogue as a document to a file, in UTF-8, replacing the file if it exists.
     *
     * @param catalogue the catalogue
     * @param file the file
     * @throws IOException when the file cannot be written
     */
    public static void write(Catalogue catalogue, Path file) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            write(catalogue, out);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * Writes a catalogue as a document.
     *
     * @param catalogue the catalogue
     * @return the document's text
     */
    public static String writeString(Catalogue catalogue) {
        StringWriter text = new StringWriter();
        try (DocumentWriter writer = new DocumentWriter(generator(text))) {
            writer.start(catalogue).objects(catalogue);
        }
        return text.toString();
    }

    /**
     * A writer that streams a document one object at a time; the stream is flushed, not closed, by
     * {@link DocumentWriter#close()}.
     *
     * @param out where to write (UTF-8)
     * @return the writer; call {@link DocumentWriter#start(String, kg.kichi.core.text.LocalizedText,
     *     kg.kichi.core.text.LocalizedText) start} first
     */
    public static DocumentWriter writer(OutputStream out) {
        return new DocumentWriter(WRITER.createGenerator(new NonClosing(out)));
    }

    /**
     * A {@link JsonMapper} configured for the model: {@link KichiModule} (strict), decimals exact both ways
     * ({@code USE_BIG_DECIMAL_FOR_FLOATS}, {@code WRITE_BIGDECIMAL_AS_PLAIN}, trailing zeros kept), duplicate
     * member names rejected, the default {@link ReadLimits}. Shared and immutable.
     *
     * @return the mapper
     */
    public static JsonMapper mapper() {
        return MAPPER;
    }

    private static JsonMapper newMapper() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(ReadLimits.defaults().toStreamReadConstraints())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();
        return JsonMapper.builder(factory).addModule(new KichiModule())
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES).build();
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter lines = new DefaultIndenter("  ", "\n");
        return new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectNameValueSpacing(Separators.Spacing.AFTER)).withObjectIndenter(lines)
                .withArrayIndenter(lines);
    }

    private static JsonGenerator generator(Writer out) {
        return WRITER.createGenerator(out);
    }

    /** Keeps the generator from closing a caller's stream. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
