package kg.kichi.json.internal.codec;

import tools.jackson.core.JsonPointer;

/**
 * JSON Pointers (RFC 6901) as the problems of a read carry them, as strings: built with Jackson's
 * {@link JsonPointer} (which escapes {@code ~} and {@code /}), and turned from the model's property paths.
 */
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
        return JsonPointer.compile(parent).appendProperty(name).toString();
    }

    /**
     * The pointer of an array element.
     *
     * @param parent the pointer of the array
     * @param index the index
     * @return the pointer
     */
    public static String element(String parent, int index) {
        return JsonPointer.compile(parent).appendIndex(index).toString();
    }

    /**
     * Turns a property path such as {@code grants[3].partnership.members[0].organisation} into a pointer below a
     * root: {@code /grants/3/partnership/members/0/organisation}. Bean Validation's container nodes
     * ({@code <list element>}) are dropped. Jackson has no reader of property paths, only the pointers built here.
     *
     * @param root the pointer the path is relative to
     * @param path the property path, empty for the root itself
     * @return the pointer
     */
    public static String fromPropertyPath(String root, String path) {
        JsonPointer pointer = JsonPointer.compile(root);
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
                pointer = pointer.appendProperty(segment);
            }
            i = end;
        }
        return pointer.toString();
    }
}
