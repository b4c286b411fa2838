package kg.kichi.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kg.kichi.json.internal.codec.CodecTesting;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Helpers for tests that edit documents as trees. */
final class Documents {
    /** Arrays whose elements are objects of the model, which keep extensions. */
    static final Set<String> EXTENSIBLE_ELEMENTS = Set.of("organisations", "programmes", "projects", "calls",
            "applications", "grants", "participants", "activities", "targets", "lots", "members", "statusHistory");
    /** Members whose value is an object of the model. */
    static final Set<String> EXTENSIBLE_MEMBERS = Set.of("partnership", "results");

    private Documents() {}

    static JsonNode tree(String json) {
        return CodecTesting.tree(json);
    }

    /** Every object node, with whether it is an object of the model (extensible) or a small value. */
    record Place(ObjectNode object, boolean extensible) {}

    static List<Place> objects(JsonNode root) {
        List<Place> places = new ArrayList<>();
        walk(root, true, places);
        return places;
    }

    static List<JsonNode> containers(JsonNode root) {
        List<JsonNode> all = new ArrayList<>();
        collect(root, all);
        return all;
    }

    private static void collect(JsonNode node, List<JsonNode> all) {
        if (node.isContainer()) {
            all.add(node);
            for (JsonNode child : node.values()) {
                collect(child, all);
            }
        }
    }

    private static void walk(JsonNode node, boolean extensible, List<Place> places) {
        if (!node.isObject()) {
            return;
        }
        places.add(new Place((ObjectNode) node, extensible));
        for (Map.Entry<String, JsonNode> member : node.properties()) {
            JsonNode value = member.getValue();
            if (value.isArray()) {
                for (JsonNode element : value.values()) {
                    walk(element, EXTENSIBLE_ELEMENTS.contains(member.getKey()), places);
                }
            } else {
                walk(value, EXTENSIBLE_MEMBERS.contains(member.getKey()), places);
            }
        }
    }
}
