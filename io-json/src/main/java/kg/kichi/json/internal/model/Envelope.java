package kg.kichi.json.internal.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import kg.kichi.core.catalogue.Catalogue;
import kg.kichi.core.validation.Violation;
import kg.kichi.json.DocumentProblem;
import kg.kichi.json.Mode;
import kg.kichi.json.internal.codec.Cursor;
import kg.kichi.json.internal.codec.JsonText;
import kg.kichi.json.internal.codec.Pointers;
import kg.kichi.json.internal.codec.Scalars;
import kg.kichi.json.internal.value.DatePeriodCodec;
import kg.kichi.json.internal.value.LocalizedTextCodec;

/**
 * The members of a document's envelope other than the collections: the format's own ({@code $schema},
 * {@code formatVersion}), the catalogue's, declared in {@link #MEMBERS}, and (lenient) unknown members, kept as
 * extensions. They come in any order, interleaved with the collections, so they are taken one at a time and
 * checked at the end ({@link #finish}).
 */
public final class Envelope {
    /** The version written. */
    public static final String FORMAT_VERSION = "1.0";

    /**
     * The catalogue's members in the envelope, one line each, in the order written (after {@code formatVersion}):
     * adding a member to the envelope is one line here.
     */
    public static final EnvelopeMembers MEMBERS = EnvelopeMembers.of()
            .required("id", Scalars.STRING, Catalogue::getId, Catalogue.Builder::id)
            .optional("title", LocalizedTextCodec.INSTANCE, Catalogue::getTitle, Catalogue.Builder::title)
            .optional("reportingPeriod", DatePeriodCodec.INSTANCE, Catalogue::getReportingPeriod,
                    Catalogue.Builder::reportingPeriod)
            .optional("publisher", LocalizedTextCodec.INSTANCE, Catalogue::getPublisher, Catalogue.Builder::publisher);

    private static final Pattern READABLE = Pattern.compile("1\\.(0|[1-9][0-9]{0,8})");

    private final Cursor root;
    private final EnvelopeMembers members;
    private String formatVersion;
    private boolean versionSeen;
    /** Each declared member's value read, by its index in {@link #members}; null when absent or with a problem. */
    private final Object[] values;
    /** Whether each declared member came, with a value or not: a member that came is not reported as missing. */
    private final boolean[] seen;
    private final Map<String, String> extensions = new LinkedHashMap<>();

    /** @param root a cursor on the document, for its pointer, mode and problems */
    public Envelope(Cursor root) {
        this(root, MEMBERS);
    }

    /**
     * @param root a cursor on the document, for its pointer, mode and problems
     * @param members the catalogue's members the envelope has
     */
    public Envelope(Cursor root, EnvelopeMembers members) {
        this.root = root;
        this.members = members;
        this.values = new Object[members.size()];
        this.seen = new boolean[members.size()];
    }

    /**
     * Takes one member that is not a collection.
     *
     * @param name the member name
     * @param at a cursor on its value, which is read whole
     */
    public void accept(String name, Cursor at) {
        if (name.equals("$schema") || name.equals("formatVersion")) {
            formatMember(name, at);
            return;
        }
        int index = members.indexOf(name);
        if (index < 0) {
            unknown(name, at);
            return;
        }
        seen[index] = true;
        if (at.isNull()) {
            at.problem("kichi.json.null", Map.of());
        } else {
            values[index] = members.at(index).codec.read(at);
        }
    }

    private void formatMember(String name, Cursor at) {
        boolean version = name.equals("formatVersion");
        versionSeen |= version;
        if (at.isNull()) {
            at.problem("kichi.json.null", Map.of());
        } else if (!version) {
            Scalars.STRING.read(at); // $schema: checked to be a string, otherwise ignored
        } else {
            formatVersion = Scalars.STRING.read(at);
            if (formatVersion != null && !READABLE.matcher(formatVersion).matches()) {
                at.problem("kichi.json.version", Map.of("value", formatVersion));
            }
        }
    }

    private void unknown(String name, Cursor at) {
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

    /** Reports the required members that never came: {@code formatVersion}, then those declared required. */
    public void finish() {
        if (!versionSeen) {
            required("formatVersion");
        }
        for (int i = 0; i < seen.length; i++) {
            if (members.at(i).required && !seen[i]) {
                required(members.at(i).name);
            }
        }
    }

    private void required(String name) {
        root.problems().add(DocumentProblem.of(Pointers.member(root.pointer(), name), "kichi.required", Map.of()));
    }

    /**
     * Sets what was read on a catalogue's builder: each declared member read without problems, and the extensions.
     * A member absent, null or with a problem leaves its setter uncalled.
     *
     * @param builder the catalogue's builder
     */
    public void setOn(Catalogue.Builder builder) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                members.at(i).set(builder, values[i]);
            }
        }
        builder.extensions(extensions);
    }

    /**
     * Whether a violation of the catalogue's builder repeats a problem this envelope reported: a required member
     * without a value, which was reported missing, null, or with a problem in its value.
     *
     * @param v a violation of the catalogue
     * @return whether not to report it again
     */
    public boolean repeats(Violation v) {
        int index = members.indexOf(v.getPath());
        return index >= 0 && members.at(index).required && values[index] == null
                && v.getCode().equals("kichi.required");
    }

    /**
     * The value read of a declared member.
     *
     * @param name the member name
     * @param type the type of its value
     * @param <V> that type
     * @return the value read, or {@code null} when it was absent, null or had a problem
     * @throws IllegalArgumentException when the member is not declared
     */
    public <V> V value(String name, Class<V> type) {
        int index = members.indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException("not a member of the envelope: " + name);
        }
        return type.cast(values[index]);
    }

    /** @return the format version read, or {@code null} */
    public String formatVersion() {
        return formatVersion;
    }

    /** @return unknown members kept in lenient mode */
    public Map<String, String> extensions() {
        return extensions;
    }
}
