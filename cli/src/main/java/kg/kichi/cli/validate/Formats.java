package kg.kichi.cli.validate;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The input formats the commands read, and a reader that recognises them by content: a Kichi document or a
 * 360Giving package. Recognition looks at the start of the file only (up to {@value #PEEK} bytes): members that
 * only a Kichi document has ({@code formatVersion}, {@code organisations}, …) or a first grant with a Kichi
 * {@code partnership} say Kichi; a first grant with a member only 360Giving's grants have
 * ({@code recipientOrganization}, {@code fundingOrganization}, {@code recipientIndividual}, {@code currency}) says
 * 360Giving; anything else is read
 * as Kichi, whose problems then say what is wrong.
 */
public final class Formats {
    /** The name of the Kichi format, for {@code --from} and {@code --to}. */
    public static final String KICHI = "kichi";
    /** The name of the 360Giving format, for {@code --from} and {@code --to}. */
    public static final String GIVING360 = "360giving";
    /** Both, in the order help lists them. */
    public static final List<String> ALL = List.of(KICHI, GIVING360);

    static final int PEEK = 1 << 20;
    private static final Set<String> KICHI_MEMBERS = Set.of("formatVersion", "$schema", "organisations",
            "programmes", "projects", "calls", "applications");
    private static final Set<String> GIVING_GRANT_MEMBERS = Set.of("recipientOrganization", "fundingOrganization",
            "recipientIndividual", "currency");
    private static final JsonFactory FACTORY = new JsonFactory();

    private Formats() {}

    /**
     * A reader of either format.
     *
     * @param kichi reads Kichi documents
     * @param giving360 reads 360Giving packages
     * @param from {@link #KICHI}, {@link #GIVING360}, or null to recognise each file by its content
     * @return the reader
     */
    public static DocumentReader reader(DocumentReader kichi, DocumentReader giving360, String from) {
        if (KICHI.equals(from)) {
            return kichi;
        } else if (GIVING360.equals(from)) {
            return giving360;
        }
        return new DocumentReader() {
            @Override
            public ReadResult read(InputStream in, boolean strict, Locale locale) throws IOException {
                BufferedInputStream peeked = buffered(in);
                return pick(peeked).read(peeked, strict, locale);
            }

            @Override
            public ReadResult check(InputStream in, boolean strict, Locale locale) throws IOException {
                BufferedInputStream peeked = buffered(in);
                return pick(peeked).check(peeked, strict, locale);
            }

            @Override
            public WalkResult walk(InputStream in, boolean strict, Locale locale, Consumer<Object> elements)
                    throws IOException {
                BufferedInputStream peeked = buffered(in);
                return pick(peeked).walk(peeked, strict, locale, elements);
            }

            @Override
            public DocumentReader withMaxDocumentLength(long bytes) {
                return reader(kichi.withMaxDocumentLength(bytes), giving360.withMaxDocumentLength(bytes), null);
            }

            private DocumentReader pick(BufferedInputStream in) throws IOException {
                return GIVING360.equals(detect(in)) ? giving360 : kichi;
            }
        };
    }

    private static BufferedInputStream buffered(InputStream in) {
        return in instanceof BufferedInputStream b ? b : new BufferedInputStream(in, 1 << 16);
    }

    /**
     * Recognises the format of a document from its start, leaving the stream where it was.
     *
     * @param in the document, positioned at its start
     * @return {@link #KICHI} or {@link #GIVING360}
     * @throws IOException if the stream fails
     */
    public static String detect(BufferedInputStream in) throws IOException {
        in.mark(PEEK);
        byte[] start = in.readNBytes(PEEK);
        in.reset();
        try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), start)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return KICHI;
            }
            String name;
            while ((name = p.nextName()) != null) {
                if (KICHI_MEMBERS.contains(name)) {
                    return KICHI;
                }
                JsonToken value = p.nextToken();
                if (name.equals("grants") && value == JsonToken.START_ARRAY) {
                    if (p.nextToken() != JsonToken.START_OBJECT) {
                        return KICHI;
                    }
                    String member;
                    while ((member = p.nextName()) != null) {
                        if (member.equals("partnership")) {
                            return KICHI;
                        }
                        if (GIVING_GRANT_MEMBERS.contains(member)) {
                            return GIVING360;
                        }
                        p.nextToken();
                        p.skipChildren();
                    }
                    return KICHI;
                }
                p.skipChildren();
            }
        } catch (JacksonException cutOrMalformed) {
            // what was seen decides; a file malformed this early is reported by the Kichi reader
        }
        return KICHI;
    }
}
