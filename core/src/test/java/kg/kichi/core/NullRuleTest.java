package kg.kichi.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.io.IOException;
import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import kg.kichi.core.application.Application;
import kg.kichi.core.call.Lot;
import kg.kichi.core.money.Money;
import kg.kichi.core.organisation.LegalForm;
import kg.kichi.core.testing.ModuleApi;
import kg.kichi.core.testing.ParameterNames;
import kg.kichi.core.validation.InvalidModelException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Kichi's one rule for null (see {@link KichiStyle}): <em>null means "not given"</em>. A builder method handed a
 * null value leaves that value unset (an adder or a put adds nothing), and {@code build()} reports every mandatory
 * value not given with all other violations; a factory, or any method handed null where it needs a container (an
 * {@code Optional}, a collection, an array, a map or map entry, an object to copy from), throws
 * {@link NullPointerException} at once, naming the parameter.
 *
 * <p>The reflective tests enumerate every public method of every builder, generated or written by hand, and every
 * public static method of the exported packages, and call each with null in each reference parameter in turn. The
 * examples of issue 16 are written out by hand below them.
 */
class NullRuleTest {
    private static List<Class<?>> api;
    private static final ParameterNames NAMES = new ParameterNames(Path.of("target/classes"));

    @BeforeAll
    static void readApi() throws IOException {
        api = ModuleApi.apiClasses(Path.of("target/classes"), ModuleApiTest.EXPORTED);
        api.sort(Comparator.comparing(Class::getName));
    }

    // ---- builders ---------------------------------------------------------------------------------------------

    @Test
    void everyBuilderMethodTakesANullValueAsNotGiven() throws Exception {
        List<String> broken = new ArrayList<>();
        int calls = 0;
        for (Class<?> builder : builders()) {
            for (Method m : publicMethods(builder, false)) {
                for (int i = 0; i < m.getParameterCount(); i++) {
                    if (m.getParameterTypes()[i].isPrimitive() || isContainer(m, i)) {
                        continue;
                    }
                    calls++;
                    Object withNull = newBuilder(builder);
                    Object[] args = arguments(m, i);
                    try {
                        m.invoke(withNull, args);
                    } catch (InvocationTargetException e) {
                        broken.add(signature(m, i) + " threw " + e.getCause());
                        continue;
                    }
                    String expected = outcome(newBuilder(builder));
                    String actual = outcome(withNull);
                    if (m.getName().equals("addTieBreak")) {
                        // The one list with a default (SelectionPolicy's tie-break chain): any adder call starts an
                        // explicit chain in place of the default, so addTieBreak(null) leaves it explicit and empty.
                        // The generated builder marks the list set before it skips the null; nothing else differs.
                        assertThat(actual).contains("tieBreaks=[]");
                        continue;
                    }
                    if (!expected.equals(actual)) {
                        broken.add(signature(m, i) + " is not 'not given': " + actual + " instead of " + expected);
                    }
                }
            }
        }
        assertThat(calls).as("builder methods with a value parameter").isGreaterThan(150);
        assertThat(broken).as("builder methods that do not take null as 'not given'").isEmpty();
    }

    @Test
    void everyBuilderMethodHandedANullContainerThrowsNamingIt() throws Exception {
        List<String> broken = new ArrayList<>();
        int calls = 0;
        for (Class<?> builder : builders()) {
            for (Method m : publicMethods(builder, false)) {
                for (int i = 0; i < m.getParameterCount(); i++) {
                    if (!isContainer(m, i)) {
                        continue;
                    }
                    calls++;
                    if (m.isVarArgs() && i == m.getParameterCount() - 1) {
                        // A generated varargs adder loops over the array without a check of its own: the JVM's
                        // NullPointerException names only its synthetic copy ("<local2>"), so only its type is held.
                        checkType(broken, m, newBuilder(builder), i);
                        continue;
                    }
                    check(broken, m, newBuilder(builder), i, attributeOf(m));
                }
            }
        }
        assertThat(calls).as("builder methods with a container parameter").isGreaterThan(100);
        assertThat(broken).as("builder methods that do not refuse a null container naming it").isEmpty();
    }

    // ---- copies ---------------------------------------------------------------------------------------------------

