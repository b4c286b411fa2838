package kg.kichi.core.grant;

import static kg.kichi.core.ModelAssertions.violation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kg.kichi.core.application.Partnership;
import kg.kichi.core.classification.Classification;
import kg.kichi.core.money.Money;
import kg.kichi.core.project.StatedTarget;
import kg.kichi.core.text.LocalizedText;
import kg.kichi.core.time.DatePeriod;
import kg.kichi.core.time.PartialDate;
import kg.kichi.core.validation.Validity;
import kg.kichi.core.validation.Violation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A Bean Validation provider bootstrapped with defaults (Hibernate Validator found by service loading, with
 * Expression Language) sees the model's constraints, including the custom cross-field ones.
 *
 * <p>No builder returns an invalid grant, so the test validates a hand-written grant that bypasses the check.
 */
class DefaultProviderTest {
    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void bootstrap() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    /** A grant with no title or partnership, a malformed identifier, a lot without call and a negative amount. */
    static final class BadGrant extends AbstractGrant {
        @Override
        public String getId() {
            return "not an id";
        }

        @Override
        public LocalizedText getTitle() {
            return null;
        }

        @Override
        public Optional<LocalizedText> getDescription() {
            return Optional.empty();
        }

        @Override
        public Optional<String> getCall() {
            return Optional.empty();
        }

        @Override
        public Optional<String> getLot() {
            return Optional.of("lot a");
        }

        @Override
        public Optional<String> getComponent() {
            return Optional.empty();
        }

        @Override
        public Optional<String> getApplication() {
            return Optional.empty();
        }

        @Override
        public Optional<String> getProject() {
            return Optional.empty();
        }

        @Override
        public Partnership getPartnership() {
            return null;
        }

        @Override
        public Optional<Money> getAmountAwarded() {
            return Optional.of(Money.of("-1", "KGS"));
        }

        @Override
        public Optional<PartialDate> getAwardDate() {
            return Optional.empty();
        }

        @Override
        public Optional<DatePeriod> getPeriod() {
            return Optional.empty();
        }

        @Override
        public Optional<GrantStatus> getStatus() {
            return Optional.empty();
        }

        @Override
        public List<StatedTarget> getTargets() {
            return List.of();
        }

        @Override
        public List<Classification> getThemes() {
            return List.of();
        }

        @Override
        public Map<String, String> getExtensions() {
            return Map.of();
        }
    }

    @Test
    void seesEveryConstraintWithItsPathAndTemplate() {
        Set<ConstraintViolation<BadGrant>> violations = validator.validate(new BadGrant());
        assertThat(violations).extracting(v -> v.getPropertyPath().toString(), ConstraintViolation::getMessageTemplate)
                .containsExactlyInAnyOrder(
                        tuple("id", "{kichi.id}"),
                        tuple("title", "{kichi.required}"),
                        tuple("partnership", "{kichi.required}"),
                        tuple("lot", "{kichi.id}"),
                        tuple("call", "{kichi.grant.source}"),
                        tuple("lot", "{kichi.grant.lotWithoutCall}"),
                        tuple("amountAwarded", "{kichi.money.positive}"));
        assertThat(violations).allSatisfy(v -> assertThat(v.getMessage())
                .as("interpolated from Kichi's bundle").doesNotStartWith("{kichi."));
    }

    @Test
    void itsViolationsBecomeOursWithTheSameCodes() {
        List<Violation> ours = validator.validate(new BadGrant()).stream().map(Validity::toViolation).toList();
        assertThat(ours).extracting(Violation::getPath, Violation::getCode).contains(
                violation("id", "kichi.id"), violation("lot", "kichi.grant.lotWithoutCall"));
        assertThat(ours).filteredOn(v -> v.getPath().equals("id")).singleElement()
                .satisfies(v -> assertThat(v.getArguments()).containsEntry("value", "not an id"));
        assertThat(Validity.violationsOf(new BadGrant())).extracting(Violation::getPath, Violation::getCode)
                .containsExactlyInAnyOrderElementsOf(ours.stream()
                        .map(v -> violation(v.getPath(), v.getCode())).toList());
    }

    @Test
    void findsNothingWrongWithABuiltGrant() {
        assertThat(validator.validate(GrantTest.valid().build())).isEmpty();
    }
}
