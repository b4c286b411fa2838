package kg.kichi.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import kg.kichi.core.testing.ModuleApi;
import org.junit.jupiter.api.Test;

/**
 * One naming rule for reading a property, the one {@link KichiStyle} gives the generated types: every
 * property of a public type, stored or derived, is read by {@code getX()} or {@code isX()} ({@code hasX()} for a
 * yes-or-no question). Other methods without arguments are conversions ({@code toX()}, {@code asX()}) or
 * operations, which are listed here by name: a new one is a decision, not an accident.
 */
class AccessorNamingTest {
    /** Methods without arguments that compute something rather than read a property. */
    private static final Set<String> OPERATIONS = Set.of(
            "kg.kichi.core.money.Money.negated",
            "kg.kichi.core.eligibility.Rule.flatten",
            "kg.kichi.core.eligibility.Screening.screenAll",
            "kg.kichi.core.evaluation.Selection.run",
            "kg.kichi.core.quality.QualityAnalysis.finish");

    @Test
    void everyPropertyIsReadByGetOrIs() throws IOException {
        Set<String> offending = new TreeSet<>();
        for (Class<?> type : ModuleApi.apiClasses(Path.of("target/classes"), ModuleApiTest.EXPORTED)) {
            if (type.isEnum() || type.isAnnotation() || Throwable.class.isAssignableFrom(type)
                    || type.getSimpleName().equals("Builder")) {
                continue;
            }
            for (Method m : type.getDeclaredMethods()) {
                if (!Modifier.isPublic(m.getModifiers()) || Modifier.isStatic(m.getModifiers()) || m.isSynthetic()
                        || m.getParameterCount() != 0 || m.getReturnType() == void.class) {
                    continue;
                }
                String name = m.getName();
                if (name.matches("(get|is|has|to|as)[A-Z].*") || name.equals("hashCode") || name.equals("toString")
                        || OPERATIONS.contains(type.getName() + "." + name)) {
                    continue;
                }
                offending.add(type.getName() + "." + name + "()");
            }
        }
        assertThat(offending).as("public methods without arguments that read a property without get/is").isEmpty();
    }
}
