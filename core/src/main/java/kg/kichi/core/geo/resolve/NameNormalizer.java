package kg.kichi.core.geo.resolve;

/**
 * Folds place names written in Kyrgyz, Russian or Latin script into one comparison key, so that
 * "Ысык-Көл", "Issyk-Kul"/"Ysyk-Köl", "Иссык-Куль" and "Issyk Kul" compare by key.
 *
 * <p>{@link #fold(CharSequence)}: lower case; Cyrillic transliterated to Latin (ё→e; the Kyrgyz ң, ө, ү
 * fold like their Russian-keyboard stand-ins н, о, у; ь, ъ dropped); Latin diacritics dropped (ö→o,
 * ü→u, š→sh); digraphs that spell one sound folded (dzh, dj, zh→j; kh→h; ya→a, yu→u, ye and yo→e); y→i;
 * hyphens, spaces, dots, quotes and other punctuation removed; a letter repeated at once written once
 * (Талаа→tala, Иссык→isik). The result is a fixpoint: folding a key again gives the key.
 *
 * <p>{@link #stem(String)} strips Russian adjective endings after "-sk-" (Нарынская, Нарынской,
 * Нарынского, Нарынский all become {@code narinsk}); {@link #base(String)} also drops the "-sk"
 * (Кызыл-Адырского → {@code kiziladir}). No regular expressions, for speed: every
 * mention resolved passes here (benchmarks/README.md).
 */
public final class NameNormalizer {
    private static final String[] ADJECTIVE_ENDINGS = {"ogo", "omu", "imi", "oi", "om", "oe", "ie", "ih", "im", "ou",
        "a", "i", "u", "o", "e"};

    private NameNormalizer() {}

    /**
     * Folds a name or mention to its key.
     *
     * @param text any text; null gives the empty key
     * @return the key: lower-case Latin letters and digits only
     */
    public static String fold(CharSequence text) {
        if (text == null) {
            return "";
        }
        StringBuilder latin = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            appendLatin(latin, Character.toLowerCase(text.charAt(i)));
        }
        return foldLatin(latin);
    }

    /**
     * Folds one character to Latin into a buffer; separators and punctuation add nothing.
     *
     * @param out the buffer
     * @param c a lower-case character
     */
    static void appendLatin(StringBuilder out, char c) {
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            out.append(c);
            return;
        }
        String s = mapChar(c);
        if (s != null) {
            out.append(s);
        }
    }

    /**
     * Folds digraphs and repeated letters of a Latin buffer until nothing changes.
     *
     * @param latin lower-case Latin letters and digits
     * @return the key
     */
    static String foldLatin(CharSequence latin) {
        String current = latin.toString();
        while (true) {
            String next = foldOnce(current);
            if (next.equals(current)) {
                return next;
            }
            current = next;
        }
    }

    private static boolean isFolded(String s) {
        char prev = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == prev || c == 'y' || c == 'w' || c == 'q' || c == 'h' && (prev == 'z' || prev == 'k')
                    || c == 'j' && prev == 'd' || c == 'z' && prev == 'd') {
                return false;
            }
            prev = c;
        }
        return true;
    }

    private static String foldOnce(String s) {
        if (isFolded(s)) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            char d = i + 1 < n ? s.charAt(i + 1) : 0;
            char e = i + 2 < n ? s.charAt(i + 2) : 0;
            if (c == 'd' && d == 'z' && e == 'h') {
                append(out, 'j');
                i += 3;
            } else if ((c == 'd' && d == 'j') || (c == 'z' && d == 'h')) {
                append(out, 'j');
                i += 2;
            } else if (c == 'k' && d == 'h') {
                append(out, 'h');
                i += 2;
            } else if (c == 'y' && (d == 'a' || d == 'u' || d == 'e' || d == 'o')) {
                append(out, d == 'o' ? 'e' : d);
                i += 2;
            } else {
                append(out, c == 'y' ? 'i' : c == 'w' ? 'v' : c == 'q' ? 'k' : c);
                i++;
            }
        }
        return out.toString();
    }

    private static void append(StringBuilder out, char c) {
        if (out.length() == 0 || out.charAt(out.length() - 1) != c) {
            out.append(c);
        }
    }

    /**
     * The key without a Russian adjective ending after "sk".
     *
     * @param key a folded key
     * @return the stem ending in "sk", or the key itself when it has no such ending
     */
    public static String stem(String key) {
        for (String ending : ADJECTIVE_ENDINGS) {
            int cut = key.length() - ending.length();
            if (cut > 4 && key.endsWith(ending) && key.charAt(cut - 1) == 'k' && key.charAt(cut - 2) == 's') {
                return key.substring(0, cut);
            }
        }
        return key;
    }

    /**
     * The base name a Russian adjective is made from: the stem without its "sk".
     *
     * @param key a folded key
     * @return the base (Кызыл-Адырского → {@code kiziladir}), or the key itself when it is no adjective
     */
    public static String base(String key) {
        String stem = stem(key);
        return stem.length() > 4 && stem.endsWith("sk") ? stem.substring(0, stem.length() - 2) : key;
    }

    /**
     * The consonant skeleton of a key, for approximate matching of misspellings (Малы-Суу ≈ Майлуу-Суу).
     *
     * @param key a folded key
     * @return the key without vowels
     */
    public static String skeleton(String key) {
        StringBuilder out = new StringBuilder(key.length());
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c != 'a' && c != 'e' && c != 'i' && c != 'o' && c != 'u') {
                append(out, c);
            }
        }
        return out.toString();
    }

    private static String mapChar(char c) {
        switch (c) {
            case 'а': case 'ә': return "a";
            case 'б': return "b";
            case 'в': return "v";
            case 'г': case 'ғ': return "g";
            case 'д': return "d";
            case 'е': case 'ё': case 'э': return "e";
            case 'ж': return "j";
            case 'з': return "z";
            case 'и': case 'і': case 'ы': return "i";
            case 'й': return "y";
            case 'к': case 'қ': return "k";
            case 'л': return "l";
            case 'м': return "m";
            case 'н': case 'ң': return "n";
            case 'о': case 'ө': case 'ѳ': return "o";
            case 'п': return "p";
            case 'р': return "r";
            case 'с': return "s";
            case 'т': return "t";
            case 'у': case 'ү': case 'ұ': case 'ў': return "u";
            case 'ф': return "f";
            case 'х': case 'һ': return "h";
            case 'ц': return "ts";
            case 'ч': return "ch";
            case 'ш': case 'щ': return "sh";
            case 'ю': return "yu";
            case 'я': return "ya";
            case 'à': case 'á': case 'â': case 'ã': case 'ä': case 'å': case 'ā': return "a";
            case 'è': case 'é': case 'ê': case 'ë': case 'ē': return "e";
            case 'ì': case 'í': case 'î': case 'ï': case 'ı': case 'ī': return "i";
            case 'ò': case 'ó': case 'ô': case 'õ': case 'ö': case 'ō': return "o";
            case 'ù': case 'ú': case 'û': case 'ü': case 'ū': return "u";
            case 'ý': case 'ÿ': return "y";
            case 'š': case 'ş': return "sh";
            case 'č': case 'ç': return "ch";
            case 'ž': return "zh";
            case 'ñ': case 'ň': return "n";
            case 'ğ': return "g";
            default: return null;
        }
    }
}
