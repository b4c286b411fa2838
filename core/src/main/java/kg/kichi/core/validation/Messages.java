package kg.kichi.core.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.FileNotFoundException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The localized messages of Kichi's bundle, {@code ContributorValidationMessages.properties} ({@code _ru},
 * {@code _ky}) at the root of the kichi-core jar.
 *
 * <p>The bundle is not named {@code ValidationMessages}: that name belongs to the application, and an
 * application's own {@code ValidationMessages.properties} would hide Kichi's. Under its contributor name,
 * Hibernate Validator's default message interpolator reads it too (after the application's bundle, which may
 * override a Kichi key), so a default-bootstrapped validator shows Kichi's messages.
 *
 * <p>Read directly rather than through {@link java.util.ResourceBundle}: a bundle falls back to the JVM's
 * default locale, so a Russian machine would answer an English request in Russian. Always Kichi's own copy
 * is read, even when another library on the class path ships a bundle of the same name.
 */
public final class Messages {
    /** The base name of Kichi's message bundle, at the root of the kichi-core jar. */
    static final String BUNDLE = "ContributorValidationMessages";

    private static final Map<String, Properties> BY_LANGUAGE = new ConcurrentHashMap<>();

    private Messages() {}

    /**
     * Renders a message: its template in the language, with each {@code {name}} replaced by its argument. When
     * the arguments name a {@code kind} and the language has the variant {@code <code>.<kind>}, the variant is
     * the template.
     *
     * @param code the message key
     * @param arguments the arguments
     * @param locale the language; English when it has no translation of the key
     * @return the message, or the code itself when no language has it
     */
    public static String format(String code, Map<String, ?> arguments, Locale locale) {
        // A message whose argument "kind" names a kind of object (kichi.catalogue.unknownReference: project,
        // call…) may have a variant <code>.<kind> per kind, so that a language says "no project" in its own words
        // rather than quote the English code; the plain template remains for the kinds without one.
        Object kind = arguments.get("kind");
        String variant = kind instanceof String k ? code + "." + k : null;
        Properties language = bundle(locale.getLanguage());
        String template = variant == null ? null : language.getProperty(variant);
        if (template == null) {
            template = language.getProperty(code);
        }
        if (template == null && variant != null) {
            template = bundle("").getProperty(variant);
        }
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
                    Object value = arguments.get(name);
                    out.append(TERM_ARGUMENTS.contains(name) && value instanceof String text
                            && !"en".equals(locale.getLanguage()) ? terms(text, language) : value);
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
     * The arguments whose values are codes of the model (statuses, kinds of object, legal forms) or property paths
     * made of its attribute names: a language other than English shows each code in its own word, the term
     * {@code kichi.term.<code>} of its bundle, so that a Russian or Kyrgyz message carries no English code.
     */
    private static final Set<String> TERM_ARGUMENTS =
            Set.of("from", "to", "allowed", "status", "kind", "lacking", "object", "missing", "property");

    /**
     * A value in a language's words: each item of a comma-separated list by its term; a property path
     * ({@code partnership.members[0].organisation.legalForm}) segment by segment, joined by " › "; an object named
     * by kind and identifier ({@code grant g1}) by the term of its kind. What has no term is kept as it is.
     */
    private static String terms(String value, Properties language) {
        StringBuilder out = new StringBuilder(value.length() + 16);
        String[] items = value.split(", ", -1);
        for (int n = 0; n < items.length; n++) {
            if (n > 0) {
                out.append(", ");
            }
            String item = items[n];
            String term = language.getProperty("kichi.term." + item);
            if (term != null) {
                out.append(term);
            } else if (item.indexOf(' ') > 0) {
                int space = item.indexOf(' ');
                String kind = language.getProperty("kichi.term." + item.substring(0, space));
                out.append(kind == null ? item.substring(0, space) : kind).append(item.substring(space));
            } else if (item.indexOf('.') > 0 || item.indexOf('[') > 0) {
                out.append(path(item, language));
            } else {
                out.append(item);
            }
        }
        return out.toString();
    }

    private static String path(String path, Properties language) {
        StringBuilder out = new StringBuilder(path.length() + 16);
        boolean translated = false;
        for (String segment : path.split("\\.", -1)) {
            int bracket = segment.indexOf('[');
            String name = bracket < 0 ? segment : segment.substring(0, bracket);
            String term = language.getProperty("kichi.term." + name);
            translated |= term != null;
            if (out.length() > 0) {
                out.append(" › ");
            }
            out.append(term == null ? name : term).append(bracket < 0 ? "" : segment.substring(bracket));
        }
        return translated ? out.toString() : path;
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

    /** Reads a language's message files afresh, not through the per-JVM cache ({@link #bundle}); tests call it too. */
    static Properties load(String language) {
        String name = language.isEmpty() ? BUNDLE + ".properties" : BUNDLE + "_" + language + ".properties";
        Properties properties = new Properties();
        try (InputStream in = openOwn(name)) {
            if (in != null) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
        return properties;
    }

    /**
     * Opens a resource at the root of the jar (or directory) Kichi's classes come from: on the class path the
     * class loader would answer with the first jar that has the name, which may be another library's.
     */
    static InputStream openOwn(String name) throws IOException {
        Module module = Messages.class.getModule();
        if (module.isNamed()) {
            return module.getResourceAsStream(name);
        }
        URL self = Messages.class.getResource("Messages.class");
        String suffix = Messages.class.getName().replace('.', '/') + ".class";
        String text = self == null ? "" : self.toString();
        if (!text.endsWith(suffix)) {
            return Messages.class.getResourceAsStream("/" + name);
        }
        try {
            return new URI(text.substring(0, text.length() - suffix.length()) + name).toURL().openStream();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Messages.class.getResourceAsStream("/" + name);
        } catch (FileNotFoundException e) {
            return null;
        }
    }
}
