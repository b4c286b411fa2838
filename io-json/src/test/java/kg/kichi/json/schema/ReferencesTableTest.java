package kg.kichi.json.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kg.kichi.core.internal.CatalogueCollection;
import kg.kichi.core.internal.Reference;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The document schema's {@code "$comment": "reference: …"} marks and the table of docs/json-format.md#references
 * list exactly the references of {@link Reference#ALL}, the one description both integrity checks walk.
 */
class ReferencesTableTest {
    private static final String COMMENT = "reference: ";
    private static final Pattern ROW = Pattern.compile("^\\| `(\\w+)` \\| `([^`]+)` \\| `([^`]+)` \\| (\\w+) \\|$");

    /** One reference as the table writes it: collection, member, what it refers to, how many. */
    record Row(String collection, String member, String target, String cardinality) {
        @Override
        public String toString() {
            return collection + "[]." + member + " → " + target + " (" + cardinality + ")";
        }
    }

    static List<Row> described() {
        List<Row> rows = new ArrayList<>();
        for (Reference r : Reference.ALL) {
            rows.add(new Row(r.from().member(), r.member(), r.target(), r.cardinality().word()));
        }
        return rows;
    }

    @Test
    void theFormatPageTableListsTheDescribedReferencesInOrder() throws IOException {
        assertThat(formatPageTable()).containsExactlyElementsOf(described());
    }

    @Test
    void theSchemaMarksExactlyTheDescribedReferences() {
        assertThat(schemaReferences()).containsExactlyInAnyOrderElementsOf(described());
    }

    @Test
    void aReferenceOfTheSchemaIsAnIdentifierOfTheKindItNames() {
        List<String> wrongType = new ArrayList<>();
        JsonNode defs = DocumentSchema.node().get("$defs");
        for (String def : defs.propertyNames()) {
            JsonNode properties = defs.get(def).get("properties");
            if (properties == null) {
                continue;
            }
            for (String name : properties.propertyNames()) {
                JsonNode member = properties.get(name);
                JsonNode marked = member.has("items") ? member.get("items") : member;
                if (!marked.has("$comment") || !marked.get("$comment").asString().startsWith(COMMENT)) {
                    continue;
                }
                String target = marked.get("$comment").asString().substring(COMMENT.length());
                String expected = target.equals("organisations") ? "#/$defs/organisationId" : "#/$defs/identifier";
                if (!marked.path("$ref").asString("").equals(expected)) {
                    wrongType.add(def + "." + name);
                }
            }
        }
        assertThat(wrongType).isEmpty();
    }

    private static List<Row> formatPageTable() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("../docs/json-format.md"));
        int start = lines.indexOf("## References");
        assertThat(start).as("the format page's References section").isNotNegative();
        List<Row> rows = new ArrayList<>();
        for (int i = start + 1; i < lines.size() && !lines.get(i).startsWith("## "); i++) {
            Matcher m = ROW.matcher(lines.get(i));
            if (m.matches()) {
                rows.add(new Row(m.group(1), m.group(2), m.group(3), m.group(4)));
            }
        }
        return rows;
    }

    private static List<Row> schemaReferences() {
        JsonNode schema = DocumentSchema.node();
        List<Row> rows = new ArrayList<>();
        for (CatalogueCollection c : CatalogueCollection.values()) {
            walk(schema, schema.get("properties").get(c.member()).get("items"), c.member(), "", true,
                    new HashSet<>(), rows);
        }
        return rows;
    }

    /** Collects the marked members under a node, following $ref, subschemas, properties and array items. */
    private static void walk(JsonNode schema, JsonNode node, String collection, String path, boolean required,
            Set<String> onStack, List<Row> rows) {
        if (node == null || !node.isObject()) {
            return;
        }
        if (node.has("$comment") && node.get("$comment").asString().startsWith(COMMENT)) {
            String cardinality = path.contains("[]") ? "each" : required ? "one" : "optional";
            rows.add(new Row(collection, path, node.get("$comment").asString().substring(COMMENT.length()),
                    cardinality));
        }
        if (node.has("$ref")) {
            String def = node.get("$ref").asString().substring("#/$defs/".length());
            if (onStack.add(def)) {
                walk(schema, schema.get("$defs").get(def), collection, path, required, onStack, rows);
                onStack.remove(def);
            }
        }
        for (String combinator : List.of("allOf", "anyOf", "oneOf")) {
            node.path(combinator).forEach(sub -> walk(schema, sub, collection, path, required, onStack, rows));
        }
        for (String branch : List.of("if", "then", "else")) {
            walk(schema, node.get(branch), collection, path, required, onStack, rows);
        }
        walk(schema, node.get("items"), collection, path + "[]", required, onStack, rows);
        JsonNode properties = node.get("properties");
        if (properties != null) {
            Set<String> requiredHere = new HashSet<>();
            node.path("required").forEach(n -> requiredHere.add(n.asString()));
            for (String name : properties.propertyNames()) {
                walk(schema, properties.get(name), collection, path.isEmpty() ? name : path + "." + name,
                        required && requiredHere.contains(name), onStack, rows);
            }
        }
    }
}
