package kg.kichi.json.internal.codec;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kg.kichi.core.validation.Violation;
import kg.kichi.json.DocumentProblem;
import kg.kichi.json.Mode;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.sym.PropertyNameMatcher;

/**
 * The values of one JSON object's members, read in one pass into the slots of a {@link MemberTable}: the engine
 * under the declarative codecs ({@link ObjectCodec}, {@link FactoryCodec}, {@link VariantCodec}).
 *
 * <p>Obtained from {@link Cursor#object(MemberTable)}, which reads the whole object at once, in document order: each
 * declared member is decoded straight from the parser with its codec into its slot, and problems inside members
 * are reported as they are found. The codec then takes the values by slot ({@link #take}, {@link #missing} for a
 * required one), each a plain array read; undeclared members become problems (strict) or extensions (lenient), and
 * a declared member the codec did not take (one another member's value rules out, as a variant's) is a problem in
 * either mode; finally the object is built, and the builder's violations are reported at their pointers, except
 * those about members that already had a problem, which would only repeat it.
 *
 * <p>A cursor reuses its instance for the next object it is placed on: like the cursor, it must not be kept after
 * the codec's {@code read} returns.
 */
final class MemberValues {
    private final Cursor object;
    private MemberTable members;
    /** The slots, reused from one object to the next at the same cursor: only the present ones are ever set. */
    private Object[] values = NO_VALUES;
    /**
     * Per slot, what happened to the member ({@link #PRESENT}, {@link #FAILED}, {@link #TAKEN}): one byte per
     * declared member, so an object may declare any number of members.
     */
    private byte[] state = NO_STATE;
    /** How many slots the object read before this one used: only those are cleared. */
    private int used;
    /** How many present members the codec has not taken yet: when none, there is nothing to report. */
    private int untaken;
    private long problemsBefore;
    private Set<String> unknown;
    private Map<String, String> kept;

    private static final Object[] NO_VALUES = new Object[0];
    private static final byte[] NO_STATE = new byte[0];
    /** The member is in the object. */
    static final byte PRESENT = 1;
    /** The member's value had a problem (reported), or it was required and absent. */
    static final byte FAILED = 2;
    /** The codec read the member's value. */
    static final byte TAKEN = 4;

    /** @param object the cursor whose objects this reads, one after the other ({@link Cursor#object(MemberTable)}) */
    MemberValues(Cursor object) {
        this.object = object;
    }

    /**
     * Reads the object the cursor is on, forgetting the one read before.
     *
     * @param declared the members it may have
     * @return this
     */
    MemberValues read(MemberTable declared) {
        Object[] slots = values;
        byte[] states = state;
        for (int slot = 0; slot < used; slot++) {
            if (states[slot] != 0) {
                slots[slot] = null;
                states[slot] = 0;
            }
        }
        int size = declared.size();
        if (slots.length < size) {
            values = new Object[size];
            state = new byte[size];
        }
        used = size;
        members = declared;
        unknown = null;
        kept = null;
        problemsBefore = object.problems().count();
        object.seenId(null);
        readMembers();
        return this;
    }

