package kg.kichi.json.internal.codec;

/** JSON Pointers (RFC 6901): building them and turning the model's property paths into them. */
public final class Pointers {
    private Pointers() {}

    /**
     * The pointer of a member.
     *
     * @param parent the pointer of the object
     * @param name the member name
     * @return the pointer, with {@code ~} and {@code /} escaped
     */
    public static String member(String parent, String name) {
        StringBuilder out = new StringBuilder(parent.length() + name.length() + 1).append(parent).append('/');
        appendEscaped(out, name);
        return out.toString();
    }

    /**
     * Appends a reference token with {@code ~} and {@code /} escaped ({@code ~0}, {@code ~1}).
     *
     * @param out where to append
     * @param segment a member name
     */
    public static void appendEscaped(StringBuilder out, String segment) {
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c == '~') {
                out.append("~0");
            } else if (c == '/') {
                out.append("~1");
            } else {
                out.append(c);
            }
        }
    }

    /**
     * The pointer of an array element.
     *
     * @param parent the pointer of the array
     * @param index the index
     * @return the pointer
     */
    public static String element(String parent, int index) {
        return parent + "/" + index;
    }

    /**
     * Turns a property path such as {@code grants[3].partnership.members[0].organisation} into a pointer below a
     * root: {@code /grants/3/partnership/members/0/organisation}. Bean Validation's container nodes
     * ({@code <list element>}) are dropped.
     *
     * @param root the pointer the path is relative to
     * @param path the property path, empty for the root itself
     * @return the pointer
     */
    public static String fromPropertyPath(String root, String path) {
        StringBuilder pointer = new StringBuilder(root);
        int i = 0;
        while (i < path.length()) {
            char c = path.charAt(i);
            int end;
            String segment;
            if (c == '.') {
                i++;
                continue;
            } else if (c == '[') {
                int close = path.indexOf(']', i);
                close = close < 0 ? path.length() : close;
                segment = path.substring(i + 1, close);
                end = close + 1;
            } else {
                end = i;
                while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
                    end++;
                }
                segment = path.substring(i, end);
            }
            if (!segment.isEmpty() && !segment.startsWith("<")) {
                pointer.append('/').append(segment.replace("~", "~0").replace("/", "~1"));
            }
            i = end;
        }
        return pointer.toString();
    }
}
