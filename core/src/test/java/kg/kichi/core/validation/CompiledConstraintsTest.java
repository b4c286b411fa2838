package kg.kichi.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import kg.kichi.core.application.Application;
import kg.kichi.core.application.Partner;
import kg.kichi.core.application.Partnership;
import kg.kichi.core.application.StatusChange;
import kg.kichi.core.call.CallForProposals;
import kg.kichi.core.call.CallResults;
import kg.kichi.core.call.Lot;
import kg.kichi.core.catalogue.Catalogue;
import kg.kichi.core.grant.Grant;
import kg.kichi.core.internal.Constraints;
import kg.kichi.core.organisation.Organisation;
import kg.kichi.core.programme.DonorProgramme;
import kg.kichi.core.project.Activity;
import kg.kichi.core.project.Participation;
import kg.kichi.core.project.Project;
import kg.kichi.core.project.StatedTarget;
import kg.kichi.core.testing.RandomCatalogues;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The compiled constraints must agree with Hibernate Validator: on random beans that use every constraint they know,
 * on every object of random catalogues, and for the identifier check on random strings; every constrained class of
 * the model must compile, and anything else must fail loudly.
 */
public class CompiledConstraintsTest {
    /** Every concrete class of kichi-core that Hibernate Validator sees a constraint on, found in its class folder. */
    static List<Class<?>> constrainedClassesOfCore() throws Exception {
        Path root = Path.of(Validity.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
                String name = root.relativize(file).toString().replace('/', '.').replace('\\', '.');
                name = name.substring(0, name.length() - ".class".length());
                if (name.endsWith("module-info") || name.endsWith("package-info")) {
                    continue;
                }
                Class<?> type = Class.forName(name, false, Validity.class.getClassLoader());
                if (!type.isInterface() && !java.lang.reflect.Modifier.isAbstract(type.getModifiers())
                        && Validity.validator().getConstraintsForClass(type).isBeanConstrained()) {
                    found.add(type);
                }
            }
        }
        return found;
    }

    @Test
    void everyConstrainedClassOfTheModelCompiles() throws Exception {
        List<Class<?>> classes = constrainedClassesOfCore();
        assertThat(classes).as("the model's value types and their Immutables implementations")
                .contains(Grant.class, Catalogue.class, Partnership.class,
                        kg.kichi.core.evaluation.SelectionPolicy.class)
                .hasSizeGreaterThanOrEqualTo(26);
        for (Class<?> type : classes) {
            assertThat(CompiledConstraints.compile(type)).as(type.getName()).isNotNull();
        }
    }

    @Test
    void theCrossCheckIsOnInThisTestRun() {
        assertThat(Validity.CROSS_CHECK).as("on under -ea, which every test runner sets by default").isTrue();
        assertThatThrownBy(() -> Validity.check(new Disagrees())).isInstanceOf(AssertionError.class)
                .hasMessageContaining("rejected a " + Disagrees.class.getName())
                .hasMessageContaining("Hibernate Validator accepts");
        // the other way: an object the compiled checks accept is compared too, not returned at once
        assertThatThrownBy(() -> Validity.check(new DisagreesTheOtherWay())).isInstanceOf(AssertionError.class)
                .hasMessageContaining("accepted a " + DisagreesTheOtherWay.class.getName())
                .hasMessageContaining("that Hibernate Validator rejects: [kichi.required: is required]");
    }

    @Test
    void aConstraintWithAnAttributeIsInitialisedWithIt() {
        CompiledConstraints.Plan plan = CompiledConstraints.compile(WithLimit.class);
        for (int value = -1; value <= 4; value++) {
            boolean expected = value <= 2; // @AtMost(2)
            assertThat(plan.passes(new WithLimit(value))).as("%d", value).isEqualTo(expected);
            assertThat(Validity.violationsOf(new WithLimit(value)).isEmpty()).as("%d", value).isEqualTo(expected);
        }
    }

    @Test
    void aViolationCarriesItsConstraintsAttributesButNotMessageGroupsOrPayload() {
        // not a constraint the model uses, but violationsOf reports any object
        assertThat(Validity.violationsOf(new WithSize())).singleElement().satisfies(v -> {
            assertThat(v.getPath()).isEqualTo("name");
            assertThat(v.getCode()).isEqualTo("jakarta.validation.constraints.Size.message");
            assertThat(v.getArguments()).containsExactly(Map.entry("max", 3), Map.entry("min", 0),
                    Map.entry("value", "four"));
        });
    }

    @Test
    void whatTheModelDoesNotUseFailsLoudly() {
        assertThatThrownBy(() -> CompiledConstraints.compile(WithSize.class)).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith(WithSize.class.getName() + ".name uses @jakarta.validation.constraints.Size");
        assertThatThrownBy(() -> Validity.check(new WithSize())).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("jakarta.validation.constraints.Size");
        assertThatThrownBy(() -> CompiledConstraints.compile(WithCascade.class))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining(".bean uses @Valid");
        assertThatThrownBy(() -> CompiledConstraints.compile(WithAllFalse.class))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("composed of other constraints");
        assertThatThrownBy(() -> Validity.check(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void everyObjectOfARandomCatalogueIsValidBothWays(long seed) {
        Catalogue catalogue = RandomCatalogues.catalogue(seed);
        List<Object> objects = new ArrayList<>(List.of(catalogue));
        objects.addAll(catalogue.getOrganisations());
        objects.addAll(catalogue.getProgrammes());
        catalogue.getProjects().forEach(p -> {
            objects.add(p);
            objects.addAll(p.getParticipants());
            objects.addAll(p.getActivities());
        });
        catalogue.getCalls().forEach(c -> {
            objects.add(c);
            objects.addAll(c.getLots());
            c.getResults().ifPresent(objects::add);
        });
        catalogue.getApplications().forEach(a -> {
            objects.add(a);
            objects.add(a.getPartnership());
            objects.addAll(a.getPartnership().getMembers());
            objects.addAll(a.getStatusHistory());
        });
        catalogue.getGrants().forEach(g -> {
            objects.add(g);
            objects.addAll(g.getTargets());
        });
        for (Object object : objects) {
            assertThat(CompiledConstraints.passes(object)).as(object.toString()).isTrue();
            assertThat(Validity.violationsOf(object)).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void randomBeansGetTheSameAnswerAsHibernateValidator(long seed) {
        assertSameAnswersAsHibernateValidator(new Random(seed), Bean::random);
    }

    /** Containers of each kind the model has, and properties with two constraints. */
    @ParameterizedTest
    @ValueSource(longs = {31, 32, 33, 34, 35})
    void containersGetTheSameAnswerAsHibernateValidator(long seed) {
        assertSameAnswersAsHibernateValidator(new Random(seed), Kinds::random);
    }

    /**
     * 500 random objects: the compiled checks accept exactly those Hibernate Validator accepts, and both occur. Each
     * answer is asked twice: of the plan cached for the class (compiled once per JVM), and of a plan this call compiles
     * itself, so that what compiling does is checked in every run, not only in the first that meets the class.
     */
    private static void assertSameAnswersAsHibernateValidator(Random random, Function<Random, Object> objects) {
        int valid = 0;
        Map<Class<?>, CompiledConstraints.Plan> compiledHere = new java.util.HashMap<>();
        for (int i = 0; i < 500; i++) {
            Object object = objects.apply(random);
            boolean hibernate = Validity.violationsOf(object).isEmpty();
            assertThat(CompiledConstraints.passes(object)).as(object.toString()).isEqualTo(hibernate);
            assertThat(compiledHere.computeIfAbsent(object.getClass(), CompiledConstraints::compile).passes(object))
                    .as("freshly compiled: %s", object).isEqualTo(hibernate);
            valid += hibernate ? 1 : 0;
        }
        assertThat(valid).as("both outcomes are exercised").isBetween(10, 490);
    }

    @ParameterizedTest
    @ValueSource(longs = {21, 22, 23, 24, 25})
    void identifierCheckMatchesItsRegularExpression(long seed) {
        Random random = new Random(seed);
        java.util.regex.Pattern regex = java.util.regex.Pattern.compile(Identifier.PATTERN);
        String alphabet = "aZ09._:/-~ éЖ\t";
        for (int i = 0; i < 5_000; i++) {
            int length = random.nextInt(8) == 0 ? 195 + random.nextInt(10) : random.nextInt(6);
            StringBuilder s = new StringBuilder();
            for (int j = 0; j < length; j++) {
                s.append(alphabet.charAt(random.nextInt(random.nextBoolean() ? 4 : alphabet.length())));
            }
            assertThat(Identifier.Validator.isIdentifier(s)).as("'%s'", s).isEqualTo(regex.matcher(s).matches());
        }
    }

    /** Valid when {@code low <= high}; reports through its context, as the model's validators do. */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = Ordered.Validator.class)
    public @interface Ordered {
        String message() default "{kichi.required}";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        public final class Validator implements ConstraintValidator<Ordered, Bean> {
            @Override
            public boolean isValid(Bean bean, ConstraintValidatorContext context) {
                context.disableDefaultConstraintViolation();
                if (bean.getLow() != null && bean.getHigh() != null && bean.getLow() > bean.getHigh()) {
                    return Constraints.report(context, "kichi.required", "low");
                }
                return true;
            }
        }
    }

    @Ordered
    public static final class Bean {
        private static final String[] TEXTS = {null, "", " ", "\u2003", "a", "abc", "ABCD", "x-1", "1:2", "é",
            "_a", "a b"};
        private final Map<String, Object> values;

        private Bean(Map<String, Object> values) {
            this.values = values;
        }

        static Bean random(Random random) {
            Map<String, Object> v = new java.util.HashMap<>();
            v.put("name", pick(random, TEXTS));
            v.put("id", pick(random, TEXTS));
            v.put("code", pick(random, TEXTS));
            v.put("tag", pick(random, TEXTS));
            List<String> tags = new ArrayList<>();
            for (int i = random.nextInt(12) == 0 ? 0 : 1 + random.nextInt(2); i > 0; i--) {
                tags.add(pick(random, TEXTS));
            }
            v.put("tags", random.nextInt(20) == 0 ? null : tags);
            v.put("count", random.nextInt(4) == 0 ? Optional.empty() : Optional.of(wild(random, 3) - 1));
            v.put("amount", random.nextInt(4) == 0 ? null : BigDecimal.valueOf(wild(random, 2) - 1, 1));
            v.put("quantity", (long) wild(random, 2));
            v.put("low", random.nextInt(3) == 0 ? null : random.nextInt(3));
            v.put("high", random.nextInt(3) == 0 ? null : random.nextInt(8) == 0 ? 0 : 3);
            Map<String, String> labels = new java.util.HashMap<>();
            for (int i = random.nextInt(3); i > 0; i--) {
                labels.put(String.valueOf(pick(random, TEXTS)), pick(random, TEXTS));
            }
            v.put("labels", labels);
            return new Bean(v);
        }

        /** Mostly a value every constraint accepts; now and then any of them. */
        private static String pick(Random random, String[] from) {
            return random.nextInt(16) == 0 ? from[random.nextInt(from.length)] : from[4 + random.nextInt(2) * 3];
        }

        /** Mostly a number from 1 to 3; now and then one from {@code -span} to 3. */
        private static int wild(Random random, int span) {
            return random.nextInt(8) == 0 ? random.nextInt(span + 4) - span : 1 + random.nextInt(3);
        }

        @NotBlank
        public String getName() {
            return (String) values.get("name");
        }

        @Identifier
        public String getId() {
            return (String) values.get("id");
        }

        @NotNull
        @Identifier
        public String getCode() {
            return (String) values.get("code");
        }

        @NotBlank
        public String getTag() {
            return (String) values.get("tag");
        }

        @NotEmpty
        public List<@NotBlank String> getTags() {
            @SuppressWarnings("unchecked")
            List<String> tags = (List<String>) values.get("tags");
            return tags;
        }

        @SuppressWarnings("unchecked")
        public Optional<@Positive Integer> getCount() {
            return (Optional<Integer>) values.get("count");
        }

        @PositiveOrZero
        public BigDecimal getAmount() {
            return (BigDecimal) values.get("amount");
        }

        @Positive
        public long getQuantity() {
            return (Long) values.get("quantity");
        }

        public Integer getLow() {
            return (Integer) values.get("low");
        }

        public Integer getHigh() {
            return (Integer) values.get("high");
        }

        @SuppressWarnings("unchecked")
        public Map<@NotBlank String, @Identifier String> getLabels() {
            return (Map<String, String>) values.get("labels");
        }

        @Override
        public String toString() {
            return values.toString();
        }
    }

    /** The containers of the model, and properties with two constraints. */
    public static final class Kinds {
        private static final String[] TEXTS = {null, "", " ", "a", "x-1", "1:2/3", "é", "_a", "a b", "-"};
        private final Map<String, Object> values;

        private Kinds(Map<String, Object> values) {
            this.values = values;
        }

        static Kinds random(Random random) {
            Map<String, Object> v = new java.util.HashMap<>();
            v.put("required", random.nextInt(24) == 0 ? null : "here");
            v.put("id", pick(random));
            v.put("reference", random.nextInt(3) == 0 ? Optional.empty() : Optional.ofNullable(pick(random)));
            List<String> items = new ArrayList<>();
            for (int i = random.nextInt(4); i > 0; i--) {
                items.add(random.nextInt(32) == 0 ? null : "item");
            }
            v.put("items", random.nextInt(32) == 0 ? null : items);
            v.put("tag", pick(random));
            v.put("extensions", random.nextInt(32) == 0 ? null : map(random));
            v.put("keys", random.nextInt(32) == 0 ? null : map(random));
            return new Kinds(v);
        }

        private static String pick(Random random) {
            return random.nextInt(24) == 0 ? TEXTS[random.nextInt(TEXTS.length)] : TEXTS[3 + random.nextInt(3)];
        }

        /** Mostly empty, as a model object's extensions are; now and then with a null key or value. */
        private static Map<String, String> map(Random random) {
            Map<String, String> map = new java.util.HashMap<>();
            for (int i = random.nextInt(3) == 0 ? random.nextInt(3) : 0; i > 0; i--) {
                map.put(random.nextInt(24) == 0 ? null : "k" + i, random.nextInt(24) == 0 ? null : "v");
            }
            return map;
        }

        @NotNull
        public Object getRequired() {
            return values.get("required");
        }

        @Identifier
        @NotNull
        public String getId() {
            return (String) values.get("id");
        }

        @SuppressWarnings("unchecked")
        public Optional<@Identifier String> getReference() {
            return (Optional<String>) values.get("reference");
        }

        @SuppressWarnings("unchecked")
        public List<@NotNull Object> getItems() {
            return (List<Object>) values.get("items");
        }

        @NotNull
        @NotBlank
        public String getTag() {
            return (String) values.get("tag");
        }

        @SuppressWarnings("unchecked")
        public Map<@NotNull String, @NotNull String> getExtensions() {
            return (Map<String, String>) values.get("extensions");
        }

        @SuppressWarnings("unchecked")
        public Map<@NotNull String, String> getKeys() {
            return (Map<String, String>) values.get("keys");
        }

        @Override
        public String toString() {
            return values.toString();
        }
    }

    /** A constraint the model does not use. */
    public static final class WithSize {
        @jakarta.validation.constraints.Size(max = 3)
        public String getName() {
            return "four";
        }
    }

    /** A cascade, which the model does not use. */
    public static final class WithCascade {
        @jakarta.validation.Valid
        public Bean getBean() {
            return null;
        }
    }

    /**
     * Valid for Hibernate Validator, whose context is its own, and not for the compiled check: the cross-check must
     * catch the difference.
     */
    @Disagrees.Check
    public static final class Disagrees {
        @Target(ElementType.TYPE)
        @Retention(RetentionPolicy.RUNTIME)
        @Constraint(validatedBy = Check.Validator.class)
        public @interface Check {
            String message() default "{kichi.required}";

            Class<?>[] groups() default {};

            Class<? extends Payload>[] payload() default {};

            public final class Validator implements ConstraintValidator<Check, Disagrees> {
                @Override
                public boolean isValid(Disagrees value, ConstraintValidatorContext context) {
                    return context
                            instanceof org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
                }
            }
        }
    }

    /** Valid only under a context that is not Hibernate Validator's: the compiled checks accept it, HV does not. */
    @DisagreesTheOtherWay.Check
    public static final class DisagreesTheOtherWay {
        @Target(ElementType.TYPE)
        @Retention(RetentionPolicy.RUNTIME)
        @Constraint(validatedBy = Check.Validator.class)
        public @interface Check {
            String message() default "{kichi.required}";

            Class<?>[] groups() default {};

            Class<? extends Payload>[] payload() default {};

            public final class Validator implements ConstraintValidator<Check, DisagreesTheOtherWay> {
                @Override
                public boolean isValid(DisagreesTheOtherWay value, ConstraintValidatorContext context) {
                    return !(context
                            instanceof org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext);
                }
            }
        }
    }

    /** A whole number at most {@link #value()}: its validator reads the limit in {@code initialize}. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = AtMost.Validator.class)
    public @interface AtMost {
        int value();

        String message() default "{kichi.required}";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        public final class Validator implements ConstraintValidator<AtMost, Integer> {
            private int limit = Integer.MIN_VALUE; // rejects everything unless initialised

            @Override
            public void initialize(AtMost annotation) {
                limit = annotation.value();
            }

            @Override
            public boolean isValid(Integer value, ConstraintValidatorContext context) {
                return value == null || value <= limit;
            }
        }
    }

    public static final class WithLimit {
        private final int value;

        WithLimit(int value) {
            this.value = value;
        }

        @AtMost(2)
        public int getValue() {
            return value;
        }
    }

    /** Valid only when its part fails: not a conjunction of parts. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = {})
    @NotNull
    @org.hibernate.validator.constraints.ConstraintComposition(
            org.hibernate.validator.constraints.CompositionType.ALL_FALSE)
    public @interface MustBeNull {
        String message() default "{kichi.required}";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    public static final class WithAllFalse {
        @MustBeNull
        public String getName() {
            return "present";
        }
    }
}
