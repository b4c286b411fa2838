package kg.kichi.json.internal.codec;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.core.sym.BinaryNameMatcher;
import tools.jackson.core.sym.PropertyNameMatcher;

/**
 * The members an object of the model may have, each with its codec, declared once per codec: {@link Fields}
 * dispatches each member of a JSON object to its slot by name, without a map per object read.
 *
 * <p>A codec keeps a handle on each member ({@link #member}, {@link #list}) in a {@code private static final} field
 * and declares them all in one table ({@link #of}), which gives each handle its slot; the codec then takes the
 * values from {@link Fields} by handle ({@code f.get(ID)}), a plain array read. A handle belongs to exactly one
 * table, and {@link Fields} rejects a handle of another table. A table and its handles must be published to other
 * threads safely, as the {@code static final} fields of a codec are. A table may declare any number of members.
 *
 * <p>Most codecs do not use this directly: an {@link ObjectCodec} builds its table from its one-line declarations.
 * It is for codecs with logic across members (a rule, whose type decides its parameters; values built by a
 * factory).
 */
public final class Members {
    private final Handle[] members;
    private final PropertyNameMatcher matcher;
    private final Map<String, Integer> byName = new HashMap<>();
    private final int idSlot;

    private Members(Handle[] members) {
        this.members = members.clone();
        for (int i = 0; i < this.members.length; i++) {
            Handle m = Objects.requireNonNull(this.members[i], "member");
            if (m.owner != null) {
                throw new IllegalArgumentException("member already declared in a table: " + m.name);
            }
            if (byName.put(m.name, i) != null) {
                throw new IllegalArgumentException("member declared twice: " + m.name);
            }
        }
        this.idSlot = indexOf("id");
        List<String> names = new ArrayList<>(members.length);
        for (Handle m : this.members) {
            names.add(m.name);
        }
        this.matcher = BinaryNameMatcher.construct(names);
        // only once every check passed: a rejected table leaves its handles free
        for (int i = 0; i < this.members.length; i++) {
            this.members[i].slot = i;
            this.members[i].owner = this;
        }
    }

    /**
     * The members of one kind of object; gives each handle its slot in this table.
     *
     * @param members each member, in the order the codec writes them; handles not yet declared in any table
     * @return the table
     * @throws IllegalArgumentException when a name is declared twice, or a handle already belongs to a table (this
     *     one included)
     */
    public static Members of(Handle... members) {
        return new Members(members);
    }

    /**
     * A member holding one value, to be declared in one table ({@link #of}) and read with {@link Fields#get} or
     * {@link Fields#require}.
     *
     * @param name the member name
     * @param codec how to read its value
     * @param <T> its type
     * @return the handle
     */
    public static <T> Member<T> member(String name, Codec<T> codec) {
        return new Member<>(name, codec);
    }

    /**
     * A member holding an array, each element read with a codec; absent means empty. To be declared in one table
     * ({@link #of}) and read with {@link Fields#list} or {@link Fields#requireList}.
     *
     * @param name the member name
     * @param codec how to read each element
     * @param <T> the element type
     * @return the handle
     */
    public static <T> ListMember<T> list(String name, Codec<T> codec) {
        return new ListMember<>(name, codec);
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
     * The slot of a member, by name: for reports only ({@link Fields#invalid}), codecs read by handle.
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

    Handle at(int slot) {
        return members[slot];
    }

    /**
     * One declared member: its name, its codec, whether it is an array of values, and once declared in a table
     * ({@link #of}) its slot there. Either a {@link Member} or a {@link ListMember}.
     */
    public abstract static class Handle {
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
        /** The table that declared this handle, set once by {@link #of}; {@code null} until then. */
        Members owner;
        /** The slot in {@link #owner}. */
        int slot = -1;

        Handle(String name, Codec<?> codec, boolean list) {
            this.name = Objects.requireNonNull(name, "name");
            this.codec = Objects.requireNonNull(codec, "codec");
            this.list = list;
            this.strings = codec == Scalars.STRING;
            this.string = strings && !list;
        }

        /** @return the member name */
        public String name() {
            return name;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /**
     * A member holding one value of type {@code T}.
     *
     * @param <T> its type
     */
    public static final class Member<T> extends Handle {
        private Member(String name, Codec<T> codec) {
            super(name, codec, false);
        }
    }

    /**
     * A member holding an array of values of type {@code T}.
     *
     * @param <T> the element type
     */
    public static final class ListMember<T> extends Handle {
        private ListMember(String name, Codec<T> codec) {
            super(name, codec, true);
        }
    }
}
