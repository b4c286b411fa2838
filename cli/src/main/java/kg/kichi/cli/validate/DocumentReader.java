package kg.kichi.cli.validate;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import kg.kichi.core.catalogue.Catalogue;

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

    /**
     * Walks one document, handing each object (organisation, programme, project, call, application, grant) to a
     * consumer as it is read, so that memory need not grow with the document. The objects of an invalid document
     * may have been handed over before its problems are known. By default reads the document whole.
     *
     * @param in the document's bytes (UTF-8); not closed
     * @param strict whether unknown members are errors (strict) or kept (lenient)
     * @param locale the language of the problems' messages
     * @param elements receives the objects
     * @return the dataset's identifier and title, or the problems
     * @throws IOException if the bytes cannot be read
     */
    default WalkResult walk(InputStream in, boolean strict, Locale locale, Consumer<Object> elements)
            throws IOException {
        ReadResult result = read(in, strict, locale);
        if (result.catalogue().isEmpty()) {
            return new WalkResult(Optional.empty(), Optional.empty(), result.problems());
        }
        Catalogue c = result.catalogue().get();
        c.getOrganisations().forEach(elements);
        c.getProgrammes().forEach(elements);
        c.getProjects().forEach(elements);
        c.getCalls().forEach(elements);
        c.getApplications().forEach(elements);
        c.getGrants().forEach(elements);
        return new WalkResult(Optional.of(c.getId()), c.getTitle(), List.of());
    }

    /**
     * @param bytes the longest document to read, in bytes
     * @return a reader with that limit; this reader when it has no such limit
     */
    default DocumentReader withMaxDocumentLength(long bytes) {
        return this;
    }
}
