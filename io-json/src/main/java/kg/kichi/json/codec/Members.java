package kg.kichi.json.codec;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.sym.BinaryNameMatcher;
import tools.jackson.core.sym.PropertyNameMatcher;

/**
 * The members an object of the model may have, each with its codec, declared once per codec: {@link Fields}
 * dispatches each member of a JSON object to its slot by name, without a map per object read.
 */
public final class Members {
    /** Most members one object may declare (presence and failure are kept in {@code long} bit sets). */
    public static final int MAX = 64;

    private final Member[] members;
    private final PropertyNameMatcher matcher;
    private final Map<String, Integer> byName = new HashMap<>();
    private final int idSlot;

    private Members(Member[] members) {
        if (members.length > MAX) {
            throw new IllegalArgumentException("more than " + MAX + " members");
        }
        this.members = members.clone();
        for (int i = 0; i < members.length; i++) {
            if (byName.put(members[i].name, i) != null) {
                throw new IllegalArgumentException("member declared twice: " + members[i].name);
            }
        }
        this.idSlot = indexOf("id");
        List<String> names = new ArrayList<>(members.length);
        for (Member m : members) {
            names.add(m.name);
        }
        this.matcher = BinaryNameMatcher.construct(names);
    }

    /**
     * The members of one kind of object.
     *
     * @param members each member, in the order the codec writes them
     * @return the table
     */
    public static Members of(Member... members) {
        return new Members(members);
    }

    /**
     * A member holding one value.
     *
     * @param name the member name
     * @param codec how to read its value
     * @return the member
     */
    public static Member member(String name, Codec<?> codec) {
        return new Member(name, codec, false);
    }

    /**
     * A member holding an array, each element read with a codec; absent means empty.
     *
     * @param name the member name
     * @param codec how to read each element
     * @return the member
     */
    public static Member list(String name, Codec<?> codec) {
        return new Member(name, codec, true);
    }

    /** @return how many members are declared */
    int size() {
        return members.length;
    }

    /** @return the slot of {@code id}, or -1 */
    int idSlot() {
        return idSlot;
    }

    /**
     * The slot of a member, trying first the slot expected (codecs take members in the order declared).
     *
     * @param name a member name
     * @param expected the slot to try first; any value
     * @return its slot, or -1 when it is not declared
     */
    int indexOf(String name, int expected) {
        // codecs pass the declared literal: identity, forward from the slot expected, before hashing
        int n = members.length;
        int start = expected < 0 || expected >= n ? 0 : expected;
        for (int i = start; i < n; i++) {
            if (members[i].name == name) {
                return i;
            }
        }
        for (int i = 0; i < start; i++) {
            if (members[i].name == name) {
                return i;
            }
        }
        return indexOf(name);
    }

    /**
     * The slot of a member.
     *
     * @param name a member name
     * @return its slot, or -1 when it is not declared
     */
    int indexOf(String name) {
        Integer slot = byName.get(name);
        return slot == null ? -1 : slot;
    }

    /** @return matches member names to slots straight from the parser's bytes, as Jackson's own beans do */
    PropertyNameMatcher matcher() {
        return matcher;
    }

    Member at(int slot) {
        return members[slot];
    }

    /** One declared member: its name, its codec and whether it is an array of values. */
    public static final class Member {
        final String name;
        final Codec<?> codec;
        final boolean list;
        /**
         * Whether the codec is {@link Scalars#STRING} (of the member, or of each element of a list): then
         * {@link Fields} reads a string value straight from the parser, without the codec nor the bookkeeping a
         * value that may have a problem needs.
         */
        final boolean strings;
        /** Whether the member is one string ({@link #strings} and not a list): the commonest member. */
        final boolean string;

        private Member(String name, Codec<?> codec, boolean list) {
            this.name = java.util.Objects.requireNonNull(name, "name");
            this.codec = java.util.Objects.requireNonNull(codec, "codec");
            this.list = list;
            this.strings = codec == Scalars.STRING;
            this.string = strings && !list;
        }

        /** @return the member name */
        public String name() {
            return name;
        }
    }
}
