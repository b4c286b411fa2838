package kg.kichi.json.giving360;

import kg.kichi.json.internal.codec.Pointers;

/**
 * Where a value is, its JSON Pointer built only when a problem needs it: most values checked have none, and
 * building a pointer for each (escaping, concatenating) was a large part of checking a grant.
 *
 * <p>Invariants: the root has no parent and its name is its pointer as given ({@code ""}, {@code /grants/3});
 * every other location is a member name or an array index below its parent. Immutable.
 */
final class LazyPointer {
    private final LazyPointer parent;
    private final String name;
    private final int index;

    private LazyPointer(LazyPointer parent, String name, int index) {
        this.parent = parent;
        this.name = name;
        this.index = index;
    }

    /** @return the location whose pointer is {@code pointer} */
    static LazyPointer root(String pointer) {
        return new LazyPointer(null, pointer, -1);
    }

    LazyPointer member(String member) {
        return new LazyPointer(this, member, -1);
    }

    LazyPointer element(int i) {
        return new LazyPointer(this, null, i);
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
