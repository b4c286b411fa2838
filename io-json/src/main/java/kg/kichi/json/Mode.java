package kg.kichi.json;

/** How a reader treats members the format does not define. */
public enum Mode {
    /** Unknown members are errors ({@code kichi.json.unknownMember}). */
    STRICT,
    /**
     * Unknown members are kept in the object's {@link kg.kichi.core.Extensible#getExtensions() extensions} as JSON
     * text and written back after the known members, so a round trip loses nothing. The text is the value
     * re-serialized compactly: insignificant whitespace is dropped, strings and numbers keep their values (numbers
     * exactly, trailing zeros included). The small values of the model (money, periods, ranges, coverage,
     * classifications) have no extensions: an unknown member inside one is an error in both modes.
     */
    LENIENT
}
