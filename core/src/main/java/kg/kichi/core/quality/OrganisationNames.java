package kg.kichi.core.quality;

import java.util.Set;
import kg.kichi.core.geo.resolve.NameNormalizer;

/**
 * Folds an organisation's name to a comparison key the way the gazetteer folds place names
 * ({@link NameNormalizer#fold}: Kyrgyz, Russian and Latin spellings to one Latin key), after dropping the words
 * that name a legal form rather than the organisation (ОО, ОФ, КБ, PA, "Общественное объединение",
 * "Коомдук бирикмеси", "Public Foundation"…): «Ынтымак» Коомдук бирикмеси, ОО "Ынтымак" and PA Yntymak
 * all give {@code intimak}.
 */
public final class OrganisationNames {
    /** Keys shorter than this say too little to match on: "ОО", "NGO", an initial. */
    static final int MIN_KEY_LENGTH = 4;

    private static final Set<String> LEGAL_FORM_WORDS = folded("оо", "оф", "кб", "кф", "осоо", "ано", "pa", "pf",
            "ngo", "нко", "общественное", "общественный", "объединение", "фонд", "фонду", "коомдук", "бирикме",
            "бирикмеси", "public", "association", "foundation", "учреждение", "мекемеси", "мекеме", "institution",
            "ассоциация", "ассоциациясы", "ассоциациясынын", "союз", "организация", "организациясы",
            "organisation", "organization", "ltd", "llc", "the");

    private OrganisationNames() {}

    private static Set<String> folded(String... words) {
        java.util.HashSet<String> out = new java.util.HashSet<>();
        for (String w : words) {
            out.add(NameNormalizer.fold(w));
        }
        return Set.copyOf(out);
    }

    /**
     * The comparison key of a name: each word folded, legal-form words dropped, the rest joined.
     *
     * @param name a name or alias in any script
     * @return the key: lower-case Latin letters and digits; empty when nothing but legal-form words remain
     */
    public static String key(CharSequence name) {
        StringBuilder out = new StringBuilder(name.length());
        int i = 0;
        int n = name.length();
        while (i < n) {
            while (i < n && !Character.isLetterOrDigit(name.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && Character.isLetterOrDigit(name.charAt(i))) {
                i++;
            }
            if (i > start) {
                String word = NameNormalizer.fold(name.subSequence(start, i));
                if (!LEGAL_FORM_WORDS.contains(word)) {
                    out.append(word);
                }
            }
        }
        return NameNormalizer.fold(out);
    }

    /**
     * Whether a key is long enough to match organisations on.
     *
     * @param key a key from {@link #key(CharSequence)}
     * @return whether it has at least 4 characters
     */
    public static boolean isDistinctive(String key) {
        return key.length() >= MIN_KEY_LENGTH;
    }
}
