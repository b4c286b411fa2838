package kg.kichi.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Writes the JSON outputs of the commands: indented, decimals in plain notation, never through a double. */
public final class JsonOutput {
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private JsonOutput() {
    }

    /** @return an empty object to fill */
    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /**
     * A generator for output too long to hold as a tree; closing it flushes but leaves the stream open.
     *
     * @param out where to write (UTF-8)
     * @return the generator, indented, decimals plain
     */
    public static JsonGenerator generator(OutputStream out) {
        return MAPPER.createGenerator(out);
    }

    /**
     * Writes a value followed by a line break.
     *
     * @param node the value
     * @param out where to write
     */
    public static void write(JsonNode node, PrintStream out) {
        out.println(MAPPER.writeValueAsString(node));
        out.flush();
    }
}
