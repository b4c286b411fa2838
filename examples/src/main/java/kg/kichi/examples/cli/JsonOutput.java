package kg.kichi.examples.cli;

import java.io.PrintStream;
import kg.kichi.core.money.Money;
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
            .build();

    private JsonOutput() {
    }

    /** @return an empty object to fill */
    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /**
     * Money as the document format writes it: {@code {"amount": 1500.00, "currency": "KGS"}}.
     *
     * @param money the amount
     * @return the object
     */
    public static ObjectNode money(Money money) {
        ObjectNode node = object();
        node.put("amount", money.getAmount());
        node.put("currency", money.getCurrencyCode());
        return node;
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
