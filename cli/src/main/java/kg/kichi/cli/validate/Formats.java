package kg.kichi.cli.validate;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Recognises a document's {@link Format} by its content: a Kichi document or a 360Giving package. Recognition
 * looks at the start of the file only (up to {@value #PEEK} bytes): members that only a Kichi document has
 * ({@code formatVersion}, {@code organisations}, …) or a first grant with a Kichi {@code partnership} say Kichi; a
 * first grant with a member only 360Giving's grants have ({@code recipientOrganization},
 * {@code fundingOrganization}, {@code recipientIndividual}, {@code currency}) says 360Giving; anything else is read
 * as Kichi, whose problems then say what is wrong.
 */
public final class Formats {
    static final int PEEK = 1 << 20;
    private static final Set<String> KICHI_MEMBERS = Set.of("formatVersion", "$schema", "organisations",
            "programmes", "projects", "calls", "applications");
    private static final Set<String> GIVING_GRANT_MEMBERS = Set.of("recipientOrganization", "fundingOrganization",
            "recipientIndividual", "currency");
    private static final JsonFactory FACTORY = new JsonFactory();

    private Formats() {}

    /**
     * Recognises the format of a document from its start, leaving the stream where it was.
     *
     * @param in the document, positioned at its start
     * @return the format
     * @throws IOException if the stream fails
     */
    public static Format detect(BufferedInputStream in) throws IOException {
        in.mark(PEEK);
        byte[] start = in.readNBytes(PEEK);
        in.reset();
        try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), start)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return Format.KICHI;
            }
            String name;
            while ((name = p.nextName()) != null) {
                if (KICHI_MEMBERS.contains(name)) {
                    return Format.KICHI;
                }
                JsonToken value = p.nextToken();
                if (name.equals("grants") && value == JsonToken.START_ARRAY) {
                    if (p.nextToken() != JsonToken.START_OBJECT) {
                        return Format.KICHI;
                    }
                    String member;
                    while ((member = p.nextName()) != null) {
                        if (member.equals("partnership")) {
                            return Format.KICHI;
                        }
                        if (GIVING_GRANT_MEMBERS.contains(member)) {
                            return Format.GIVING360;
                        }
                        p.nextToken();
                        p.skipChildren();
                    }
                    return Format.KICHI;
                }
                p.skipChildren();
            }
        } catch (JacksonException cutOrMalformed) {
            // what was seen decides; a file malformed this early is reported by the Kichi reader
        }
        return Format.KICHI;
    }
}
