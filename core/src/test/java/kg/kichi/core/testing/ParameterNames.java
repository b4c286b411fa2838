package kg.kichi.core.testing;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The parameter names of a compiled method, read from the {@code MethodParameters} attribute of its class file
 * under a class output directory (compiled with {@code -parameters}). Read from the file rather than by reflection
 * because a coverage agent that instruments the loaded classes (the fuzz tests' Jazzer) may drop the attribute.
 */
public final class ParameterNames {
    private final Path classes;
    private final Map<Class<?>, Map<String, List<String>>> cache = new HashMap<>();

    /** @param classes the class output directory, such as {@code target/classes} */
    public ParameterNames(Path classes) {
        this.classes = classes;
    }

    /**
     * @param m a method of a class under the class output
     * @return its parameter names in order
     * @throws IllegalStateException when the class file has no names for it
     */
    public List<String> of(Method m) {
        Map<String, List<String>> names = cache.computeIfAbsent(m.getDeclaringClass(), this::read);
        List<String> found = names.get(m.getName() + descriptor(m));
        if (found == null) {
            throw new IllegalStateException("no parameter names for " + m + ": compiled without -parameters?");
        }
        return found;
    }

    private Map<String, List<String>> read(Class<?> type) {
        Path file = classes.resolve(type.getName().replace('.', '/') + ".class");
        try (InputStream raw = Files.newInputStream(file); DataInputStream in = new DataInputStream(raw)) {
            in.readInt(); // magic
            in.readUnsignedShort();
            in.readUnsignedShort();
            int count = in.readUnsignedShort();
            String[] utf8 = new String[count];
            for (int i = 1; i < count; i++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case 1 -> utf8[i] = in.readUTF();
                    case 7, 8, 16, 19, 20 -> in.readUnsignedShort();
                    case 15 -> {
                        in.readUnsignedByte();
                        in.readUnsignedShort();
                    }
                    case 3, 4, 9, 10, 11, 12, 17, 18 -> in.readInt();
                    case 5, 6 -> {
                        in.readLong();
                        i++; // a long or double takes two entries
                    }
                    default -> throw new IOException("constant pool tag " + tag + " in " + file);
                }
            }
            in.readUnsignedShort(); // access
            in.readUnsignedShort(); // this
            in.readUnsignedShort(); // super
            int interfaces = in.readUnsignedShort();
            for (int i = 0; i < interfaces; i++) {
                in.readUnsignedShort();
            }
            int fields = in.readUnsignedShort();
            for (int i = 0; i < fields; i++) {
                in.readUnsignedShort();
                in.readUnsignedShort();
                in.readUnsignedShort();
                skipAttributes(in);
            }
            Map<String, List<String>> names = new HashMap<>();
            int methods = in.readUnsignedShort();
            for (int i = 0; i < methods; i++) {
                in.readUnsignedShort();
                String name = utf8[in.readUnsignedShort()];
                String descriptor = utf8[in.readUnsignedShort()];
                int attributes = in.readUnsignedShort();
                for (int a = 0; a < attributes; a++) {
                    String attribute = utf8[in.readUnsignedShort()];
                    int length = in.readInt();
                    if (attribute.equals("MethodParameters")) {
                        int n = in.readUnsignedByte();
                        String[] params = new String[n];
                        for (int p = 0; p < n; p++) {
                            int index = in.readUnsignedShort();
                            in.readUnsignedShort(); // flags
                            params[p] = index == 0 ? null : utf8[index];
                        }
                        names.put(name + descriptor, List.of(params));
                    } else {
                        in.skipNBytes(length);
                    }
                }
            }
            return names;
        } catch (IOException e) {
            throw new IllegalStateException(file.toString(), e);
        }
    }

    private static void skipAttributes(DataInputStream in) throws IOException {
        int attributes = in.readUnsignedShort();
        for (int a = 0; a < attributes; a++) {
            in.readUnsignedShort();
            in.skipNBytes(in.readInt());
        }
    }

    private static String descriptor(Method m) {
        StringBuilder d = new StringBuilder("(");
        for (Class<?> p : m.getParameterTypes()) {
            d.append(descriptor(p));
        }
        return d.append(')').append(descriptor(m.getReturnType())).toString();
    }

    private static String descriptor(Class<?> t) {
        if (t.isArray()) {
            return t.getName().replace('.', '/');
        }
        if (t.isPrimitive()) {
            return switch (t.getName()) {
                case "int" -> "I";
                case "long" -> "J";
                case "short" -> "S";
                case "byte" -> "B";
                case "char" -> "C";
                case "boolean" -> "Z";
                case "float" -> "F";
                case "double" -> "D";
                default -> "V";
            };
        }
        return "L" + t.getName().replace('.', '/') + ";";
    }
}
