package kg.kichi.json.giving360;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    /** The JSON Schema types as bits of a rule's {@code types}; a type name the interpreter does not know is none. */
    private static final int STRING = 1;
    private static final int NUMBER = 2;
    private static final int INTEGER = 4;
    private static final int OBJECT = 8;
    private static final int ARRAY = 16;
    private static final int BOOLEAN = 32;
    private static final int NULL = 64;

    static final String PACKAGE_FILE = "360-giving-package-schema.json";
    static final String GRANT_FILE = "360-giving-schema.json";
    private static final String GRANT_URL_PREFIX = "https://raw.githubusercontent.com/ThreeSixtyGiving/standard/";
    private static final String GRANT_URL_SUFFIX = "/schema/360-giving-schema.json";

    private static final SchemaCheck INSTANCE = new SchemaCheck();

    private final Rule packageRule;
    private final Rule grantRule;
    private final Map<String, Rule> packageMembers;
    private final List<String> packageRequired;

    private SchemaCheck() {
        JsonMapper mapper = JsonMapper.builder().build();
        JsonNode packageSchema = mapper.readTree(resource(PACKAGE_FILE));
        JsonNode grantSchema = mapper.readTree(resource(GRANT_FILE));
        Compiler compiler = new Compiler(grantSchema);
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
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
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
        Rule rule = packageMembers.get(name);
        if (rule != null) {
            check(rule, value, new Where(null, Pointers.member("", name), -1), new Findings(out));
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
        check(packageMembers.get("grants"), value, new Where(null, "/grants", -1), new Findings(out));
    }

    /**
     * Checks one grant.
     *
     * @param grant the grant's value
     * @param pointer its pointer, e.g. {@code /grants/3}
     * @param out where problems go
     */
    void grant(JsonNode grant, String pointer, List<DocumentProblem> out) {
        check(grantRule, grant, new Where(null, pointer, -1), new Findings(out));
    }

    private void check(Rule rule, JsonNode value, Where at, Findings out) {
        if (rule.ref != null) {
            check(rule.ref, value, at, out);
        }
        if (rule.typeDescription != null && !hasType(rule.types, value)) {
            if (out.note()) {
                out.add(DocumentProblem.of(at.pointer(), TYPE,
                        Map.of("expected", rule.typeDescription, "actual", typeOf(value))));
            }
            return;
        }
        if (rule.enumValues != null && !rule.enumValues.contains(enumKey(value)) && out.note()) {
            out.add(DocumentProblem.of(at.pointer(), ENUM,
                    Map.of("value", String.valueOf(value), "allowed", rule.enumAllowed)));
        }
        if (value.isString()) {
            strings(rule, value.asString(), at, out);
        } else if (value.isNumber()) {
            if (rule.minimum != null && value.decimalValue().compareTo(rule.minimum) < 0 && out.note()) {
                out.add(DocumentProblem.of(at.pointer(), MINIMUM, Map.of("value", value.decimalValue().toString(),
                        "minimum", rule.minimum.toString())));
            }
        } else if (value.isObject()) {
            object(rule, value, at, out);
        } else if (value.isArray()) {
            array(rule, value, at, out);
        }
        if (rule.oneOf != null) {
            oneOf(rule, value, at, out);
        }
    }

    private static String enumKey(JsonNode value) {
        return value.isString() ? value.asString() : "\u0000" + value;
    }

    private void strings(Rule rule, String text, Where at, Findings out) {
        if (rule.pattern != null && !rule.pattern.matcher(text).find() && out.note()) {
            // JSON Schema patterns are not anchored (find, not matches); the schema's own ^…$ anchor them
            out.add(DocumentProblem.of(at.pointer(), PATTERN,
                    Map.of("value", text, "pattern", rule.pattern.pattern())));
        }
        if (rule.format == Format.DATE_TIME && !isDateTime(text) && out.note()) {
            out.add(DocumentProblem.of(at.pointer(), DATE_TIME, Map.of("value", text)));
        } else if (rule.format == Format.URI && !isUri(text) && out.note()) {
            out.add(DocumentProblem.of(at.pointer(), URI_FORMAT, Map.of("value", text)));
        }
    }

    private void object(Rule rule, JsonNode value, Where at, Findings out) {
        if (rule.required != null) {
            for (String name : rule.required) {
                if (!value.has(name) && out.note()) {
                    out.add(DocumentProblem.of(at.member(name).pointer(), REQUIRED, Map.of()));
                }
            }
        }
        if (rule.properties != null) {
            for (Map.Entry<String, JsonNode> member : value.properties()) {
                Rule property = rule.properties.get(member.getKey());
                if (property != null) {
                    check(property, member.getValue(), at.member(member.getKey()), out);
                }
            }
        }
    }

    private void array(Rule rule, JsonNode value, Where at, Findings out) {
        if (rule.minItems >= 0 && value.size() < rule.minItems && out.note()) {
            out.add(DocumentProblem.of(at.pointer(), MIN_ITEMS, Map.of("minimum", rule.minItems)));
        }
        if (rule.items != null) {
            for (int i = 0; i < value.size(); i++) {
                check(rule.items, value.get(i), at.element(i), out);
            }
        }
        if (rule.uniqueItems) {
            for (int i = 1; i < value.size(); i++) {
                for (int j = 0; j < i; j++) {
                    if (JsonValues.equivalent(value.get(i), value.get(j))) {
                        if (out.note()) {
                            out.add(DocumentProblem.of(at.element(i).pointer(), DUPLICATE, Map.of("index", j)));
                        }
                        break;
                    }
                }
            }
        }
    }

    /**
     * {@code oneOf}: exactly one branch must hold. The branches are tried counting their problems only. The grant's
     * two {@code required} lists (to an organisation, to an individual) are reported as the members every branch
     * misses, then what the branches disagree on; the dates' forms as one problem naming the forms.
     */
    private void oneOf(Rule rule, JsonNode value, Where at, Findings out) {
        int passing = 0;
        for (Rule branch : rule.oneOf) {
            Findings trial = Findings.counting();
            check(branch, value, at, trial);
            if (trial.count == 0) {
                passing++;
            }
        }
        if (passing == 1) {
            return;
        }
        if (rule.oneOfForms != null) {
            if (out.note()) {
                Map<String, Object> arguments = new LinkedHashMap<>();
                arguments.put("value", value.isString() ? value.asString() : String.valueOf(value));
                arguments.put("expected", rule.oneOfForms);
                out.add(DocumentProblem.of(at.pointer(), ONE_OF, arguments));
            }
            return;
        }
        String differing = String.join(", ", rule.oneOfDiffering);
        if (passing > 1) {
            if (out.note()) {
                out.add(DocumentProblem.of(at.pointer(), ONE_OF_BOTH, Map.of("names", differing)));
            }
            return;
        }
        boolean missingShared = false;
        for (String name : rule.oneOfShared) {
            if (!value.has(name)) {
                missingShared = true;
                if (out.note()) {
                    out.add(DocumentProblem.of(at.member(name).pointer(), REQUIRED, Map.of()));
                }
            }
        }
        boolean anyPresent = rule.oneOfDiffering.stream().anyMatch(value::has);
        if (!anyPresent) {
            if (out.note()) {
                out.add(DocumentProblem.of(at.pointer(), ONE_OF_REQUIRED, Map.of("names", differing)));
            }
        } else if (!missingShared && out.note()) {
            // both alternatives present would pass twice; one present and the rest there passes: unreachable
            out.add(DocumentProblem.of(at.pointer(), ONE_OF_BOTH, Map.of("names", differing)));
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

    /** The {@code format}s asserted; other formats are annotations. */
    private enum Format { NONE, DATE_TIME, URI }

    /**
     * One schema object with its keywords looked up once, when the schemas are loaded, rather than at every value
     * checked. A {@code $ref} is a link to the rule it names, so recursive schemas are rules that refer to
     * themselves.
     */
    private static final class Rule {
        Rule ref;
        /** The {@code type}'s bits, when {@link #typeDescription} is not null. */
        int types;
        String typeDescription;
        Set<String> enumValues;
        String enumAllowed;
        Pattern pattern;
        Format format = Format.NONE;
        BigDecimal minimum;
        List<String> required;
        Map<String, Rule> properties;
        Rule items;
        int minItems = -1;
        boolean uniqueItems;
        List<Rule> oneOf;
        /** For a {@code oneOf} of value forms: the forms, as a problem names them; null for one of required lists. */
        String oneOfForms;
        /** For a {@code oneOf} of required lists: the names all branches require, and those they disagree on. */
        Set<String> oneOfShared;
        Set<String> oneOfDiffering;
    }

    /** Turns schema objects into rules, each once (a {@code $ref} to a rule being built links to it). */
    private static final class Compiler {
        private final JsonNode grantSchema;
        private final Map<JsonNode, Rule> compiled = new IdentityHashMap<>();

        Compiler(JsonNode grantSchema) {
            this.grantSchema = grantSchema;
        }

        Rule rule(JsonNode root, JsonNode schema) {
            Rule known = compiled.get(schema);
            if (known != null) {
                return known;
            }
            Rule rule = new Rule();
            compiled.put(schema, rule);
            JsonNode ref = schema.get("$ref");
            if (ref != null) {
                String target = ref.asString();
                if (target.startsWith("#/$defs/")) {
                    rule.ref = rule(root, root.get("$defs").get(target.substring("#/$defs/".length())));
                } else if (target.startsWith(GRANT_URL_PREFIX) && target.endsWith(GRANT_URL_SUFFIX)) {
                    rule.ref = rule(grantSchema, grantSchema);
                } else {
                    throw new IllegalStateException("unsupported $ref " + target);
                }
            }
            JsonNode type = schema.get("type");
            if (type != null) {
                List<String> names = new ArrayList<>();
                if (type.isArray()) {
                    type.forEach(t -> names.add(t.asString()));
                } else {
                    names.add(type.asString());
                }
                names.forEach(name -> rule.types |= typeBit(name));
                rule.typeDescription = String.join(" or ", names);
            }
            JsonNode values = schema.get("enum");
            if (values != null) {
                Set<String> set = new HashSet<>();
                values.forEach(v -> set.add(enumKey(v)));
                rule.enumValues = set;
                JsonNode codelist = schema.get("codelist");
                rule.enumAllowed = codelist != null ? codelist.asString() : join(values);
            }
            JsonNode pattern = schema.get("pattern");
            if (pattern != null) {
                rule.pattern = Pattern.compile(pattern.asString());
            }
            JsonNode format = schema.get("format");
            if (format != null) {
                String name = format.asString();
                rule.format = name.equals("date-time") ? Format.DATE_TIME : name.equals("uri") ? Format.URI
                        : Format.NONE;
            }
            JsonNode minimum = schema.get("minimum");
            if (minimum != null) {
                rule.minimum = minimum.decimalValue();
            }
            JsonNode required = schema.get("required");
            if (required != null) {
                List<String> names = new ArrayList<>();
                required.forEach(n -> names.add(n.asString()));
                rule.required = List.copyOf(names);
            }
            JsonNode properties = schema.get("properties");
            if (properties != null) {
                Map<String, Rule> byName = new HashMap<>();
                properties.properties().forEach(p -> byName.put(p.getKey(), rule(root, p.getValue())));
                rule.properties = byName;
            }
            JsonNode items = schema.get("items");
            if (items != null && items.isObject()) {
                rule.items = rule(root, items);
            }
            JsonNode minItems = schema.get("minItems");
            if (minItems != null) {
                rule.minItems = minItems.asInt();
            }
            JsonNode unique = schema.get("uniqueItems");
            rule.uniqueItems = unique != null && unique.asBoolean();
            JsonNode oneOf = schema.get("oneOf");
            if (oneOf != null) {
                oneOf(root, oneOf, rule);
            }
            return rule;
        }

        private void oneOf(JsonNode root, JsonNode branches, Rule rule) {
            List<Rule> rules = new ArrayList<>();
            boolean requiredOnly = true;
            for (JsonNode branch : branches) {
                rules.add(rule(root, branch));
                requiredOnly &= branch.size() == 1 && branch.has("required");
            }
            rule.oneOf = List.copyOf(rules);
            if (!requiredOnly) {
                rule.oneOfForms = forms(branches);
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
            rule.oneOfShared = inAll;
            rule.oneOfDiffering = differing;
        }
    }

    /**
     * Where problems go. Trying a {@code oneOf} branch only counts them: building their pointers and arguments
     * would be wasted on the branches that are meant to fail.
     */
    private static final class Findings {
        private final List<DocumentProblem> problems;
        int count;

        Findings(List<DocumentProblem> problems) {
            this.problems = problems;
        }

        static Findings counting() {
            return new Findings(null);
        }

        /** Counts a problem; @return whether it is to be built and {@linkplain #add added} */
        boolean note() {
            count++;
            return problems != null;
        }

        void add(DocumentProblem problem) {
            problems.add(problem);
        }
    }

    /**
     * @param text a string
     * @return whether it is an RFC 3339 date-time: a real date, hours 00-23, minutes 00-59, seconds 00-60 (a leap
     *     second), an offset up to ±23:59
     */
    static boolean isDateTime(String text) {
        // date "T" time, optional fraction, then "Z" or an offset: read by position, as the form is fixed
        int n = text.length();
        if (n < 20 || !digits(text, 0, 4) || text.charAt(4) != '-' || !digits(text, 5, 2) || text.charAt(7) != '-'
                || !digits(text, 8, 2) || text.charAt(10) != 'T' && text.charAt(10) != 't' || !digits(text, 11, 2)
                || text.charAt(13) != ':' || !digits(text, 14, 2) || text.charAt(16) != ':' || !digits(text, 17, 2)) {
            return false;
        }
        int i = 19;
        if (text.charAt(i) == '.') {
            int fraction = ++i;
            while (i < n && isDigit(text.charAt(i))) {
                i++;
            }
            if (i == fraction) {
                return false;
            }
        }
        if (i >= n) {
            return false;
        }
        char zone = text.charAt(i);
        boolean offset = zone == '+' || zone == '-';
        if (offset ? n - i != 6 || !digits(text, i + 1, 2) || text.charAt(i + 3) != ':' || !digits(text, i + 4, 2)
                : zone != 'Z' && zone != 'z' || i + 1 != n) {
            return false;
        }
        try {
            LocalDate.of(number(text, 0, 4), number(text, 5, 2), number(text, 8, 2));
            int second = number(text, 17, 2);
            LocalTime.of(number(text, 11, 2), number(text, 14, 2), Math.min(second, 59));
            if (second == 60 || !offset) {
                return second <= 60;
            }
            return number(text, i + 1, 2) <= 23 && number(text, i + 4, 2) <= 59;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean digits(String text, int from, int count) {
        for (int i = from; i < from + count; i++) {
            if (!isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** @return the number written by {@code count} digits from {@code from} */
    private static int number(String text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            value = value * 10 + (text.charAt(i) - '0');
        }
        return value;
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

    private static int typeBit(String type) {
        switch (type) {
            case "string":
                return STRING;
            case "number":
                return NUMBER;
            case "integer":
                return INTEGER;
            case "object":
                return OBJECT;
            case "array":
                return ARRAY;
            case "boolean":
                return BOOLEAN;
            case "null":
                return NULL;
            default:
                return 0;
        }
    }

    private static boolean hasType(int types, JsonNode value) {
        if (value.isString()) {
            return (types & STRING) != 0;
        } else if (value.isNumber()) {
            return (types & NUMBER) != 0 || (types & INTEGER) != 0 && (value.isIntegralNumber()
                    || value.decimalValue().stripTrailingZeros().scale() <= 0);
        } else if (value.isObject()) {
            return (types & OBJECT) != 0;
        } else if (value.isArray()) {
            return (types & ARRAY) != 0;
        } else if (value.isBoolean()) {
            return (types & BOOLEAN) != 0;
        }
        return value.isNull() && (types & NULL) != 0;
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