    private void readMembers() {
        JsonParser p = object.parser();
        Cursor at = object.child();
        Problems problems = object.problems();
        MemberTable members = this.members;
        Object[] values = this.values;
        byte[] state = this.state;
        PropertyNameMatcher matcher = members.matcher();
        int idSlot = members.idSlot();
        int present = 0;
        int slot;
        while ((slot = p.nextNameMatch(matcher)) != PropertyNameMatcher.MATCH_END_OBJECT) {
            if (slot < 0) {
                if (slot == PropertyNameMatcher.MATCH_ODD_TOKEN) {
                    throw new IllegalStateException("not in an object: " + p.currentToken());
                }
                String name = p.currentName();
                unknownMember(name, at.member(name));
                continue;
            }
            MemberTable.Slot member = members.at(slot);
            if (state[slot] != 0) {
                throw DuplicateMembers.error(p, member.name);
            }
            state[slot] = PRESENT;
            present++;
            JsonToken token = p.nextToken();
            if (token == JsonToken.VALUE_STRING && member.string) {
                // the commonest member: a string read as is, which has no problem to report (nor a cursor to place)
                String text = p.getString();
                values[slot] = text;
                if (slot == idSlot) {
                    object.seenId(text);
                }
                continue;
            }
            at.member(member.name);
            if (slot == idSlot && token == JsonToken.VALUE_STRING) {
                object.seenId(p.getString());
            }
            long before = problems.count();
            if (member.list) {
                values[slot] = readList(at, member);
            } else if (token == JsonToken.VALUE_NULL) {
                at.problem("kichi.json.null", Map.of());
            } else {
                values[slot] = member.codec.read(at);
                skipUnread(p);
            }
            if (values[slot] == null || problems.count() > before) {
                state[slot] |= FAILED;
                if (!member.list) {
                    values[slot] = null;
                }
            }
        }
        untaken = present;
    }

    private List<Object> readList(Cursor at, MemberTable.Slot member) {
        JsonParser p = object.parser();
        if (p.currentToken() != JsonToken.START_ARRAY) {
            if (at.isNull()) {
                at.problem("kichi.json.null", Map.of());
            } else {
                at.wrongType("array");
            }
            return List.of();
        }
        Problems problems = object.problems();
        boolean strings = member.strings;
        Cursor element = null;
        Object[] items = null;
        int size = 0;
        int index = 0;
        JsonToken token;
        while ((token = p.nextToken()) != JsonToken.END_ARRAY) {
            if (element == null) {
                element = at.child();
                items = element.scratch(); // one buffer per depth: a list's elements are read one level deeper
            }
            Object item;
            if (strings && token == JsonToken.VALUE_STRING) {
                item = p.getString(); // as Scalars.STRING reads it, without a problem to report
                index++;
            } else {
                element.element(index++);
                if (token == JsonToken.VALUE_NULL) {
                    element.problem("kichi.json.null", Map.of());
                    continue;
                }
                long before = problems.count();
                item = member.codec.read(element);
                skipUnread(p);
                if (item == null || problems.count() != before) {
                    continue;
                }
            }
            if (size == items.length) {
                items = element.scratch(Arrays.copyOf(items, size * 2));
            }
            items[size++] = item;
        }
        if (size == 0) {
            return List.of();
        }
        // a fixed-size list over an exact copy, as the builder copies it again into the model's immutable list
        List<Object> result = Arrays.asList(Arrays.copyOf(items, size));
        Arrays.fill(items, 0, size, null);
        return result;
    }

