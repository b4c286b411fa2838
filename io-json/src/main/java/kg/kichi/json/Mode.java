package kg.kichi.json;

/** How a reader treats members the format does not define. */
public enum Mode {
    /** Unknown members are errors ({@code kichi.json.unknownMember}). */
    STRICT,
    /**
     * Unknown members are kept in the object's {@link kg.kichi.core.Extensible#getExtensions() extensions} as JSON
     * text and written back after the known members, so a round trip loses nothing. The text is the value
     * copied compactly: insignificant whitespace is dropped, strings keep their values (escapes may be written
     * differently) and numbers their text exactly as written ({@code -0.0}, {@code 1e400}, {@code 2.50}). The small values of the model (money, periods, ranges, coverage,
     * classifications) have no extensions: an unknown member inside one is an error in both modes.
     */
    LENIENT
}
