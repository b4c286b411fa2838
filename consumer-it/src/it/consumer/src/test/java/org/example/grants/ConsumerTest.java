package org.example.grants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.Configuration;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.ResourceBundle;
import java.util.TreeMap;
import kg.kichi.core.catalogue.Catalogue;
import kg.kichi.core.grant.Grant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The application's view of Kichi, run twice: on the module path and on the class path. Every expected message
 * is written out by hand.
 */
class ConsumerTest {
    @Test
    void runsWhereTheBuildSaysItDoes() {
        assertEquals(Boolean.getBoolean("expect.named.module"), GrantsApp.class.getModule().isNamed(),
                "module path or class path");
        assertEquals(Boolean.getBoolean("expect.named.module"), Grant.class.getModule().isNamed());
    }

    @Test
    void theApplicationsOwnBundleIsTheRootBundle() {
        assertEquals("the application needs a title",
                ResourceBundle.getBundle("ValidationMessages", Locale.ROOT).getString("app.title.required"));
    }

    @Test
    void buildsAGrant() {
        Grant grant = GrantsApp.grant();
        assertEquals("lip-cso-nar-02", grant.getId());
        assertEquals("XI-KICHI-tynchtyk", grant.getGrantee().toString());
    }

    @ParameterizedTest
    @CsvSource({
        "en, 'amountAwarded: must be more than zero'",
        "ru, 'amountAwarded: должна быть больше нуля'",
        "ky, 'amountAwarded: нөлдөн көп болушу керек'"})
    void kichisOwnMessagesInEachLanguage(String language, String expected) {
        assertTrue(GrantsApp.violationsOfABadGrant(Locale.forLanguageTag(language)).contains(expected),
                () -> GrantsApp.violationsOfABadGrant(Locale.forLanguageTag(language)).toString());
    }

    @ParameterizedTest
    @CsvSource({
        "en, 'the application needs a title', '''x y'' is not a valid identifier'",
        "ru, 'приложению нужно название', '«x y» — недопустимый идентификатор'",
        "ky, 'the application needs a title', '«x y» жараксыз идентификатор'"})
    void aDefaultValidatorGivesBothBundlesWithTheValuesFilledIn(String language, String title, String id) {
        // the default provider and its default message interpolator (with Expression Language); only the locale
        // is chosen, by standard API, as Spring's LocaleContextMessageInterpolator does
        Configuration<?> configuration = Validation.byDefaultProvider().configure();
        MessageInterpolator interpolator = configuration.getDefaultMessageInterpolator();
        Locale locale = Locale.forLanguageTag(language);
        configuration.messageInterpolator(new MessageInterpolator() {
            @Override
            public String interpolate(String template, Context context) {
                return interpolator.interpolate(template, context, locale);
            }

            @Override
            public String interpolate(String template, Context context, Locale ignored) {
                return interpolator.interpolate(template, context, locale);
            }
        });
        try (ValidatorFactory factory = configuration.buildValidatorFactory()) {
            Map<String, String> messages = new TreeMap<>();
            for (ConstraintViolation<AwardForm> v : factory.getValidator().validate(new AwardForm(null, "x y"))) {
                messages.put(v.getPropertyPath().toString(), v.getMessage());
            }
            // Kichi's message, read through Hibernate Validator's contributor bundles, is found on either path.
            assertEquals(Set.of("title", "grantId"), messages.keySet());
            assertEquals(id, messages.get("grantId"));
            // The application's own key: on the class path always found. On the module path Hibernate Validator
            // looks the application's ValidationMessages up from its own named module, which in some set-ups does
            // not see a bundle inside another named module (docs/bean-validation.md): then the key stays as it is.
            if (GrantsApp.class.getModule().isNamed()) {
                assertTrue(Set.of(title, "{app.title.required}").contains(messages.get("title")), messages.get("title"));
            } else {
                assertEquals(title, messages.get("title"));
            }
        }
    }

    @Test
    void aDefaultValidatorBuiltWithoutAnyConfigurationWorks() {
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            assertEquals(2, factory.getValidator().validate(new AwardForm(null, "x y")).size());
            assertTrue(factory.getValidator().validate(new AwardForm("t", "ok-1")).isEmpty());
        }
    }

    @Test
    void readsTheExamplesAndRoundTripsThemThroughJson() {
        Catalogue example = GrantsApp.example();
        assertEquals(8, example.getGrants().size(), "seed 000 has eight grants");
        assertEquals(example, GrantsApp.roundTrip(example));
        assertTrue(GrantsApp.json(example).startsWith("{"));
    }
}