    /**
     * A copy method ({@code withX}) is a builder of one change that builds at once: handed a null value it does
     * what a builder from the same object does (an optional attribute empty, a default one its default, a
     * mandatory one reported as required, with every rule it breaks); a null container is refused (a
     * NullPointerException). Held on the sample objects and every kind of object they hold.
     */
    @Test
    void everyCopyMethodTakesANullValueAsNotGiven() throws Exception {
        List<String> broken = new ArrayList<>();
        int calls = 0;
        for (Object sample : copySamples()) {
            for (Method m : sample.getClass().getMethods()) {
                if (!m.getName().startsWith("with") || m.getParameterCount() != 1 || Modifier.isStatic(m.getModifiers())
                        || m.getParameterTypes()[0].isPrimitive() || m.getDeclaringClass() != sample.getClass()) {
                    continue;
                }
                calls++;
                String attribute = Character.toLowerCase(m.getName().charAt(4)) + m.getName().substring(5);
                if (isContainer(m, 0)) {
                    // Refused at once; the generated copy methods pass the container to a helper first, so the
                    // JVM's message names the helper's variable ("iterable", "map"), not the parameter.
                    checkType(broken, m, sample, 0);
                    continue;
                }
                // the copy agrees with a builder from the same object handed the same null (taken as "not given"
                // by everyBuilderMethodTakesANullValueAsNotGiven): the same object, or the same violations
                Object builder = sample.getClass().getMethod("builder").invoke(null);
                builder.getClass().getMethod("from", sample.getClass().getSuperclass()).invoke(builder, sample);
                builder.getClass().getMethod(attribute, m.getParameterTypes()).invoke(builder, new Object[] {null});
                String expected = outcome(builder);
                String actual;
                try {
                    actual = "built " + m.invoke(sample, new Object[] {null});
                } catch (InvocationTargetException e) {
                    actual = e.getCause() instanceof InvalidModelException invalid
                            ? "rejected " + invalid.getViolations() : "threw " + e.getCause();
                }
                if (!expected.equals(actual)) {
                    broken.add(signature(m, 0) + ": " + actual + " where the builder gives " + expected);
                }
            }
        }
        assertThat(calls).as("copy methods met").isGreaterThan(100);
        assertThat(broken).as("copy methods that do not take null as 'not given'").isEmpty();
    }

    private static List<Object> copySamples() {
        kg.kichi.core.catalogue.Catalogue catalogue = Samples.catalogue().build();
        List<Object> samples = new ArrayList<>(List.of(catalogue, Samples.partnership(),
                catalogue.getCalls().get(0).getLots().get(0), Samples.application().build().getStatusHistory().get(0),
                Samples.partnership().getMembers().get(0), Samples.project().build().getParticipants().get(0)));
        samples.addAll(catalogue.getOrganisations());
        samples.addAll(catalogue.getProgrammes());
        samples.addAll(catalogue.getProjects());
        samples.addAll(catalogue.getCalls());
        samples.addAll(catalogue.getApplications());
        samples.addAll(catalogue.getGrants());
        return samples;
    }

    // ---- factories -----------------------------------------------------------------------------------------------

    @Test
    void everyFactoryThrowsNullPointerExceptionNamingTheParameter() throws Exception {
        List<String> broken = new ArrayList<>();
        int calls = 0;
        int optional = 0;
        for (Class<?> type : api) {
            for (Method m : publicMethods(type, true)) {
                if (!isFactory(m)) {
                    continue;
                }
                for (int i = 0; i < m.getParameterCount(); i++) {
                    if (m.getParameterTypes()[i].isPrimitive()) {
                        continue;
                    }
                    calls++;
                    if (m.getReturnType().getSimpleName().equals("Builder")) {
                        // a builder's own factory, such as Rule.builder(type, id): null is "not given", reported by
                        // build() with everything else
                        try {
                            Object builder = m.invoke(null, arguments(m, i));
                            assertThat(outcome(builder)).as(signature(m, i)).startsWith("rejected");
                        } catch (InvocationTargetException e) {
                            broken.add(signature(m, i) + " threw " + e.getCause());
                        }
                        continue;
                    }
                    String parameter = m.getDeclaringClass().getSimpleName() + "." + m.getName() + " "
                            + NAMES.of(m).get(i);
                    if (m.getName().equals("fromCode") && m.getParameterTypes()[i] == String.class) {
                        // a lookup by code: no code given finds nothing
                        assertThat(m.invoke(null, arguments(m, i))).as(parameter).isEqualTo(Optional.empty());
                        continue;
                    }
                    if (OPTIONAL_PARAMETERS.contains(parameter)) {
                        optional++;
                        try {
                            m.invoke(null, arguments(m, i));
                        } catch (InvocationTargetException e) {
                            // another sample argument may be refused; the null must not be
                            if (e.getCause() instanceof NullPointerException) {
                                broken.add(signature(m, i) + " is optional but threw " + e.getCause());
                            }
                        }
                        continue;
                    }
                    check(broken, m, null, i, null);
                }
            }
        }
        assertThat(optional).as("optional parameters met").isEqualTo(OPTIONAL_PARAMETERS.size());
        assertThat(calls).as("reference parameters of public static methods").isGreaterThan(60);
        assertThat(broken).as("factories that do not throw a NullPointerException naming the parameter").isEmpty();
    }

