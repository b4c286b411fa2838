package kg.kichi.core.testing;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a module's public API is, read from its compiled classes: the packages it exports, and every public member
 * that names a type users cannot name. Shared by the API tests of kichi-core and kichi-io-json.
 */
public final class ModuleApi {
    private ModuleApi() {}

    /**
     * The packages a compiled module descriptor exports to everyone.
     *
     * @param classes the module's class output
     * @return the package names
     * @throws IOException when the descriptor cannot be read
     */
    public static Set<String> exportedPackages(Path classes) throws IOException {
        try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
            return ModuleDescriptor.read(in).exports().stream().filter(e -> !e.isQualified())
                    .map(ModuleDescriptor.Exports::source).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    /**
     * Every public member of a public type of an exported package whose signature names a Kichi type that is
     * not public or not in an exported package, as {@code Type.member: named type}.
     *
     * @param classes the module's class output
     * @param prefix the package prefix of the types to check in signatures
     * @param exported the exported packages
     * @return the offending members, sorted
     * @throws IOException when the class output cannot be listed
     */
    public static Set<String> unnameableTypesInApi(Path classes, String prefix, Set<String> exported)
            throws IOException {
        Set<String> problems = new TreeSet<>();
        for (Class<?> type : apiClasses(classes, exported)) {
            List<Executable> executables = new ArrayList<>(List.of(type.getDeclaredMethods()));
            executables.addAll(List.of(type.getDeclaredConstructors()));
            for (Executable e : executables) {
                if (!visible(e.getModifiers()) || e.isSynthetic()) {
                    continue;
                }
                List<Class<?>> named = new ArrayList<>(List.of(e.getParameterTypes()));
                named.addAll(List.of(e.getExceptionTypes()));
                if (e instanceof Method m) {
                    named.add(m.getReturnType());
                }
                for (Class<?> n : named) {
                    if (!nameable(n, prefix, exported)) {
                        problems.add(type.getName() + "." + (e instanceof Constructor ? "<init>" : e.getName())
                                + ": " + n.getName());
                    }
                }
            }
            for (Field f : type.getDeclaredFields()) {
                if (visible(f.getModifiers()) && !nameable(f.getType(), prefix, exported)) {
                    problems.add(type.getName() + "." + f.getName() + ": " + f.getType().getName());
                }
            }
            Class<?> superclass = type.getSuperclass();
            if (superclass != null && !nameable(superclass, prefix, exported)) {
                problems.add(type.getName() + " extends " + superclass.getName());
            }
        }
        return problems;
    }

    /**
     * The public types of the exported packages, nested ones included, that users can name.
     *
     * @param classes the module's class output
     * @param exported the exported packages
     * @return the types, in no particular order
     * @throws IOException when the class output cannot be listed
     */
    public static List<Class<?>> apiClasses(Path classes, Set<String> exported) throws IOException {
        List<Class<?>> api = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".");
                name = name.substring(0, name.length() - ".class".length());
                if (name.equals("module-info") || name.endsWith("package-info")
                        || !exported.contains(name.substring(0, Math.max(0, name.lastIndexOf('.'))))) {
                    continue;
                }
                Class<?> type;
                try {
                    type = Class.forName(name, false, Thread.currentThread().getContextClassLoader());
                } catch (ClassNotFoundException e) {
                    throw new AssertionError(name, e);
                }
                if (userVisible(type)) {
                    api.add(type);
                }
            }
        }
        return api;
    }

    private static boolean userVisible(Class<?> type) {
        for (Class<?> t = type; t != null; t = t.getDeclaringClass()) {
            if (!Modifier.isPublic(t.getModifiers()) || t.isAnonymousClass() || t.isLocalClass() || t.isSynthetic()) {
                return false;
            }
        }
        return true;
    }

    private static boolean visible(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    private static boolean nameable(Class<?> type, String prefix, Set<String> exported) {
        Class<?> t = type;
        while (t.isArray()) {
            t = t.getComponentType();
        }
        if (t.isPrimitive() || !t.getName().startsWith(prefix)) {
            return true;
        }
        return exported.contains(t.getPackageName()) && userVisible(t);
    }
}
