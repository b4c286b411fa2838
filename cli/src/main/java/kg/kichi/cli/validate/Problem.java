package kg.kichi.cli.validate;

import kg.kichi.cli.TerminalText;
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
     * @return {@code file:pointer: code: message}, control characters escaped ({@link TerminalText}): a value
     *     in a document cannot forge another line
     */
    public String line(String file) {
        return TerminalText.escape(file) + ":" + TerminalText.escape(pointer) + ": " + code + ": "
                + TerminalText.escape(message);
    }
}