    /**
     * The parameters of factories that are optional, each documented "or null" in its Javadoc: null there is "not
     * given" (an open bound, a date not stated, the whole call rather than one lot), never refused.
     */
    private static final Set<String> OPTIONAL_PARAMETERS = Set.of(
            "AbstractStatusChange.of on",
            "Classification.of label",
            "Rule.deadline timeZone",
            "Rule.duration min", "Rule.duration max",
            "Rule.partnerCount min", "Rule.partnerCount max",
            "Verdict.of lot",
            "UnitName.name language",
            "UnitName.of language", "UnitName.of validity",
            "MoneyRange.of min", "MoneyRange.of max",
            "Subject.of objectPointer", "Subject.of document",
            "MonthRange.of min", "MonthRange.of max",
            "Selection.of lotId", "Selection.of gazetteer",
            "MentionCoverage.of within", "MentionCoverage.of asOf");

    // ---- the examples of issue 16, by hand -------------------------------------------------------------------------

    @Test
    void aNullIdIsReportedByBuildLikeAnIdNeverGiven() {
        InvalidModelException e = org.assertj.core.api.Assertions.catchThrowableOfType(
                InvalidModelException.class, () -> Lot.builder().id(null).title(Samples.en("Lot")).build());
        assertThat(e.getViolations()).extracting(v -> v.getPath() + " " + v.getCode())
                .containsExactly("id kichi.required");
    }

    @Test
    void aNullOptionalValueLeavesItEmpty() {
        // handed null, lot(String) leaves the lot unset (here: unsets the sample's lot) rather than throwing
        Application withNullLot = Samples.application().lot((String) null).build();
        assertThat(withNullLot.getLot()).isEmpty();
        assertThat(Lot.builder().id("lot-1").title(Samples.en("Lot")).envelope((Money) null).build().getEnvelope())
                .isEmpty();
    }

    @Test
    void aNullLegalFormAddsNothing() {
        assertThat(Lot.builder().id("lot-1").title(Samples.en("Lot")).addEligibleLegalForm(null).build()
                .getEligibleLegalForms()).isEmpty();
    }

    @Test
    void moneyNamesTheNullParameter() {
        assertThatNullPointerException().isThrownBy(() -> Money.of((String) null, "KGS"))
                .withMessageContaining("amount");
        assertThatNullPointerException().isThrownBy(() -> Money.of("10", (String) null))
                .withMessageContaining("currencyCode");
        assertThatNullPointerException().isThrownBy(() -> Money.of(BigDecimal.TEN, (Currency) null))
                .withMessageContaining("currency");
        assertThatNullPointerException().isThrownBy(() -> Money.parse(null)).withMessageContaining("text");
    }

    @Test
    void aNullContainerIsRefusedNamingIt() {
        assertThatNullPointerException().isThrownBy(() -> Lot.builder().addAllEligibleLegalForms(null))
                .withMessageContaining("eligibleLegalForms");
        assertThatNullPointerException().isThrownBy(() -> Lot.builder().envelope((Optional<Money>) null))
                .withMessageContaining("envelope");
        assertThatNullPointerException().isThrownBy(() -> Lot.builder().addEligibleLegalForms((LegalForm[]) null));
    }

    // ---- machinery ---------------------------------------------------------------------------------------------------

    /** Calls {@code m} with null at {@code i} and records it unless it throws a NullPointerException naming it. */
    private static void check(List<String> broken, Method m, Object target, int i, String alsoAccepted) {
        String name = NAMES.of(m).get(i);
        try {
            m.invoke(target, arguments(m, i));
            broken.add(signature(m, i) + " accepted null");
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            String message = cause.getMessage() == null ? "" : cause.getMessage().toLowerCase(Locale.ROOT);
            boolean named = message.contains(name.toLowerCase(Locale.ROOT))
                    || (alsoAccepted != null && message.contains(alsoAccepted.toLowerCase(Locale.ROOT)));
            if (!(cause instanceof NullPointerException) || !named) {
                broken.add(signature(m, i) + " threw " + cause);
            }
        } catch (IllegalAccessException | IllegalArgumentException e) {
            throw new AssertionError(signature(m, i), e);
        }
    }

