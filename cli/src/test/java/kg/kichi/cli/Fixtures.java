package kg.kichi.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import kg.kichi.examples.ExampleDataset;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Copies of the bundled seed fixtures as files, intact or broken on purpose. */
public final class Fixtures {
    private static final JsonMapper MAPPER = JsonMapper.shared();

    private Fixtures() {
    }

    /**
     * Writes a fixture as it is bundled.
     *
     * @param dir where to write
     * @param example which fixture
     * @return the file's name
     * @throws IOException if writing fails
     */
    public static String copy(Path dir, ExampleDataset example) throws IOException {
        return Files.writeString(dir.resolve(example.getFileName()), example.readText()).toString();
    }

    /**
     * Writes a fixture after changing its JSON tree.
     *
     * @param dir where to write
     * @param example which fixture
     * @param change what to break
     * @return the file's name
     * @throws IOException if writing fails
     */
    public static String broken(Path dir, ExampleDataset example, Consumer<ObjectNode> change) throws IOException {
        ObjectNode root = (ObjectNode) MAPPER.readTree(example.readText());
        change.accept(root);
        return Files.writeString(dir.resolve("broken-" + example.getFileName()), MAPPER.writeValueAsString(root))
                .toString();
    }

    /**
     * Breaks a document twice: the first grant loses its title (required) and the envelope gains a member the
     * format does not define.
     *
     * @param root the document
     */
    public static void removeFirstGrantTitleAndAddUnknownMember(ObjectNode root) {
        ((ObjectNode) root.get("grants").get(0)).remove("title");
        root.put("colour", "green");
    }
}
