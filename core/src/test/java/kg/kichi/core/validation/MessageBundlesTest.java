package kg.kichi.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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

    /**
     * Codes and names that stay in Latin letters in every language: standards (ISO, JSON, UTF-8, IANA, URI), the
     * literals of JSON, names of formats and products, and the example identifiers a message shows. Anything else
     * in Latin letters in a Russian or Kyrgyz message must be a placeholder or stand in quotes, as a code after a
     * noun of the language («поле «lotterySeed»»).
     */
    static final Set<String> LATIN_CODES = Set.of("JSON", "ISO", "UTF-8", "IANA", "URI", "alpha-2", "null", "true",
            "false", "Kichi", "360Giving", "KG", "KG-N", "KG-INN", "KG-INN-02404199910074", "XI-KICHI",
            "Asia/Bishkek");

    private static final Pattern QUOTED = Pattern.compile("«[^»]*»|'[^']*'|\"[^\"]*\"");
    private static final Pattern LATIN_WORD = Pattern.compile("[0-9]*[A-Za-z][A-Za-z0-9]*(?:[-_./][A-Za-z0-9]+)*");

    /** The Latin words of a text outside its placeholders and quotes that are not among the allowed codes. */
    static Set<String> englishWords(String text) {
        String bare = QUOTED.matcher(PLACEHOLDER.matcher(text).replaceAll(" ")).replaceAll(" ");
        Set<String> words = new TreeSet<>();
        Matcher m = LATIN_WORD.matcher(bare);
        while (m.find()) {
            if (!LATIN_CODES.contains(m.group())) {
                words.add(m.group());
            }
        }
        return words;
    }

    @Test
    void theWordScanFindsEnglishOutsideQuotesAndPlaceholders() {
        assertThat(englishWords("в наборе данных нет объекта project с идентификатором {value}")).containsExactly("project");
        assertThat(englishWords("нужно начальное значение (seed) для ISO 3166-1 alpha-2")).containsExactly("seed");
        assertThat(englishWords("поле «lotterySeed» и '{value}' в JSON")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ru", "ky"})
    void russianAndKyrgyzTemplatesHaveNoEnglishWords(String language) {
        Properties messages = load(language);
        Map<String, Set<String>> english = new TreeMap<>();
        for (String key : messages.stringPropertyNames()) {
            Set<String> words = englishWords(messages.getProperty(key));
            if (!words.isEmpty()) {
                english.put(key, words);
            }
        }
        assertThat(english).as("Latin words outside placeholders, quotes and the allowed codes").isEmpty();
    }

    /** A reference's kind is an English code ({@code project}); the rendered message names it in the language. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "project      | ru | в наборе данных нет проекта с идентификатором p9",
        "project      | ky | маалымат топтомунда p9 идентификатору менен долбоор жок",
        "project      | en | no project with identifier p9 in this dataset",
        "organisation | ru | в наборе данных нет организации с идентификатором p9",
        "call         | ru | в наборе данных нет конкурса с идентификатором p9",
        "call         | en | no call with identifier p9 in this dataset",
        "reviewer     | ky | маалымат топтомунда p9 идентификатору менен эксперт жок",
        "future-kind  | ru | в наборе данных нет объекта вида «future-kind» с идентификатором p9"})
    void anUnknownReferenceNamesItsKindInTheLanguage(String kind, String language, String expected) {
        assertThat(Violation.of("grants[0].project", "kichi.catalogue.unknownReference",
                Map.of("kind", kind, "value", "p9")).getMessage(Locale.forLanguageTag(language))).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ru", "ky"})
    void everyKindOfReferenceIsTranslated(String language) throws IOException {
        // every kind the sources pass to kichi.catalogue.unknownReference has its variant in the language
        Properties messages = load(language);
        for (String kind : List.of("organisation", "programme", "project", "call", "application", "grant", "reviewer",
                "review", "lot", "component")) {
            String rendered = Violation.of("x", "kichi.catalogue.unknownReference", Map.of("kind", kind, "value", "v1"))
                    .getMessage(Locale.forLanguageTag(language));
            assertThat(rendered).as(kind).doesNotContain(kind);
            assertThat(englishWords(rendered.replace("v1", ""))).as(kind).isEmpty();
            assertThat(messages.getProperty("kichi.catalogue.unknownReference." + kind)).as(kind).isNotNull();
        }
    }

    /**
     * The arguments that carry codes of the model (statuses, kinds of object, legal forms, the attribute names of
     * a property path) are shown in the language's words: the renderings below are written out by hand.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ru | kichi.eligibility.unknown | amountAwarded | r1: проверка: нельзя решить, не указано: партнёрство › участники[0] › организация › организационно-правовая форма, конкурс › срок подачи",
        "ky | kichi.eligibility.unknown | amountAwarded | r1: проверка: чечүүгө болбойт, көрсөтүлгөн эмес: өнөктөштүк › мүчөлөрү[0] › уюм › уюштуруу-укуктук формасы, сынак › тапшыруу мөөнөтү",
        "en | kichi.eligibility.unknown | amountAwarded | r1: проверка: cannot be decided, not stated: partnership.members[0].organisation.legalForm, call.deadline",
        "ru | kichi.quality.grant-on-unawarded-application | amountAwarded | грант g1 выдан по заявке a1, её статус — в резерве",
        "ky | kichi.quality.grant-on-unawarded-application | amountAwarded | g1 гранты a1 арызы боюнча берилген, анын абалы — резервде",
        "ru | kichi.quality.zero-amount | amountAwarded | грант g1: присуждённая сумма равно KGS 0",
        "en | kichi.quality.zero-amount | amountAwarded | grant g1: amountAwarded is KGS 0",
        "ru | kichi.quality.zero-amount | lots[1] | грант g1: лоты[1] равно KGS 0",
        "ru | kichi.quality.zero-amount | [1].amountAwarded | грант g1: [1] › присуждённая сумма равно KGS 0",
        "ky | kichi.quality.date-far-past | period.start | грант g1: мезгил › башталышы — 1901-01-01, 1990-01-01 чейин",
        "ky | kichi.selection.transition | amountAwarded | a1 арызы «бааланууда» абалынан «каралама» абалына өтө албайт"})
    void codesInArgumentsAreShownInTheLanguage(String language, String code, String property, String expected) {
        Map<String, Object> arguments = new java.util.HashMap<>();
        arguments.put("rule", "r1");
        arguments.put("check", "проверка");
        arguments.put("missing", "partnership.members[0].organisation.legalForm, call.deadline");
        arguments.put("grant", "g1");
        arguments.put("application", "a1");
        arguments.put("status", "reserve");
        arguments.put("object", "grant g1");
        arguments.put("property", property);
        arguments.put("amount", "KGS 0");
        arguments.put("date", "1901-01-01");
        arguments.put("earliest", "1990-01-01");
        arguments.put("value", "a1");
        arguments.put("from", "under-evaluation");
        arguments.put("to", "draft");
        assertThat(Messages.format(code, arguments, Locale.forLanguageTag(language))).isEqualTo(expected);
    }

    /** Every status, legal form and kind of object has a term in Russian and Kyrgyz, free of English words. */
    @ParameterizedTest
    @ValueSource(strings = {"ru", "ky"})
    void everyCodeOfTheModelHasATermInTheLanguage(String language) {
        Properties messages = load(language);
        List<String> codes = new java.util.ArrayList<>(List.of("organisation", "programme", "project", "call",
                "application", "grant", "reviewer", "review", "lot", "component"));
        for (kg.kichi.core.application.ApplicationStatus s : kg.kichi.core.application.ApplicationStatus.values()) {
            codes.add(s.getCode());
        }
        for (kg.kichi.core.organisation.LegalForm f : kg.kichi.core.organisation.LegalForm.values()) {
            codes.add(f.getCode());
        }
        for (String c : codes) {
            String term = messages.getProperty("kichi.term." + c);
            assertThat(term).as(c).isNotNull();
            assertThat(englishWords(term)).as(c).isEmpty();
            // and a message carrying the code shows none of the English words of the code list
            String rendered = Messages.format("kichi.quality.grant-on-unawarded-application",
                    Map.of("grant", "g1", "application", "a1", "status", c), Locale.forLanguageTag(language));
            assertThat(rendered).as(c).doesNotContain(c);
            assertThat(englishWords(rendered.replace("g1", "").replace("a1", ""))).as(rendered).isEmpty();
        }
    }
}