    private static void checkType(List<String> broken, Method m, Object target, int i) {
        try {
            m.invoke(target, arguments(m, i));
            broken.add(signature(m, i) + " accepted null");
        } catch (InvocationTargetException e) {
            if (!(e.getCause() instanceof NullPointerException)) {
                broken.add(signature(m, i) + " threw " + e.getCause());
            }
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }

    /** The builders of the API: every public nested type named Builder. */
    private static List<Class<?>> builders() {
        List<Class<?>> builders = api.stream().filter(t -> t.getSimpleName().equals("Builder")).toList();
        assertThat(builders).as("builders found").hasSizeGreaterThan(25);
        return builders;
    }

    /** A new builder, from the static method of the enclosing type that returns one. */
    private static Object newBuilder(Class<?> builder) throws Exception {
        for (Method m : builder.getDeclaringClass().getMethods()) {
            if (Modifier.isStatic(m.getModifiers()) && m.getReturnType() == builder) {
                return m.invoke(null, arguments(m, -1));
            }
        }
        throw new AssertionError("no factory of " + builder.getName());
    }

    /** The outcome of build(): the object built, or the violations reported. */
    private static String outcome(Object builder) throws Exception {
        try {
            return "built " + builder.getClass().getMethod("build").invoke(builder);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof InvalidModelException invalid) {
                return "rejected " + invalid.getViolations();
            }
            return "threw " + e.getCause();
        }
    }

    private static List<Method> publicMethods(Class<?> type, boolean statics) {
        List<Method> methods = new ArrayList<>();
        for (Method m : type.getDeclaredMethods()) {
            if (Modifier.isPublic(m.getModifiers()) && Modifier.isStatic(m.getModifiers()) == statics
                    && !m.isSynthetic() && !m.isBridge() && m.getParameterCount() > 0) {
                methods.add(m);
            }
        }
        methods.sort(Comparator.comparing(Method::toString));
        return methods;
    }

    /**
     * Whether a public static method is a factory: it makes an object of its own type ({@code Money.of},
     * {@code Rule.applicantSeat}, a generated {@code copyOf}) or is named like one ({@code of…}, {@code parse…},
     * {@code from…}, {@code valueOf}).
     */
    private static boolean isFactory(Method m) {
        return m.getReturnType() == m.getDeclaringClass()
                || m.getName().matches("(of|parse|from|copyOf|valueOf)([A-Z].*)?");
    }

    /** Whether parameter {@code i} of {@code m} holds values rather than being one: null is then refused. */
    private static boolean isContainer(Method m, int i) {
        Class<?> t = m.getParameterTypes()[i];
        return t.isArray() || Optional.class == t || Iterable.class.isAssignableFrom(t) || Map.class.isAssignableFrom(t)
                || Map.Entry.class.isAssignableFrom(t) || m.getName().equals("from");
    }

