package kg.kichi.json.giving360;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import kg.kichi.json.DocumentProblem;
import kg.kichi.json.internal.codec.Pointers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The 360Giving 1.4.3 package and grant schemas (draft 2020-12, bundled unchanged in this package's resources),
 * applied by a small interpreter of the keywords they use: {@code $ref}, {@code type}, {@code properties},
 * {@code required}, {@code items}, {@code minItems}, {@code uniqueItems}, {@code enum}, {@code pattern},
 * {@code format} ({@code date-time}, {@code uri}, asserted), {@code minimum} and {@code oneOf}. Annotations
 * ({@code title}, {@code codelist}, {@code rollUp}, …) are ignored, as a JSON Schema validator ignores them.
 *
 * <p>Why an interpreter rather than hand-written checks: the schema is the authority on what is invalid, so the
 * reader's verdicts follow it keyword by keyword; a test holds them against an independent validator.
 *
 * <p>Each problem names where (a JSON Pointer) and what (a stable code): {@code kichi.json.type},
 * {@code kichi.required}, {@code kichi.json.dateTime} and the {@code kichi.json.giving360.*} codes of this
 * class. A value of the wrong type gets that one problem, not the others its schema would add. Immutable and
 * thread-safe once built.
 */
final class SchemaCheck {
    // The steps, in this package: SchemaCompiler reads the schemas into SchemaRules once; SchemaInterpreter
    // applies a rule to a value, with JsonTypes for `type` and StringFormats for `format`; SchemaProblems collects
    // (or only counts) the problems, each located by a LazyPointer.

    static final String TYPE = "kichi.json.type";
    static final String REQUIRED = "kichi.required";
    static final String DATE_TIME = "kichi.json.dateTime";
    static final String ENUM = "kichi.json.giving360.enum";
    static final String PATTERN = "kichi.json.giving360.pattern";
    static final String URI_FORMAT = "kichi.json.giving360.uri";
    static final String MINIMUM = "kichi.json.giving360.minimum";
    static final String MIN_ITEMS = "kichi.json.giving360.minItems";
    static final String DUPLICATE = "kichi.json.giving360.duplicate";
    static final String DUPLICATE_GRANT = "kichi.json.giving360.duplicateGrant";
    static final String ONE_OF = "kichi.json.giving360.oneOf";
    static final String ONE_OF_REQUIRED = "kichi.json.giving360.oneOfRequired";
    static final String ONE_OF_BOTH = "kichi.json.giving360.oneOfBoth";

    static final String PACKAGE_FILE = "360-giving-package-schema.json";
    static final String GRANT_FILE = "360-giving-schema.json";

    private static final SchemaCheck INSTANCE = new SchemaCheck();

    private final SchemaRule packageRule;
    private final SchemaRule grantRule;
    private final Map<String, SchemaRule> packageMembers;
    private final List<String> packageRequired;

    private SchemaCheck() {
        JsonMapper mapper = JsonMapper.builder().build();
        JsonNode packageSchema = mapper.readTree(resource(PACKAGE_FILE));
        JsonNode grantSchema = mapper.readTree(resource(GRANT_FILE));
        SchemaCompiler compiler = new SchemaCompiler(grantSchema);
        this.grantRule = compiler.rule(grantSchema, grantSchema);
        this.packageRule = compiler.rule(packageSchema, packageSchema);
        this.packageMembers = packageRule.properties;
        this.packageRequired = packageRule.required;
    }

    /** @return the shared instance over the bundled schemas */
    static SchemaCheck instance() {
        return INSTANCE;
    }

    static String resource(String name) {
        try (InputStream in = SchemaCheck.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Checks one package member other than {@code grants}.
     *
     * @param name the member's name
     * @param value its value
     * @param out where problems go
     */
    void packageMember(String name, JsonNode value, List<DocumentProblem> out) {
        SchemaRule rule = packageMembers.get(name);
        if (rule != null) {
            SchemaInterpreter.check(rule, value, LazyPointer.root(Pointers.member("", name)), new SchemaProblems(out));
        }
    }

    /** @return the names the package schema requires (checked by the reader, which streams the package) */
    List<String> packageRequired() {
        return packageRequired;
    }

    /**
     * Checks a {@code grants} member that is not an array (an array is streamed, grant by grant).
     *
     * @param value its value
     * @param out where problems go
     */
    void grantsProblems(JsonNode value, List<DocumentProblem> out) {
        SchemaInterpreter.check(packageMembers.get("grants"), value, LazyPointer.root("/grants"), new SchemaProblems(out));
    }

    /**
     * Checks one grant.
     *
     * @param grant the grant's value
     * @param pointer its pointer, e.g. {@code /grants/3}
     * @param out where problems go
     */
    void grant(JsonNode grant, String pointer, List<DocumentProblem> out) {
        SchemaInterpreter.check(grantRule, grant, LazyPointer.root(pointer), new SchemaProblems(out));
    }
}
