package kg.kichi.json.giving360;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Turns schema objects into {@link SchemaRule}s, each once (a {@code $ref} to a rule being built links to it),
 * reading the keywords {@link SchemaInterpreter} applies and resolving {@code $ref}s within a schema
 * ({@code #/$defs/…}) and from the package schema to the grant schema.
 *
 * <p>Invariants: one rule per schema object, by identity, so a recursive schema compiles to a cycle of rules
 * rather than without end; a {@code $ref} it cannot resolve fails loading with {@link IllegalStateException}
 * naming it, never a silently empty rule. Used once, while {@link SchemaCheck} loads the bundled schemas.
 */
final class SchemaCompiler {
    private static final String GRANT_URL_PREFIX = "https://raw.githubusercontent.com/ThreeSixtyGiving/standard/";
    private static final String GRANT_URL_SUFFIX = "/schema/360-giving-schema.json";

    private final JsonNode grantSchema;
    private final Map<JsonNode, SchemaRule> compiled = new IdentityHashMap<>();

    /** @param grantSchema the schema a {@code $ref} to the published grant schema's URL stands for */
    SchemaCompiler(JsonNode grantSchema) {
        this.grantSchema = grantSchema;
    }

    /**
     * @param root the schema {@code schema} is part of, whose {@code $defs} its {@code #/$defs/} refs name
     * @param schema the schema object to compile
     * @return its rule
     */
    SchemaRule rule(JsonNode root, JsonNode schema) {
        SchemaRule known = compiled.get(schema);
        if (known != null) {
            return known;
        }
        SchemaRule rule = new SchemaRule();
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
            names.forEach(name -> rule.types |= JsonTypes.bit(name));
            rule.typeDescription = String.join(" or ", names);
        }
        JsonNode values = schema.get("enum");
        if (values != null) {
            Set<String> set = new HashSet<>();
            values.forEach(v -> set.add(SchemaRule.enumKey(v)));
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
            rule.format = name.equals("date-time") ? SchemaRule.Format.DATE_TIME
                    : name.equals("uri") ? SchemaRule.Format.URI : SchemaRule.Format.NONE;
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
            Map<String, SchemaRule> byName = new HashMap<>();
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

    /**
     * A {@code oneOf} is either of value forms (the dates: a date-time or a pattern) or of required lists (a grant
     * to an organisation or to an individual); each is reported in its own way, so what a problem names is
     * worked out here, once.
     */
    private void oneOf(JsonNode root, JsonNode branches, SchemaRule rule) {
        List<SchemaRule> rules = new ArrayList<>();
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

    /** @return the {@code enum} values as a problem lists them, when the schema names no codelist */
    private static String join(JsonNode values) {
        List<String> names = new ArrayList<>();
        values.forEach(v -> names.add(v.isString() ? v.asString() : String.valueOf(v)));
        return String.join(", ", names);
    }
}
