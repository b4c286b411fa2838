package kg.kichi.json.internal.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import kg.kichi.core.text.LocalizedText;
import kg.kichi.core.time.DatePeriod;
import kg.kichi.json.DocumentProblem;
import kg.kichi.json.Mode;
import kg.kichi.json.internal.codec.Cursor;
import kg.kichi.json.internal.codec.Pointers;
import kg.kichi.json.internal.codec.Scalars;
import kg.kichi.json.internal.codec.JsonText;
import kg.kichi.json.internal.value.DatePeriodCodec;
import kg.kichi.json.internal.value.LocalizedTextCodec;
import tools.jackson.core.JsonGenerator;

/**
 * The members of a document's envelope other than the collections: {@code $schema}, {@code formatVersion},
 * {@code id}, {@code title}, {@code reportingPeriod}, {@code publisher}, and (lenient) unknown members. Members may come in any order, so
 * they are taken one at a time and checked at the end.
 */
public final class Envelope {
    /** The version written. */
    public static final String FORMAT_VERSION = "1.0";

    private static final Pattern READABLE = Pattern.compile("1\\.(0|[1-9][0-9]{0,8})");

    private final Cursor root;
    private String formatVersion;
    private boolean versionSeen;
    private boolean idSeen;
    private String id;
    private LocalizedText title;
    private LocalizedText publisher;
    private DatePeriod reportingPeriod;
    private final Map<String, String> extensions = new LinkedHashMap<>();

    /** @param root a cursor on the document, for its pointer, mode and problems */
    public Envelope(Cursor root) {
        this.root = root;
    }

    /**
     * Takes one member that is not a collection.
     *
     * @param name the member name
     * @param at a cursor on its value, which is read whole
     */
    public void accept(String name, Cursor at) {
        boolean known = name.equals("$schema") || name.equals("formatVersion") || name.equals("id")
                || name.equals("title") || name.equals("publisher") || name.equals("reportingPeriod");
        if (known && at.isNull()) {
            at.problem("kichi.json.null", Map.of());
            versionSeen |= name.equals("formatVersion");
            idSeen |= name.equals("id");
            return;
        }
        switch (name) {
            case "$schema":
                Scalars.STRING.read(at);
                break;
            case "formatVersion":
                versionSeen = true;
                formatVersion = Scalars.STRING.read(at);
                if (formatVersion != null && !READABLE.matcher(formatVersion).matches()) {
                    at.problem("kichi.json.version", Map.of("value", formatVersion));
                }
                break;
            case "id":
                idSeen = true;
                id = Scalars.STRING.read(at);
                break;
            case "title":
                title = LocalizedTextCodec.INSTANCE.read(at);
                break;
            case "publisher":
                publisher = LocalizedTextCodec.INSTANCE.read(at);
                break;
            case "reportingPeriod":
                reportingPeriod = DatePeriodCodec.INSTANCE.read(at);
                break;
            default:
                if (root.mode() == Mode.STRICT) {
                    at.skip();
                    at.problem("kichi.json.unknownMember", Map.of("name", name));
                } else {
                    String text = JsonText.text(at.parser(), at.problems().maxExtensionLength());
                    if (text == null) {
                        at.problem("kichi.json.limit", Map.of("limit", "extensionLength", "maximum",
                                (long) at.problems().maxExtensionLength()));
                    } else {
                        extensions.put(name, text);
                    }
                }
        }
    }

    /** Reports the required members that never came: {@code formatVersion} and {@code id}. */
    public void finish() {
        if (!versionSeen) {
            required("formatVersion");
        }
        if (!idSeen) {
            required("id");
        }
    }

    private void required(String name) {
        root.problems().add(DocumentProblem.of(Pointers.member(root.pointer(), name), "kichi.required", Map.of()));
    }

    /** @return the format version read, or {@code null} */
    public String formatVersion() {
        return formatVersion;
    }

    /** @return the dataset id read, or {@code null} */
    public String id() {
        return id;
    }

    /** @return the title read, or {@code null} */
    public LocalizedText title() {
        return title;
    }

    /** @return the publisher read, or {@code null} */
    public LocalizedText publisher() {
        return publisher;
    }

    /** @return the reporting period read, or {@code null} */
    public DatePeriod reportingPeriod() {
        return reportingPeriod;
    }

    /** @return unknown members kept in lenient mode */
    public Map<String, String> extensions() {
        return extensions;
    }

    /**
     * Writes the members that precede the collections.
     *
     * @param out the generator, inside the envelope object
     * @param id the dataset id
     * @param title the title or null
     * @param publisher the publisher or null
     */
    public static void writeHead(JsonGenerator out, String id, LocalizedText title, LocalizedText publisher) {
        writeHead(out, id, title, null, publisher);
    }

    /**
     * Writes the members that precede the collections.
     *
     * @param out the generator, inside the envelope object
     * @param id the dataset id
     * @param title the title or null
     * @param reportingPeriod the period the source reports on, or null
     * @param publisher the publisher or null
     */
    public static void writeHead(JsonGenerator out, String id, LocalizedText title, DatePeriod reportingPeriod,
            LocalizedText publisher) {
        out.writeName("formatVersion");
        out.writeString(FORMAT_VERSION);
        out.writeName("id");
        out.writeString(id);
        if (title != null) {
            out.writeName("title");
            LocalizedTextCodec.INSTANCE.write(title, out);
        }
        if (reportingPeriod != null) {
            out.writeName("reportingPeriod");
            DatePeriodCodec.INSTANCE.write(reportingPeriod, out);
        }
        if (publisher != null) {
            out.writeName("publisher");
            LocalizedTextCodec.INSTANCE.write(publisher, out);
        }
    }
}
