package kg.kichi.json.internal.codec;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.core.sym.BinaryNameMatcher;
import tools.jackson.core.sym.PropertyNameMatcher;

/**
 * The members one codec declares, each in a slot: {@link MemberValues} reads a JSON object's members into these
 * slots in one pass, matching names straight from the parser's bytes, without a map per object read. Built by the
 * declarative codecs ({@link ObjectCodec}, {@link FactoryCodec}, {@link VariantCodec}) from their member lines; a
 * table may have any number of members. Immutable once built.
 */
final class MemberTable {
    private final Slot[] slots;
    private final PropertyNameMatcher matcher;
    private final Map<String, Integer> byName = new HashMap<>();
    private final int idSlot;

    /**
     * @param slots each member, in slot order
     * @throws IllegalArgumentException when a name is declared twice
     */
    MemberTable(List<Slot> slots) {
        this.slots = slots.toArray(new Slot[0]);
        List<String> names = new ArrayList<>(this.slots.length);
        for (int i = 0; i < this.slots.length; i++) {
            Slot s = Objects.requireNonNull(this.slots[i], "slot");
            if (byName.put(s.name, i) != null) {
                throw new IllegalArgumentException("member declared twice: " + s.name);
            }
            names.add(s.name);
        }
        this.idSlot = indexOf("id");
        this.matcher = BinaryNameMatcher.construct(names);
    }

    /** @return how many members are declared */
    int size() {
        return slots.length;
    }

    /** @return the slot of {@code id}, whose string value a cursor remembers ({@link Cursor#seenId()}), or -1 */
    int idSlot() {
        return idSlot;
    }

    /**
     * The slot of a member, by name.
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

    Slot at(int slot) {
        return slots[slot];
    }

    /** One declared member: its name, its codec, and whether it is an array of values. */
    static final class Slot {
        final String name;
        final Codec<?> codec;
        final boolean list;
        /**
         * Whether the codec is {@link Scalars#STRING} (of the member, or of each element of a list): then
         * {@link MemberValues} reads a string value straight from the parser, without the codec nor the bookkeeping
         * a value that may have a problem needs.
         */
        final boolean strings;
        /** Whether the member is one string ({@link #strings} and not a list): the commonest member. */
        final boolean string;

        Slot(String name, Codec<?> codec, boolean list) {
            this.name = Objects.requireNonNull(name, "name");
            this.codec = Objects.requireNonNull(codec, "codec");
            this.list = list;
            this.strings = codec == Scalars.STRING;
            this.string = strings && !list;
        }

        /** Whether another declaration of the same name reads the same way (as variants sharing a member must). */
        boolean sameAs(Slot other) {
            return name.equals(other.name) && codec == other.codec && list == other.list;
        }

        @Override
        public String toString() {
            return name;
        }
    }
}
