package kg.kichi.examples.cli.validate;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/** Reads a Kichi JSON document, collecting every problem with its JSON Pointer. */
@FunctionalInterface
public interface DocumentReader {
    /**
     * Reads one document whole.
     *
     * @param in the document's bytes (UTF-8); not closed
     * @param strict whether unknown members are errors (strict) or kept (lenient)
     * @param locale the language of the problems' messages
     * @return the dataset or the problems
     * @throws IOException if the bytes cannot be read
     */
    ReadResult read(InputStream in, boolean strict, Locale locale) throws IOException;

    /**
     * Checks one document without keeping it, so that memory need not grow with its size. By default reads it
     * whole.
     *
     * @param in the document's bytes (UTF-8); not closed
     * @param strict whether unknown members are errors (strict) or kept (lenient)
     * @param locale the language of the problems' messages
     * @return no problems (and perhaps no dataset), or the problems
     * @throws IOException if the bytes cannot be read
     */
    default ReadResult check(InputStream in, boolean strict, Locale locale) throws IOException {
        return read(in, strict, locale);
    }
}