    /** A codec that returned early on an object or array it did not read: the walk goes on after it. */
    private static void skipUnread(JsonParser p) {
        JsonToken token = p.currentToken();
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
            DuplicateMembers.skip(p);
        }
    }

    /** Takes an undeclared member, the parser on its name. */
    private void unknownMember(String name, Cursor at) {
        if (unknown == null) {
            unknown = new LinkedHashSet<>();
        }
        if (!unknown.add(name)) { // a set: a hostile object with thousands of unknown members stays linear
            throw DuplicateMembers.error(object.parser(), name); // on the name, as for declared members
        }
        object.parser().nextToken();
        if (object.mode() == Mode.LENIENT) {
            if (kept == null) {
                kept = new LinkedHashMap<>();
            }
            String text = JsonText.text(object.parser(), object.problems().maxExtensionLength());
            if (text == null) {
                at.problem("kichi.json.limit", Map.of("limit", "extensionLength", "maximum",
                        (long) object.problems().maxExtensionLength()));
            } else {
                kept.put(name, text);
            }
        } else {
            at.skip();
        }
    }

    /**
     * Takes the value in a slot: the member is read, not unknown.
     *
     * @param slot the slot
     * @return the value, or {@code null} when the member is absent or its value had a problem; for a list, the
     *     elements read without problems, or {@code null} when absent
     */
    Object take(int slot) {
        markTaken(slot);
        return values[slot];
    }

    /**
     * The value in a slot, without taking it: for a codec that took every member first and uses the values after.
     *
     * @param slot the slot
     * @return as {@link #take}
     */
    Object value(int slot) {
        return values[slot];
    }

    /**
     * Whether a member had a problem (reported) or was required and absent. A list member that had a problem still
     * holds the elements read without problems.
     *
     * @param slot the slot
     * @return whether it failed
     */
    boolean failed(int slot) {
        return (state[slot] & FAILED) != 0;
    }

    private void markTaken(int slot) {
        byte s = state[slot];
        if (s == PRESENT || s == (PRESENT | FAILED)) {
            untaken--;
        }
        state[slot] = (byte) (s | TAKEN);
    }

    /** Reports a required member that is absent (and marks it taken and failed); false when it is present. */
    boolean missing(int slot) {
        if ((state[slot] & PRESENT) != 0) {
            return false;
        }
        state[slot] |= TAKEN | FAILED;
        object.problems().add(DocumentProblem.of(Pointers.member(object.pointer(), members.at(slot).name),
                "kichi.required", Map.of()));
        return true;
    }

    /**
     * The members nobody read. Declared members the codec did not take are reported as
     * {@code kichi.json.unknownMember} in either mode; undeclared ones are reported too in strict mode (the result
     * is then empty) and returned as name → JSON text in lenient mode. Call after reading every known member.
     *
     * @return the extensions, in document order
     */
    Map<String, String> extensions() {
        reportUntaken();
        if (unknown == null) {
            return Map.of();
        }
        if (object.mode() == Mode.LENIENT) {
            return kept;
        }
        reportUnknown();
        return Map.of();
    }

    /**
     * Reports every member nobody read as {@code kichi.json.unknownMember}, whatever the mode: for the small
     * values of the model (money, periods, …), which have no extensions to keep them in.
     */
    void rejectUnknown() {
        reportUntaken();
        if (unknown != null) {
            reportUnknown();
        }
    }

    private void reportUnknown() {
        for (String name : unknown) {
            unknownMemberProblem(name);
        }
    }

    /** Declared members present but not read by the codec (e.g. not allowed by another member's value). */
    private void reportUntaken() {
        if (untaken == 0) {
            return;
        }
        for (int slot = 0; slot < used; slot++) {
            if ((state[slot] & (PRESENT | TAKEN)) == PRESENT) {
                unknownMemberProblem(members.at(slot).name);
            }
        }
    }

    private void unknownMemberProblem(String name) {
        object.problems().add(DocumentProblem.of(Pointers.member(object.pointer(), name), "kichi.json.unknownMember",
                Map.of("name", name)));
    }

    /**
     * The object built from the members.
     *
     * @param built the object built
     * @param <T> the type
     * @return the object, or {@code null} when it or any of its members had a problem
     */
    <T> T built(T built) {
        return hasProblems() ? null : built;
    }

    /**
     * Reports the violations of the object's builder or factory at their pointers, except those about members that
     * already had a problem.
     *
     * @param violations the violations to report
     */
    void invalid(List<Violation> violations) {
        String pointer = object.pointer();
        for (Violation v : violations) {
            int slot = members.indexOf(firstSegment(v.getPath()));
            if (slot < 0 || (state[slot] & FAILED) == 0) {
                object.problems().add(DocumentProblem.of(Pointers.fromPropertyPath(pointer, v.getPath()),
                        v.getCode(), v.getArguments()));
            }
        }
    }

    /** @return whether any problem was reported for this object so far */
    boolean hasProblems() {
        return object.problems().count() > problemsBefore;
    }

    private static String firstSegment(String path) {
        int end = 0;
        while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
            end++;
        }
        return path.substring(0, end);
    }
}
