package kg.kichi.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotNull;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An application's own {@code ValidationMessages.properties} (a one-line bundle in the test resources, first on
 * the class path) does not hide Kichi's messages: neither from Kichi's own rendering nor from a
 * default-bootstrapped Bean Validation provider.
 */
class CompetingBundleTest {
    /**
     * What a user's class would carry: Kichi's message key on a standard constraint. Public, in an exported
     * package, so the provider may read it when the tests run on the module path.
     */
    public static final class Form {
        /** Never set. */
        @NotNull(message = "{kichi.required}")
        public String name;

        /** Not an identifier: it has a space. */
        @Identifier
        public String reference = "x y";
    }

    @Test
    void theApplicationsBundleIsTheOneOnTheClassPath() {
        ResourceBundle bundle = ResourceBundle.getBundle("ValidationMessages", Locale.ROOT);
        assertThat(bundle.getString("app.greeting")).isEqualTo("Hello from the application");
        assertThat(bundle.keySet()).noneMatch(key -> key.startsWith("kichi."));
    }

    @ParameterizedTest
    @CsvSource({
        "en, 'is required', '''x y'' is not a valid identifier'",
        "ru, 'обязательное поле', '«x y» — недопустимый идентификатор'",
        "ky, 'милдеттүү талаа', '«x y» жараксыз идентификатор'"})
    void kichiRendersItsOwnMessages(String language, String required, String id) {
        Locale locale = Locale.forLanguageTag(language);
        assertThat(Messages.format("kichi.required", Map.of(), locale)).isEqualTo(required);
        assertThat(Messages.format("kichi.id", Map.of("value", "x y"), locale)).isEqualTo(id);
    }

    @ParameterizedTest
    @CsvSource({
        "en, 'is required', '''x y'' is not a valid identifier'",
        "ru, 'обязательное поле', '«x y» — недопустимый идентификатор'",
        "ky, 'милдеттүү талаа', '«x y» жараксыз идентификатор'"})
    void aDefaultValidatorInterpolatesKichisKeysWithTheirValues(String language, String required, String id) {
        // the default provider, found by service loading; only the locale is set, as a Spring application does
        HibernateValidatorConfiguration configuration =
                ((HibernateValidatorConfiguration) Validation.byDefaultProvider().configure())
                        .defaultLocale(Locale.forLanguageTag(language));
        try (ValidatorFactory factory = configuration.buildValidatorFactory()) {
            assertThat(factory.getValidator().validate(new Form()))
                    .extracting(v -> v.getPropertyPath().toString(), ConstraintViolation::getMessage)
                    .containsExactlyInAnyOrder(tuple("name", required), tuple("reference", id));
        }
    }
}
