package kg.kichi.json.giving360;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    private static final String GRANT_URL_PREFIX = "https://raw.githubusercontent.com/ThreeSixtyGiving/standard/";
    private static final String GRANT_URL_SUFFIX = "/schema/360-giving-schema.json";

    /** RFC 3339 {@code date-time}: date, {@code T}, time with optional fraction, {@code Z} or an offset. */
    private static final Pattern DATE_TIME_TEXT = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})[Tt](\\d{2}):(\\d{2}):(\\d{2})(\\.\\d+)?([Zz]|([+-])(\\d{2}):(\\d{2}))");

    private static final SchemaCheck INSTANCE = new SchemaCheck();

    private final JsonNode packageSchema;
    private final JsonNode grantSchema;
    private final JsonNode grantsItems;
    private final Map<String, Pattern> patterns = new ConcurrentHashMap<>();
    private final Map<JsonNode, Set<String>> enums = new IdentityHashMap<>();

    private SchemaCheck() {
        JsonMapper mapper = JsonMapper.builder().build();
        this.packageSchema = mapper.readTree(resource(PACKAGE_FILE));
        this.grantSchema = mapper.readTree(resource(GRANT_FILE));
        this.grantsItems = packageSchema.get("properties").get("grants");
        collectEnums(packageSchema);
        collectEnums(grantSchema);
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
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Enum sets are built once, so that checking a currency is one hash lookup. */
    private void collectEnums(JsonNode schema) {
        if (schema.isObject()) {
            JsonNode values = schema.get("enum");
            if (values != null && values.isArray()) {
                Set<String> set = new HashSet<>();
                values.forEach(v -> set.add(v.isString() ? v.asString() : "\u0000" + v));
                enums.put(values, set);
            }
            schema.forEach(this::collectEnums);
        } else if (schema.isArray()) {
            schema.forEach(this::collectEnums);
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
        JsonNode schema = packageSchema.get("properties").get(name);
        if (schema != null) {
            check(packageSchema, schema, value, new Where(null, Pointers.member("", name), -1), out);
        }
    }

    /** @return the names the package schema requires (checked by the reader, which streams the package) */
    List<String> packageRequired() {
        List<String> names = new ArrayList<>();
        packageSchema.get("required").forEach(n -> names.add(n.asString()));
        return names;
    }

    /**
     * Checks a {@code grants} member that is not an array (an array is streamed, grant by grant).
     *
     * @param value its value
     * @param out where problems go
     */
    void grantsProblems(JsonNode value, List<DocumentProblem> out) {
        check(packageSchema, grantsItems, value, new Where(null, "/grants", -1), out);
    }

    /**
     * Checks one grant.
     *
     * @param grant the grant's value
     * @param pointer its pointer, e.g. {@code /grants/3}
     * @param out where problems go
     */
    void grant(JsonNode grant, String pointer, List<DocumentProblem> out) {
        check(grantSchema, grantSchema, grant, new Where(null, pointer, -1), out);
    }

    private void check(JsonNode root, JsonNode schema, JsonNode value, Where at, List<DocumentProblem> out) {
        JsonNode ref = schema.get("$ref");
        if (ref != null) {
            String target = ref.asString();
            if (target.startsWith("#/$defs/")) {
                check(root, root.get("$defs").get(target.substring("#/$defs/".length())), value, at, out);
            } else if (target.startsWith(GRANT_URL_PREFIX) && target.endsWith(GRANT_URL_SUFFIX)) {
                check(grantSchema, grantSchema, value, at, out);
            } else {
                throw new IllegalStateException("unsupported $ref " + target);
            }
        }
        JsonNode type = schema.get("type");
        if (type != null && !hasType(type, value)) {
            out.add(DocumentProblem.of(at.pointer(), TYPE, Map.of("expected", describe(type), "actual", typeOf(value))));
            return;
        }
        JsonNode values = schema.get("enum");
        if (values != null && !enums.get(values).contains(value.isString() ? value.asString() : "\u0000" + value)) {
            JsonNode codelist = schema.get("codelist");
            String allowed = codelist != null ? codelist.asString() : join(values);
            out.add(DocumentProblem.of(at.pointer(), ENUM, Map.of("value", String.valueOf(value), "allowed", allowed)));
        }
        if (value.isString()) {
            strings(schema, value.asString(), at, out);
        } else if (value.isNumber()) {
            JsonNode minimum = schema.get("minimum");
            if (minimum != null && value.decimalValue().compareTo(minimum.decimalValue()) < 0) {
                out.add(DocumentProblem.of(at.pointer(), MINIMUM, Map.of("value", value.decimalValue().toString(),
                        "minimum", minimum.decimalValue().toString())));
            }
        } else if (value.isObject()) {
            object(root, schema, value, at, out);
        } else if (value.isArray()) {
            array(root, schema, value, at, out);
        }
        JsonNode oneOf = schema.get("oneOf");
        if (oneOf != null) {
            oneOf(root, oneOf, value, at, out);
        }
    }

    private void strings(JsonNode schema, String text, Where at, List<DocumentProblem> out) {
        JsonNode pattern = schema.get("pattern");
        if (pattern != null && !matches(pattern.asString(), text)) {
            out.add(DocumentProblem.of(at.pointer(), PATTERN, Map.of("value", text, "pattern", pattern.asString())));
        }
        JsonNode format = schema.get("format");
        if (format != null) {
            String name = format.asString();
            if (name.equals("date-time") && !isDateTime(text)) {
                out.add(DocumentProblem.of(at.pointer(), DATE_TIME, Map.of("value", text)));
            } else if (name.equals("uri") && !isUri(text)) {
                out.add(DocumentProblem.of(at.pointer(), URI_FORMAT, Map.of("value", text)));
            }
        }
    }

    private void object(JsonNode root, JsonNode schema, JsonNode value, Where at, List<DocumentProblem> out) {
        JsonNode required = schema.get("required");
        if (required != null) {
            for (JsonNode name : required) {
                if (!value.has(name.asString())) {
                    out.add(DocumentProblem.of(at.member(name.asString()).pointer(), REQUIRED, Map.of()));
                }
            }
        }
        JsonNode properties = schema.get("properties");
        if (properties != null) {
            for (Map.Entry<String, JsonNode> member : value.properties()) {
                JsonNode property = properties.get(member.getKey());
                if (property != null) {
                    check(root, property, member.getValue(), at.member(member.getKey()), out);
                }
            }
        }
    }

    private void array(JsonNode root, JsonNode schema, JsonNode value, Where at, List<DocumentProblem> out) {
        JsonNode minItems = schema.get("minItems");
        if (minItems != null && value.size() < minItems.asInt()) {
            out.add(DocumentProblem.of(at.pointer(), MIN_ITEMS, Map.of("minimum", minItems.asInt())));
        }
        JsonNode items = schema.get("items");
        if (items != null && items.isObject()) {
            for (int i = 0; i < value.size(); i++) {
                check(root, items, value.get(i), at.element(i), out);
            }
        }
        JsonNode unique = schema.get("uniqueItems");
        if (unique != null && unique.asBoolean()) {
            for (int i = 1; i < value.size(); i++) {
                for (int j = 0; j < i; j++) {
                    if (JsonValues.equivalent(value.get(i), value.get(j))) {
                        out.add(DocumentProblem.of(at.element(i).pointer(), DUPLICATE, Map.of("index", j)));
                        break;
                    }
                }
            }
        }
    }

    /**
     * {@code oneOf}: exactly one branch must hold. The grant's two {@code required} lists (to an organisation, to
     * an individual) are reported as the members every branch misses, then what the branches disagree on; the
     * dates' forms as one problem naming the forms.
     */
    private void oneOf(JsonNode root, JsonNode branches, JsonNode value, Where at, List<DocumentProblem> out) {
        int passing = 0;
        List<List<DocumentProblem>> found = new ArrayList<>();
        for (JsonNode branch : branches) {
            List<DocumentProblem> scratch = new ArrayList<>();
            check(root, branch, value, at, scratch);
            found.add(scratch);
            if (scratch.isEmpty()) {
                passing++;
            }
        }
        if (passing == 1) {
            return;
        }
        boolean requiredOnly = true;
        for (JsonNode branch : branches) {
            requiredOnly &= branch.size() == 1 && branch.has("required");
        }
        if (!requiredOnly) {
            Map<String, Object> arguments = new LinkedHashMap<>();
            arguments.put("value", value.isString() ? value.asString() : String.valueOf(value));
            arguments.put("expected", forms(branches));
            out.add(DocumentProblem.of(at.pointer(), ONE_OF, arguments));
            return;
        }
        Set<String> inAll = null;
        Set<String> differing = new LinkedHashSet<>();
        for (JsonNode branch : branches) {
            Set<String> names = new LinkedHashSet<>();
            branch.get("required").forEach(n -> names.add(n.asString()));
            if (inAll == null) {
                inAll = new LinkedHashSet<>(names);
            } else {
                inAll.retainAll(names);
            }
            differing.addAll(names);
        }
        differing.removeAll(inAll);
        if (passing > 1) {
            out.add(DocumentProblem.of(at.pointer(), ONE_OF_BOTH, Map.of("names", String.join(", ", differing))));
            return;
        }
        boolean missingShared = false;
        for (String name : inAll) {
            if (!value.has(name)) {
                out.add(DocumentProblem.of(at.member(name).pointer(), REQUIRED, Map.of()));
                missingShared = true;
            }
        }
        boolean anyPresent = differing.stream().anyMatch(value::has);
        if (!anyPresent) {
            out.add(DocumentProblem.of(at.pointer(), ONE_OF_REQUIRED, Map.of("names", String.join(", ", differing))));
        } else if (!missingShared) {
            // both alternatives present would pass twice; one present and the rest there passes: unreachable
            out.add(DocumentProblem.of(at.pointer(), ONE_OF_BOTH, Map.of("names", String.join(", ", differing))));
        }
    }

    /** Names the forms of a {@code oneOf} of formats and patterns, e.g. {@code date-time | YYYY-MM-DD}. */
    private static String forms(JsonNode branches) {
        List<String> names = new ArrayList<>();
        for (JsonNode branch : branches) {
            if (branch.has("format")) {
                names.add(branch.get("format").asString().equals("date-time") ? "YYYY-MM-DDThh:mm:ss±hh:mm"
                        : branch.get("format").asString());
            } else if (branch.has("pattern")) {
                String pattern = branch.get("pattern").asString();
                names.add(pattern.contains("[12][0-9]|3[01]") ? "YYYY-MM-DD"
                        : pattern.contains(")?$") ? "YYYY, YYYY-MM" : pattern);
            }
        }
        return String.join(" | ", names);
    }

    private boolean matches(String pattern, String text) {
        Matcher m = patterns.computeIfAbsent(pattern, Pattern::compile).matcher(text);
        return m.find(); // JSON Schema patterns are not anchored; the schema's own ^…$ anchor them
    }

    /**
     * @param text a string
     * @return whether it is an RFC 3339 date-time: a real date, hours 00-23, minutes 00-59, seconds 00-60 (a leap
     *     second), an offset up to ±23:59
     */
    static boolean isDateTime(String text) {
        Matcher m = DATE_TIME_TEXT.matcher(text);
        if (!m.matches()) {
            return false;
        }
        try {
            LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            int second = Integer.parseInt(m.group(6));
            LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), Math.min(second, 59));
            if (second == 60 || m.group(9) == null) {
                return second <= 60;
            }
            return Integer.parseInt(m.group(10)) <= 23 && Integer.parseInt(m.group(11)) <= 59;
        } catch (DateTimeException e) {
            return false;
        }
    }

    /**
     * @param text a string
     * @return whether it is an absolute URI (RFC 3986): it parses and has a scheme
     */
    static boolean isUri(String text) {
        try {
            return new URI(text).isAbsolute();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static boolean hasType(JsonNode type, JsonNode value) {
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (isType(t.asString(), value)) {
                    return true;
                }
            }
            return false;
        }
        return isType(type.asString(), value);
    }

    private static boolean isType(String type, JsonNode value) {
        switch (type) {
            case "string":
                return value.isString();
            case "number":
                return value.isNumber();
            case "integer":
                return value.isIntegralNumber() || value.isNumber()
                        && value.decimalValue().stripTrailingZeros().scale() <= 0;
            case "object":
                return value.isObject();
            case "array":
                return value.isArray();
            case "boolean":
                return value.isBoolean();
            case "null":
                return value.isNull();
            default:
                return false;
        }
    }

    private static String describe(JsonNode type) {
        if (!type.isArray()) {
            return type.asString();
        }
        List<String> names = new ArrayList<>();
        type.forEach(t -> names.add(t.asString()));
        return String.join(" or ", names);
    }

    static String typeOf(JsonNode value) {
        if (value.isString()) {
            return "string";
        } else if (value.isNumber()) {
            return "number";
        } else if (value.isObject()) {
            return "object";
        } else if (value.isArray()) {
            return "array";
        } else if (value.isBoolean()) {
            return value.asBoolean() ? "true" : "false";
        }
        return "null";
    }

    private static String join(JsonNode values) {
        List<String> names = new ArrayList<>();
        values.forEach(v -> names.add(v.isString() ? v.asString() : String.valueOf(v)));
        return String.join(", ", names);
    }

    /**
     * Where a value is, its JSON Pointer built only when a problem needs it: most values checked have none, and
     * building a pointer for each (escaping, concatenating) was a large part of checking a grant.
     */
    static final class Where {
        private final Where parent;
        private final String name;
        private final int index;

        Where(Where parent, String name, int index) {
            this.parent = parent;
            this.name = name;
            this.index = index;
        }

        Where member(String member) {
            return new Where(this, member, -1);
        }

        Where element(int i) {
            return new Where(this, null, i);
        }

        /** @return the pointer; the root's name is its pointer as given */
        String pointer() {
            if (parent == null) {
                return name;
            }
            String above = parent.pointer();
            return name != null ? Pointers.member(above, name) : Pointers.element(above, index);
        }
    }
}
