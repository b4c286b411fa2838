package kg.kichi.json.codec;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import kg.kichi.core.validation.InvalidModelException;
import kg.kichi.core.validation.Violation;
import kg.kichi.json.DocumentProblem;
import kg.kichi.json.Mode;
import tools.jackson.databind.JsonNode;

/**
 * The members of one JSON object being read into one object of the model.
 *
 * <p>Reads members by name through codecs, remembers which members were read and which had problems, turns the
 * members nobody read into problems (strict) or extensions (lenient), and finally builds the object, reporting
 * the builder's violations at their pointers — except those about members that already had a problem, which
 * would only repeat it.
 */
public final class Fields {
    private final Cursor object;
    private final long problemsBefore;
    private final Set<String> read = new HashSet<>();
    private final Set<String> failed = new HashSet<>();

    Fields(Cursor object) {
        this.object = object;
        this.problemsBefore = object.problems().count();
    }

    /** @return the cursor on the object itself */
    public Cursor cursor() {
        return object;
    }

    /**
     * Reads an optional member.
     *
     * @param name the member name
     * @param codec how to read it
     * @param <T> its type
     * @return the value, or {@code null} when absent or wrong (reported)
     */
    public <T> T get(String name, Codec<T> codec) {
        read.add(name);
        JsonNode value = object.node().get(name);
        if (value == null) {
            return null;
        }
        Cursor at = member(name, value);
        if (value.isNull()) {
            at.problem("kichi.json.null", Map.of());
            failed.add(name);
            return null;
        }
        long before = object.problems().count();
        T result = codec.read(at);
        if (result == null || object.problems().count() > before) {
            failed.add(name);
            return null;
        }
        return result;
    }

    /**
     * Reads a member that must be present.
     *
     * @param name the member name
     * @param codec how to read it
     * @param <T> its type
     * @return the value, or {@code null} when absent (reported as {@code kichi.required}) or wrong
     */
    public <T> T require(String name, Codec<T> codec) {
        if (!object.node().has(name)) {
            read.add(name);
            failed.add(name);
            member(name, object.node()).problem("kichi.required", Map.of());
            return null;
        }
        return get(name, codec);
    }

    /**
     * Reads an array member; absent means empty.
     *
     * @param name the member name
     * @param codec how to read each element
     * @param <T> the element type
     * @return the elements read without problems; the member is marked failed if any element had one
     */
    public <T> List<T> list(String name, Codec<T> codec) {
        read.add(name);
        JsonNode value = object.node().get(name);
        if (value == null) {
            return List.of();
        }
        Cursor at = member(name, value);
        if (!value.isArray()) {
            at.problem(value.isNull() ? "kichi.json.null" : "kichi.json.type",
                    value.isNull() ? Map.of() : Map.of("expected", "array", "actual", Cursor.typeOf(value)));
            failed.add(name);
            return List.of();
        }
        List<T> result = new ArrayList<>(value.size());
        for (int i = 0; i < value.size(); i++) {
            JsonNode element = value.get(i);
            Cursor el = at.at(element, Pointers.element(at.pointer(), i));
            if (element.isNull()) {
                el.problem("kichi.json.null", Map.of());
                failed.add(name);
                continue;
            }
            long before = object.problems().count();
            T item = codec.read(el);
            if (item == null || object.problems().count() > before) {
                failed.add(name);
            } else {
                result.add(item);
            }
        }
        return Collections.unmodifiableList(result);
    }

    /**
     * The members nobody read: in strict mode each is reported ({@code kichi.json.unknownMember}) and the result
     * is empty; in lenient mode they are returned as name → JSON text. Call after reading every known member.
     *
     * @return the extensions, in document order
     */
    public Map<String, String> extensions() {
        Map<String, String> unknown = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> member : object.node().properties()) {
            String name = member.getKey();
            if (read.contains(name)) {
                continue;
            }
            if (object.mode() == Mode.STRICT) {
                member(name, member.getValue()).problem("kichi.json.unknownMember", Map.of("name", name));
            } else {
                unknown.put(name, member.getValue().toString());
            }
        }
        return unknown;
    }

    /**
     * Reports every member nobody read as {@code kichi.json.unknownMember}, whatever the mode: for the small
     * values of the model (money, periods, …), which have no extensions to keep them in.
     */
    public void rejectUnknown() {
        for (Map.Entry<String, JsonNode> member : object.node().properties()) {
            if (!read.contains(member.getKey())) {
                member(member.getKey(), member.getValue()).problem("kichi.json.unknownMember",
                        Map.of("name", member.getKey()));
            }
        }
    }

    /**
     * Builds the object; its violations are reported at their pointers.
     *
     * @param builder calls the model's builder
     * @param <T> the type
     * @return the object, or {@code null} when it or any of its members had a problem
     */
    public <T> T build(Supplier<T> builder) {
        T built;
        try {
            built = builder.get();
        } catch (InvalidModelException e) {
            for (Violation v : e.getViolations()) {
                if (!failed.contains(firstSegment(v.getPath()))) {
                    object.problems().add(DocumentProblem.of(
                            Pointers.fromPropertyPath(object.pointer(), v.getPath()), v.getCode(), v.getArguments()));
                }
            }
            return null;
        }
        return object.problems().count() > problemsBefore ? null : built;
    }

    /** @return whether any problem was reported for this object so far */
    public boolean hasProblems() {
        return object.problems().count() > problemsBefore;
    }

    private Cursor member(String name, JsonNode value) {
        return object.at(value, Pointers.member(object.pointer(), name));
    }

    private static String firstSegment(String path) {
        int end = 0;
        while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
            end++;
        }
        return path.substring(0, end);
    }
}
