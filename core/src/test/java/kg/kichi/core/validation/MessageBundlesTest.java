package kg.kichi.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The three message files agree with each other and with every key the sources use. */
class MessageBundlesTest {
    private static final Pattern KEY_IN_SOURCE = Pattern.compile("[\"{](kichi\\.[A-Za-z0-9.]*[A-Za-z0-9])[\"}]");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9]+)}");

    static Properties load(String language) {
        String name = language.equals("en") ? Messages.BUNDLE + ".properties"
                : Messages.BUNDLE + "_" + language + ".properties";
        Properties properties = new Properties();
        try (InputStream in = Messages.openOwn(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    static Set<String> keysUsedInSources() throws IOException {
        Path sources = Path.of("src/main/java");
        assertThat(sources).as("run from the core module").isDirectory();
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_IN_SOURCE.matcher(withoutComments(Files.readString(file)));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        return keys;
    }

    /** Drops comment lines, whose examples ({@code {kichi.x}}) are no keys. */
    private static String withoutComments(String source) {
        return source.lines().filter(line -> {
            String t = line.strip();
            return !(t.startsWith("*") || t.startsWith("//") || t.startsWith("/*"));
        }).collect(Collectors.joining("\n"));
    }

    static Set<String> placeholders(String template) {
        Set<String> names = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    @Test
    void theScanFindsTheKeysOfBothForms() throws IOException {
        assertThat(keysUsedInSources()).hasSizeGreaterThan(30)
                .contains("kichi.required", "kichi.id", "kichi.catalogue.unknownReference", "kichi.money.scale");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ru", "ky"})
    void everyKeyTheSourcesUseIsInEveryFile(String language) throws IOException {
        assertThat(load(language).stringPropertyNames()).containsAll(keysUsedInSources());
    }

    @Test
    void theThreeFilesHaveTheSameKeys() {
        Set<String> english = load("en").stringPropertyNames();
        assertThat(load("ru").stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english);
        assertThat(load("ky").stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ru", "ky"})
    void translationsAreTranslatedAndKeepThePlaceholders(String language) {
        Properties english = load("en");
        Properties translated = load(language);
        for (String key : english.stringPropertyNames()) {
            String en = english.getProperty(key);
            String other = translated.getProperty(key, "");
            assertThat(other).as("%s in %s", key, language).isNotBlank().isNotEqualTo(en);
            assertThat(placeholders(other)).as("placeholders of %s in %s", key, language)
                    .isEqualTo(placeholders(en));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ru", "ky"})
    void noTemplateUsesMessageFormatQuoting(String language) {
        Properties messages = load(language);
        assertThat(messages.stringPropertyNames().stream().filter(k -> messages.getProperty(k).contains("''"))
                .collect(Collectors.toList())).as("'' would be shown doubled").isEmpty();
    }

    @Test
    void russianAndKyrgyzAreWrittenInCyrillic() {
        Pattern cyrillic = Pattern.compile(".*\\p{IsCyrillic}.*");
        for (String language : new String[] {"ru", "ky"}) {
            Properties messages = load(language);
            assertThat(messages.stringPropertyNames())
                    .allSatisfy(k -> assertThat(messages.getProperty(k)).as(k).matches(cyrillic));
        }
    }
}
