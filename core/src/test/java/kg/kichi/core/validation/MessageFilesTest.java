package kg.kichi.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * Which file {@link Messages} reads for a language, read afresh: {@link Messages#bundle} keeps each language's file
 * for the life of the JVM, so only the first test to ask for a language ever reads it; this test calls the
 * loader directly so that reading the files is checked in every run (mutation testing runs many in one JVM).
 */
class MessageFilesTest {
    @Test
    void eachLanguageReadsItsOwnFileInUtf8AndALanguageWithoutOneReadsNothing() throws Exception {
        Properties english = load("");
        assertThat(english.getProperty("kichi.blank")).isEqualTo("must not be blank");
        assertThat(english.getProperty("kichi.required")).isEqualTo("is required");
        Properties russian = load("ru");
        assertThat(russian.getProperty("kichi.required")).isEqualTo("обязательное поле");
        assertThat(load("ky").getProperty("kichi.required")).isEqualTo("милдеттүү талаа");
        assertThat(load("de")).isEmpty();
        assertThat(Messages.openOwn("ContributorValidationMessages_de.properties")).isNull();
    }

    private static Properties load(String language) {
        return Messages.load(language);
    }
}
