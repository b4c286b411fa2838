package kg.kichi.json;

/** How a reader treats members the format does not define. */
public enum Mode {
    /** Unknown members are errors ({@code kichi.json.unknownMember}). */
    STRICT,
    /**
     * Unknown members are kept in the object's {@link kg.kichi.core.Extensible#getExtensions() extensions} as JSON
     * text and written back after the known members, so a round trip loses nothing.
     */
    LENIENT
}
