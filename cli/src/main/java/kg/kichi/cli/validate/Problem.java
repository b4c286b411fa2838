package kg.kichi.cli.validate;

import java.util.Objects;

/**
 * One problem of a document.
 *
 * @param pointer JSON Pointer (RFC 6901) to the value at fault; empty for the whole document
 * @param code the stable code, e.g. {@code kichi.json.unknownMember}
 * @param message the message in the language asked for
 */
public record Problem(String pointer, String code, String message) {
    /**
     * Checks the parts.
     *
     * @param pointer JSON Pointer
     * @param code stable code
     * @param message message
     */
    public Problem {
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    /**
     * The line {@code kichi validate} prints.
     *
     * @param file the file as given on the command line
     * @return {@code file:pointer: code: message}
     */
    public String line(String file) {
        return file + ":" + pointer + ": " + code + ": " + message;
    }
}
