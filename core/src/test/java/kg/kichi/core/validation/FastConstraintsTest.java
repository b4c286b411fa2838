package kg.kichi.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
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
 * The fast constraint path must agree with Hibernate Validator: on random beans that use every kind of constraint
 * it handles, on every object of random catalogues, and for the identifier check on random strings.
 */
public class FastConstraintsTest {
    static Stream<Class<?>> modelTypes() {
        return Stream.of(Organisation.class, DonorProgramme.class, Project.class, Participation.class,
                Activity.class, StatedTarget.class, CallForProposals.class, Lot.class, CallResults.class,
                Application.class, Partnership.class, Partner.class, StatusChange.class, Grant.class,
                Catalogue.class, kg.kichi.core.evaluation.Criterion.class, kg.kichi.core.evaluation.Section.class,
                kg.kichi.core.evaluation.Stage.class, kg.kichi.core.evaluation.EvaluationGrid.class,
                kg.kichi.core.evaluation.Reviewer.class, kg.kichi.core.evaluation.Review.class,
                kg.kichi.core.evaluation.Score.class, kg.kichi.core.evaluation.RegionalQuota.class,
                kg.kichi.core.evaluation.SelectionPolicy.class);
    }

    @ParameterizedTest
    @MethodSource("modelTypes")
    void everyTypeOfTheModelHasAFastPlan(Class<?> type) {
        assertThat(FastConstraints.isCompiled(type)).as(type.getName()).isTrue();
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
            assertThat(FastConstraints.passes(object)).as(object.toString()).isTrue();
            assertThat(Validity.violationsOf(object)).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void randomBeansGetTheSameAnswerAsHibernateValidator(long seed) {
        assertSameAnswersAsHibernateValidator(new Random(seed), Bean::random);
    }

    /** The property checks {@link Plan} does by kind, mixed with one it leaves to a {@code ValueCheck}. */
    @ParameterizedTest
    @ValueSource(longs = {31, 32, 33, 34, 35})
    void checksDoneByKindGetTheSameAnswerAsHibernateValidator(long seed) {
        assertSameAnswersAsHibernateValidator(new Random(seed), Kinds::random);
    }

    /** 500 random objects: the fast path accepts exactly those Hibernate Validator accepts, and both kinds occur. */
    private static void assertSameAnswersAsHibernateValidator(Random random, Function<Random, Object> objects) {
        int valid = 0;
        for (int i = 0; i < 500; i++) {
            Object object = objects.apply(random);
            boolean hibernate = Validity.violationsOf(object).isEmpty();
            assertThat(FastConstraints.passes(object)).as(object.toString()).isEqualTo(hibernate);
            valid += hibernate ? 1 : 0;
        }
        assertThat(valid).as("both outcomes are exercised").isBetween(10, 490);
    }

    /** Plans are found again for many classes, alternating, as when a document is read. */
    @Test
    void plansOfManyClassesAreFoundAgain() {
        List<Object> objects = new ArrayList<>();
        objects.add(Bean.random(new Random(1)));
        objects.add(Kinds.random(new Random(2)));
        Catalogue catalogue = RandomCatalogues.catalogue(3);
        objects.add(catalogue);
        objects.addAll(catalogue.getOrganisations());
        objects.addAll(catalogue.getGrants());
        objects.addAll(catalogue.getProjects());
        for (int round = 0; round < 3; round++) {
            for (Object object : objects) {
                assertThat(FastConstraints.isCompiled(object.getClass())).isTrue();
                assertThat(FastConstraints.passes(object)).as(object.toString())
                        .isEqualTo(Validity.violationsOf(object).isEmpty());
            }
            assertThat(FastConstraints.isCompiled(WithGroup.class)).isFalse();
        }
    }

    @Test
    void aBeanIsCompiledAndClassesUsingWhatTheFastPathDoesNotMirrorAreNot() {
        assertThat(FastConstraints.isCompiled(Bean.class)).isTrue();
        assertThat(FastConstraints.isCompiled(WithGroup.class)).isFalse();
        assertThat(FastConstraints.passes(new WithGroup())).as("unsupported: always asks Hibernate Validator").isFalse();
        // each of these is invalid for Hibernate Validator, and would look valid to a naive fast path
        for (Object unsupported : List.of(new WithOptionalInt(), new WithConstrainedField(), new WithTwoGetters(),
                new WithAllFalse())) {
            assertThat(FastConstraints.isCompiled(unsupported.getClass())).as(unsupported.getClass().getName()).isFalse();
            assertThat(FastConstraints.passes(unsupported)).as("unsupported: always asks Hibernate Validator").isFalse();
            assertThat(Validity.violationsOf(unsupported)).as(unsupported.getClass().getName()).isNotEmpty();
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Validity.check(null))
                .isInstanceOf(IllegalArgumentException.class);
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
            assertThat(ValueChecks.isIdentifier(s)).as("'%s'", s).isEqualTo(regex.matcher(s).matches());
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
        @Size(min = 1, max = 3)
        @Pattern(regexp = "[a-z0-9]+", flags = Pattern.Flag.CASE_INSENSITIVE)
        public String getCode() {
            return (String) values.get("code");
        }

        @Size(max = 2)
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
        public Map<@NotBlank String, @Size(max = 3) String> getLabels() {
            return (Map<String, String>) values.get("labels");
        }

        @Override
        public String toString() {
            return values.toString();
        }
    }

    /** A property of each kind {@link Plan} checks itself, and one it does not. */
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
        @Size(max = 3)
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

    public interface Strict {}

    /** Hibernate Validator checks what an {@code OptionalInt} holds: an empty one fails {@code @NotNull}. */
    public static final class WithOptionalInt {
        @NotNull
        public java.util.OptionalInt getCount() {
            return java.util.OptionalInt.empty();
        }
    }

    /** Hibernate Validator reads the field, which is null; the getter hides it. */
    public static final class WithConstrainedField {
        @NotNull
        public String name;

        public String getName() {
            return name == null ? "" : name;
        }
    }

    /** Which getter Hibernate Validator reads is not the fast path's guess to make. */
    public static final class WithTwoGetters {
        @Positive
        public Integer getLevel() {
            return -1;
        }

        public Integer hasLevel() {
            return 1;
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

    public static final class WithGroup {
        @NotNull(groups = Strict.class)
        public String getName() {
            return null;
        }
    }
}
