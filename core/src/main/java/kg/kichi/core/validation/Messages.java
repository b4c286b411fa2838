package kg.kichi.core.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The localized messages of {@code ValidationMessages.properties} ({@code _ru}, {@code _ky}).
 *
 * <p>Read directly rather than through {@link java.util.ResourceBundle}: a bundle falls back to the JVM's
 * default locale, so a Russian machine would answer an English request in Russian.
 */
public final class Messages {
    private static final Map<String, Properties> BY_LANGUAGE = new ConcurrentHashMap<>();

    private Messages() {}

    /**
     * Renders a message: its template in the language, with each {@code {name}} replaced by its argument.
     *
     * @param code the message key
     * @param arguments the arguments
     * @param locale the language; English when it has no translation of the key
     * @return the message, or the code itself when no language has it
     */
    public static String format(String code, Map<String, ?> arguments, Locale locale) {
        String template = bundle(locale.getLanguage()).getProperty(code);
        if (template == null) {
            template = bundle("").getProperty(code, code);
        }
        StringBuilder out = new StringBuilder(template.length() + 16);
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            int close = c == '{' ? template.indexOf('}', i) : -1;
            if (close > i) {
                String name = template.substring(i + 1, close);
                if (arguments.containsKey(name)) {
                    out.append(arguments.get(name));
                    i = close + 1;
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    /**
     * Whether a language has its own message for a key (English is the root bundle).
     *
     * @param code the message key
     * @param language {@code en}, {@code ru} or {@code ky}
     * @return whether that language's file holds the key
     */
    public static boolean has(String code, String language) {
        return bundle(language).containsKey(code);
    }

    static Properties bundle(String language) {
        String lang = language.equals("en") ? "" : language;
        return BY_LANGUAGE.computeIfAbsent(lang, Messages::load);
    }

    private static Properties load(String language) {
        String name = language.isEmpty() ? "/ValidationMessages.properties"
                : "/ValidationMessages_" + language + ".properties";
        Properties properties = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream(name)) {
            if (in != null) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
        return properties;
    }
}
