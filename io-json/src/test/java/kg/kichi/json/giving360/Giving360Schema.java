package kg.kichi.json.giving360;

import com.networknt.schema.Error;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The official 360Giving 1.4.3 package schema (draft 2020-12), from local copies: the grant schema's URLs
 * (the package refers to 1.4.2, the grant schema's own {@code $id} is 1.4.3) resolve to the copy here, with
 * format assertions on so the dates' {@code oneOf} means what its authors meant.
 */
final class Giving360Schema {
    static final String PACKAGE_ID =
            "https://raw.githubusercontent.com/ThreeSixtyGiving/standard/1.4.3/schema/360-giving-package-schema.json";
    private static final String GRANT_142 =
            "https://raw.githubusercontent.com/ThreeSixtyGiving/standard/1.4.2/schema/360-giving-schema.json";
    private static final String GRANT_143 =
            "https://raw.githubusercontent.com/ThreeSixtyGiving/standard/1.4.3/schema/360-giving-schema.json";
    private static final String DIR = "/kg/kichi/json/giving360/";

    private static final Schema PACKAGE = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder
                    .schemaRegistryConfig(SchemaRegistryConfig.builder().pathType(PathType.JSON_POINTER)
                            .formatAssertionsEnabled(true).build())
                    .schemas(Map.of(
                            PACKAGE_ID, read("360-giving-package-schema.json"),
                            GRANT_142, read("360-giving-schema.json"),
                            GRANT_143, read("360-giving-schema.json"))))
            .getSchema(SchemaLocation.of(PACKAGE_ID));

    private Giving360Schema() {
    }

    /**
     * @param pack a 360Giving package
     * @return every error, empty when valid
     */
    static List<Error> validate(JsonNode pack) {
        return PACKAGE.validate(pack);
    }

    /**
     * @param name a codelist file here, e.g. {@code regrantType.csv}
     * @return the codes of its first column
     */
    static Set<String> codelist(String name) {
        Set<String> codes = new LinkedHashSet<>();
        String[] lines = read(name).split("\r?\n");
        for (int i = 1; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                codes.add(lines[i].substring(0, lines[i].indexOf(',')));
            }
        }
        return codes;
    }

    static String read(String name) {
        try (InputStream in = Giving360Schema.class.getResourceAsStream(DIR + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DIR + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
