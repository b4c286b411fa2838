package kg.kichi.json.codec;

import java.util.HashMap;
import java.util.Map;

/**
 * The members an object of the model may have, each with its codec, declared once per codec: {@link Fields}
 * dispatches each member of a JSON object to its slot by name, without a map per object read.
 */
public final class Members {
    /** Most members one object may declare (presence and failure are kept in {@code long} bit sets). */
    public static final int MAX = 64;

    private final Member[] members;
    /** Per slot, the last name instance a parser gave for it: parsers hand out one canonical instance per name. */
    private final String[] seen;
    private final Map<String, Integer> byName = new HashMap<>();
    private final int idSlot;

    private Members(Member[] members) {
        if (members.length > MAX) {
            throw new IllegalArgumentException("more than " + MAX + " members");
        }
        this.members = members.clone();
        this.seen = new String[members.length];
        for (int i = 0; i < members.length; i++) {
            if (byName.put(members[i].name, i) != null) {
                throw new IllegalArgumentException("member declared twice: " + members[i].name);
            }
        }
        this.idSlot = indexOf("id");
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
     * The slot of a member, trying first the slot expected (members mostly come, and are taken, in the order
     * declared).
     *
     * @param name a member name
     * @param expected the slot to try first; any value
     * @return its slot, or -1 when it is not declared
     */
    int indexOf(String name, int expected) {
        if (expected >= 0 && expected < members.length
                && (members[expected].name == name || seen[expected] == name)) {
            return expected;
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
        // identity first: the declared name (codecs pass the same literal), or the instance a parser gave last
        // time (a racy cache: a stale or lost entry only sends the lookup to the map)
        String[] known = seen;
        for (int i = 0; i < known.length; i++) {
            if (known[i] == name || members[i].name == name) {
                return i;
            }
        }
        Integer slot = byName.get(name);
        if (slot == null) {
            return -1;
        }
        known[slot] = name;
        return slot;
    }

    Member at(int slot) {
        return members[slot];
    }

    /** One declared member: its name, its codec and whether it is an array of values. */
    public static final class Member {
        final String name;
        final Codec<?> codec;
        final boolean list;

        private Member(String name, Codec<?> codec, boolean list) {
            this.name = java.util.Objects.requireNonNull(name, "name");
            this.codec = java.util.Objects.requireNonNull(codec, "codec");
            this.list = list;
        }

        /** @return the member name */
        public String name() {
            return name;
        }
    }
}
