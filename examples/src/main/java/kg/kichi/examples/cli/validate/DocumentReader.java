package kg.kichi.examples.cli.validate;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/** Reads a Kichi JSON document, collecting every problem with its JSON Pointer. */
@FunctionalInterface
public interface DocumentReader {
    /**
     * Reads one document.
     *
     * @param in the document's bytes (UTF-8); read as a stream, not closed
     * @param strict whether unknown members are errors (strict) or kept (lenient)
     * @param locale the language of the problems' messages
     * @return the dataset or the problems
     * @throws IOException if the bytes cannot be read
     */
    ReadResult read(InputStream in, boolean strict, Locale locale) throws IOException;
}
