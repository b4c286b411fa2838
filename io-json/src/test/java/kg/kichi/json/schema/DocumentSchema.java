package kg.kichi.json.schema;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The shipped document schema, loaded with networknt (draft 2020-12), errors located by JSON Pointer. */
final class DocumentSchema {
    /** Class-path location of the schema, as shipped in the io-json jar. */
    static final String RESOURCE = "/kg/kichi/json/kichi-document.schema.json";

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(
                    SchemaRegistryConfig.builder().pathType(PathType.JSON_POINTER).build()));
    private static final String TEXT = readResource(RESOURCE);
    private static final Schema SCHEMA = REGISTRY.getSchema(TEXT, InputFormat.JSON);

    private DocumentSchema() {
    }

    /** @return the schema's own JSON */
    static JsonNode node() {
        return MAPPER.readTree(TEXT);
    }

    /**
     * @param json a document
     * @return every error the schema finds, empty when valid
     */
    static List<Error> validate(String json) {
        return SCHEMA.validate(json, InputFormat.JSON);
    }

    /**
     * @param json a document
     * @return every error the schema finds, empty when valid
     */
    static List<Error> validate(JsonNode json) {
        return SCHEMA.validate(json);
    }

    /**
     * A schema for one of the document schema's definitions, e.g. {@code partialDate}.
     *
     * @param definition the name under {@code $defs}
     * @return the schema
     */
    static Schema definition(String definition) {
        tools.jackson.databind.node.ObjectNode root = MAPPER.createObjectNode();
        root.put("$schema", SpecificationVersion.DRAFT_2020_12.getDialectId());
        root.put("$ref", "#/$defs/" + definition);
        root.set("$defs", node().get("$defs"));
        return REGISTRY.getSchema(root);
    }

    /** @return errors of the schema itself against the draft 2020-12 meta-schema */
    static List<Error> metaSchemaErrors() {
        Schema meta = REGISTRY.getSchema(SchemaLocation.of(SpecificationVersion.DRAFT_2020_12.getDialectId()));
        return meta.validate(TEXT, InputFormat.JSON);
    }

    /** @return the JSON mapper used by the tests */
    static JsonMapper mapper() {
        return MAPPER;
    }

    static String readResource(String name) {
        try (InputStream in = DocumentSchema.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
