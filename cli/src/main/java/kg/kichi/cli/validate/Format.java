package kg.kichi.cli.validate;

import java.util.Arrays;
import java.util.List;

/** The input formats the commands read, as {@code --from} and {@code --to} name them. */
public enum Format {
    /** A Kichi JSON document. */
    KICHI("kichi"),
    /** A 360Giving 1.4 JSON package. */
    GIVING360("360giving");

    private final String code;

    Format(String code) {
        this.code = code;
    }

    /** @return the name typed on the command line, e.g. {@code 360giving} */
    public String code() {
        return code;
    }

    /** @return every format's name, in the order help lists them */
    public static List<String> codes() {
        return Arrays.stream(values()).map(Format::code).toList();
    }

    /**
     * @param code a name from {@link #codes()}
     * @return its format
     * @throws IllegalArgumentException for another name
     */
    public static Format of(String code) {
        return Arrays.stream(values()).filter(f -> f.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no format " + code));
    }
}
