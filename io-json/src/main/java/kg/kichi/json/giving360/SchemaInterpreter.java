package kg.kichi.json.giving360;

import java.util.LinkedHashMap;
import java.util.Map;
import kg.kichi.json.DocumentProblem;
import tools.jackson.databind.JsonNode;

/**
 * Applies a {@link SchemaRule} to a JSON value, keyword by keyword, as a JSON Schema validator would, and
 * reports each failure as a {@link DocumentProblem} with one of {@link SchemaCheck}'s codes.
 *
 * <p>Invariants: a value of the wrong type gets that one problem, not the others its rule would add; an
 * object's missing required members come first, in the schema's order, then its members' problems in the
 * document's order, and array elements' by index, so the same value always gives the same list; a
 * {@code oneOf} branch is tried with counting {@link SchemaProblems}, so a branch meant to fail builds no problem.
 * Stateless.
 */
final class SchemaInterpreter {
    private SchemaInterpreter() {}

    static void check(SchemaRule rule, JsonNode value, LazyPointer at, SchemaProblems out) {
        if (rule.ref != null) {
            check(rule.ref, value, at, out);
        }
        if (rule.typeDescription != null && !JsonTypes.hasType(rule.types, value)) {
            if (out.note()) {
                out.add(DocumentProblem.of(at.pointer(), SchemaCheck.TYPE,
                        Map.of("expected", rule.typeDescription, "actual", JsonTypes.typeOf(value))));
            }
            return;
        }
        if (rule.enumValues != null && !rule.enumValues.contains(SchemaRule.enumKey(value)) && out.note()) {
            out.add(DocumentProblem.of(at.pointer(), SchemaCheck.ENUM,
                    Map.of("value", String.valueOf(value), "allowed", rule.enumAllowed)));
        }
        if (value.isString()) {
            strings(rule, value.asString(), at, out);
        } else if (value.isNumber()) {
            if (rule.minimum != null && value.decimalValue().compareTo(rule.minimum) < 0 && out.note()) {
                out.add(DocumentProblem.of(at.pointer(), SchemaCheck.MINIMUM, Map.of("value",
                        value.decimalValue().toString(), "minimum", rule.minimum.toString())));
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

    private static void strings(SchemaRule rule, String text, LazyPointer at, SchemaProblems out) {
        if (rule.pattern != null && !rule.pattern.matcher(text).find() && out.note()) {
            // JSON Schema patterns are not anchored (find, not matches); the schema's own ^…$ anchor them
            out.add(DocumentProblem.of(at.pointer(), SchemaCheck.PATTERN,
                    Map.of("value", text, "pattern", rule.pattern.pattern())));
        }
        if (rule.format == SchemaRule.Format.DATE_TIME && !StringFormats.isDateTime(text) && out.note()) {
            out.add(DocumentProblem.of(at.pointer(), SchemaCheck.DATE_TIME, Map.of("value", text)));
        } else if (rule.format == SchemaRule.Format.URI && !StringFormats.isUri(text) && out.note()) {
            out.add(DocumentProblem.of(at.pointer(), SchemaCheck.URI_FORMAT, Map.of("value", text)));
        }
    }

    private static void object(SchemaRule rule, JsonNode value, LazyPointer at, SchemaProblems out) {
        if (rule.required != null) {
            for (String name : rule.required) {
                if (!value.has(name) && out.note()) {
                    out.add(DocumentProblem.of(at.member(name).pointer(), SchemaCheck.REQUIRED, Map.of()));
                }
            }
        }
        if (rule.properties != null) {
            for (Map.Entry<String, JsonNode> member : value.properties()) {
                SchemaRule property = rule.properties.get(member.getKey());
                if (property != null) {
                    check(property, member.getValue(), at.member(member.getKey()), out);
                }
            }
        }
    }

    private static void array(SchemaRule rule, JsonNode value, LazyPointer at, SchemaProblems out) {
        if (rule.minItems >= 0 && value.size() < rule.minItems && out.note()) {
            out.add(DocumentProblem.of(at.pointer(), SchemaCheck.MIN_ITEMS, Map.of("minimum", rule.minItems)));
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
                            out.add(DocumentProblem.of(at.element(i).pointer(), SchemaCheck.DUPLICATE,
                                    Map.of("index", j)));
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
    private static void oneOf(SchemaRule rule, JsonNode value, LazyPointer at, SchemaProblems out) {
        int passing = 0;
        for (SchemaRule branch : rule.oneOf) {
            SchemaProblems trial = SchemaProblems.counting();
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
                out.add(DocumentProblem.of(at.pointer(), SchemaCheck.ONE_OF, arguments));
            }
            return;
        }
        String differing = String.join(", ", rule.oneOfDiffering);
        if (passing > 1) {
            if (out.note()) {
                out.add(DocumentProblem.of(at.pointer(), SchemaCheck.ONE_OF_BOTH, Map.of("names", differing)));
            }
            return;
        }
        boolean missingShared = false;
        for (String name : rule.oneOfShared) {
            if (!value.has(name)) {
                missingShared = true;
                if (out.note()) {
                    out.add(DocumentProblem.of(at.member(name).pointer(), SchemaCheck.REQUIRED, Map.of()));
                }
            }
        }
        boolean anyPresent = rule.oneOfDiffering.stream().anyMatch(value::has);
        if (!anyPresent) {
            if (out.note()) {
                out.add(DocumentProblem.of(at.pointer(), SchemaCheck.ONE_OF_REQUIRED, Map.of("names", differing)));
            }
        } else if (!missingShared && out.note()) {
            // both alternatives present would pass twice; one present and the rest there passes: unreachable
            out.add(DocumentProblem.of(at.pointer(), SchemaCheck.ONE_OF_BOTH, Map.of("names", differing)));
        }
    }
}