    /** The attribute a generated builder method sets: {@code addAllEligibleLegalForms} sets eligibleLegalForms. */
    private static String attributeOf(Method m) {
        String name = m.getName().replaceFirst("^(addAll|putAll|add|put)(?=[A-Z])", "");
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    private static String signature(Method m, int i) {
        return m.getDeclaringClass().getName() + "." + m.getName() + "(" + m.getParameterTypes()[i].getSimpleName()
                + " " + NAMES.of(m).get(i) + " #" + i + "/" + m.getParameterCount() + ")";
    }

    /** Sample arguments for every parameter of {@code m}, null at {@code nullAt}. */
    private static Object[] arguments(Method m, int nullAt) {
        Class<?>[] types = m.getParameterTypes();
        Object[] args = new Object[types.length];
        for (int j = 0; j < types.length; j++) {
            args[j] = j == nullAt ? null : sample(types[j], m);
        }
        return args;
    }

    private static final Map<Class<?>, Supplier<?>> SAMPLES = Map.ofEntries(
            Map.entry(String.class, () -> "en"),
            Map.entry(CharSequence.class, () -> "en"),
            Map.entry(BigDecimal.class, () -> BigDecimal.TEN),
            Map.entry(Currency.class, () -> Currency.getInstance("KGS")),
            Map.entry(LocalDate.class, () -> LocalDate.of(2024, 3, 1)),
            Map.entry(Locale.class, () -> Locale.ENGLISH),
            Map.entry(Money.class, () -> Money.of("10", "KGS")),
            Map.entry(Integer.class, () -> 1),
            Map.entry(Class.class, () -> LegalForm.class),
            Map.entry(java.time.ZoneId.class, () -> java.time.ZoneId.of("Asia/Bishkek")),
            Map.entry(java.time.YearMonth.class, () -> java.time.YearMonth.of(2019, 3)),
            Map.entry(java.time.Year.class, () -> java.time.Year.of(2019)),
            Map.entry(java.io.InputStream.class, () -> new java.io.ByteArrayInputStream(new byte[0])),
            Map.entry(kg.kichi.core.catalogue.Catalogue.class, () -> Samples.catalogue().build()),
            Map.entry(kg.kichi.core.geo.Gazetteer.class, kg.kichi.core.geo.gazetteer.Gazetteers::kyrgyzstan),
            Map.entry(kg.kichi.core.call.CallForProposals.class, () -> Samples.call().build()),
            Map.entry(kg.kichi.core.eligibility.Rule.class, () -> kg.kichi.core.eligibility.Rule.applicantNonProfit("r1")),
            Map.entry(Object.class, () -> "en"));

    /** A valid object of a Kichi type, for the parameters beside the null one. */
    private static Object known(Class<?> t) {
        if (t == kg.kichi.core.organisation.OrganisationId.class) {
            return Samples.EU;
        }
        if (t == kg.kichi.core.text.LocalizedText.class) {
            return Samples.en("sample");
        }
        if (t == kg.kichi.core.time.PartialDate.class) {
            return kg.kichi.core.time.PartialDate.of(2019, 3);
        }
        if (t == kg.kichi.core.geo.UnitRef.class) {
            return kg.kichi.core.geo.UnitRef.of(kg.kichi.core.geo.UnitRef.ISO_3166_2, "KG-N");
        }
        if (t == kg.kichi.core.application.Partnership.class) {
            return Samples.partnership();
        }
        return null;
    }

    /** An object of a type without a sample above, from the first of its own factories that makes one. */
    private static Object made(Class<?> t, int depth) {
        if (depth > 3 || !t.getName().startsWith("kg.kichi.")) {
            return null;
        }
        List<Method> factories = new ArrayList<>();
        for (Method f : t.getMethods()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getReturnType() == t) {
                factories.add(f);
            }
        }
        factories.sort(Comparator.comparingInt(Method::getParameterCount).thenComparing(Method::toString));
        for (Method f : factories) {
            try {
                Object[] args = new Object[f.getParameterCount()];
                for (int j = 0; j < args.length; j++) {
                    Class<?> pt = f.getParameterTypes()[j];
                    args[j] = pt.getName().startsWith("kg.kichi.") && known(pt) == null && !pt.isEnum()
                            ? made(pt, depth + 1) : sample(pt, f);
                }
                return f.invoke(null, args);
            } catch (ReflectiveOperationException | RuntimeException | AssertionError e) {
                // not this factory: try the next
            }
        }
        return null;
    }

    private static Object sample(Class<?> t, Method m) {
        Map<Class<?>, Object> primitives = Map.of(int.class, 1, long.class, 1L, short.class, (short) 1,
                byte.class, (byte) 1, double.class, 1.0, float.class, 1.0f, boolean.class, false, char.class, 'a');
        if (t.isPrimitive()) {
            return primitives.get(t);
        }
        if (t.isArray()) {
            return Array.newInstance(t.getComponentType(), 0);
        }
        if (t.isEnum()) {
            return t.getEnumConstants()[0];
        }
        if (t == Optional.class) {
            return Optional.empty();
        }
        if (Set.class.isAssignableFrom(t)) {
            return new TreeSet<>();
        }
        if (Iterable.class.isAssignableFrom(t) || t == List.class) {
            return List.of();
        }
        if (Map.class.isAssignableFrom(t)) {
            return Map.of();
        }
        if (t == Map.Entry.class) {
            return Map.entry("x-a", "b");
        }
        Supplier<?> s = SAMPLES.get(t);
        if (s != null) {
            return s.get();
        }
        Object known = known(t);
        if (known != null) {
            return known;
        }
        Object made = made(t, 0);
        if (made != null) {
            return made;
        }
        if (t.isInterface()) {
            return Proxy.newProxyInstance(t.getClassLoader(), new Class<?>[] {t}, (proxy, method, a) -> {
                if (method.getName().equals("toString")) {
                    return "sample " + t.getSimpleName();
                }
                Class<?> r = method.getReturnType();
                return r == boolean.class ? false : r.isPrimitive() && r != void.class ? 0 : null;
            });
        }
        throw new AssertionError("no sample " + t.getName() + " for " + m);
    }
}
