package kg.kichi.core.geo.resolve;

import kg.kichi.core.geo.UnitLevel;

/**
 * A place mention taken apart: its key without level words ("г.", "облусу", "р-н", "а/а", "v."), the levels
 * those words point to, and whether it names a numbered city sub-division (МТУ-1, ЖАБ-1). The level words
 * come from {@link LevelWords}; an address of several parts is cut by {@link #analyse}.
 */
final class Mention {
    static final int REGION_WORD = 1;
    static final int DISTRICT_WORD = 2;
    static final int CITY_WORD = 4;
    static final int AIMAK_WORD = 8;
    static final int VILLAGE_WORD = 16;
    static final int LOCAL_GOVERNMENT_WORD = 32;
    static final int SUBDIVISION_WORD = 64;
    /**
     * "v.", "village" written in Latin letters: the English rendering of Kyrgyz "айыл", which the sources
     * use for the aiyl aimak (айыл аймагы, айыл өкмөтү) as much as for the village; see {@link #bonus}.
     */
    static final int ENGLISH_VILLAGE_WORD = 128;

    /** A separator that ends one part of an address: "Ош облусу, Ноокат району", "обл./р-н", "(…)". */
    private static final String HARD_SEPARATORS = ",;/()\n";

    /** The mention as written (for a part of an address, the part). */
    final String text;
    final String key;
    final String stem;
    final String base;
    final int typeWords;
    final boolean numbered;
    /** The number of words of the name, hyphenated parts counted apart: "Кара-Көл" 2, "Каракол" 1. */
    final int parts;

    /** For a part of an address: where it starts and ends in the whole text. */
    int from;
    int to;
    /** For a part of an address: whether it was cut from the part before by level words alone, no separator. */
    boolean softCut;

    private Mention(String text, String key, int typeWords, boolean numbered, int parts) {
        this.text = text;
        this.key = key;
        this.stem = NameNormalizer.stem(key);
        this.base = NameNormalizer.base(key);
        this.typeWords = typeWords;
        this.numbered = numbered;
        this.parts = parts;
    }

    /**
     * Parses a mention or a unit's name as one whole, its level words set aside.
     *
     * @param text the mention as written
     * @param words the level words
     * @return the parsed mention; its key is empty when nothing but level words and punctuation remain
     */
    static Mention parse(String text, LevelWords words) {
        Tokens t = new Tokens(text, words);
        return t.mention(0, t.size, text);
    }

    /**
     * Parses a mention that may be an address of several parts ("Ош облусу, Ноокат району, Кара-Таш а/а",
     * "Чуйская обл. г. Токмок"). Parts are separated by commas, semicolons, slashes and parentheses, and, with
     * no separator written, where a name follows a level word standing after its name ("облусу", "р-н") or a
     * level word standing before its name ("г.", "с.") follows a name. A part without a name (the "(city)" of
     * "Naryn (city)") joins the part before it.
     *
     * @param text the mention as written
     * @param words the level words
     * @return the whole mention first, then its parts when there are two or more
     */
    static Mention[] analyse(String text, LevelWords words) {
        Tokens t = new Tokens(text, words);
        Mention whole = t.mention(0, t.size, text);
        int[] cuts = t.cuts();
        if (cuts.length < 2) {
            return new Mention[] {whole};
        }
        Mention[] all = new Mention[cuts.length + 1];
        all[0] = whole;
        for (int c = 0; c < cuts.length; c++) {
            int from = cuts[c];
            int to = c + 1 < cuts.length ? cuts[c + 1] : t.size;
            int end = to < t.size ? t.start[to] : text.length();
            all[c + 1] = t.mention(from, to, trim(text.substring(t.start[from], end)));
            all[c + 1].from = t.start[from];
            all[c + 1].to = end;
            all[c + 1].softCut = c > 0 && !t.separated[from];
        }
        return all;
    }

    private static String trim(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && (Character.isWhitespace(s.charAt(a)) || HARD_SEPARATORS.indexOf(s.charAt(a)) >= 0)) {
            a++;
        }
        while (b > a && (Character.isWhitespace(s.charAt(b - 1)) || HARD_SEPARATORS.indexOf(s.charAt(b - 1)) >= 0)) {
            b--;
        }
        return s.substring(a, b);
    }

    /** The letter groups of a text, transliterated, with the level words among them marked. */
    private static final class Tokens {
        int size;
        String[] latin = new String[8];
        int[] start = new int[8];
        int[] end = new int[8];
        /** Kind bits of a level word; 0 for a name or number. */
        int[] kind = new int[8];
        int[] position = new int[8];
        /** A later letter group of a level word written as several ("н" of "р-н"). */
        boolean[] continuation = new boolean[8];
        boolean[] digits = new boolean[8];
        /** Whether a hard separator stands between this group and the one before. */
        boolean[] separated = new boolean[8];

        Tokens(String text, LevelWords words) {
            StringBuilder token = new StringBuilder(16);
            boolean latinToken = true;
            boolean hard = false;
            int from = -1;
            int n = text.length();
            for (int i = 0; i <= n; i++) {
                char c = i < n ? Character.toLowerCase(text.charAt(i)) : ' ';
                if (Character.isLetterOrDigit(c)) {
                    if (token.length() == 0) {
                        from = i;
                    }
                    NameNormalizer.appendLatin(token, c);
                    latinToken &= c < 0x80;
                    continue;
                }
                if (c == '\'' || c == '’' || c == 'ʼ' || c == '`' || c == '´') {
                    continue;
                }
                if (token.length() > 0) {
                    add(token.toString(), from, i, latinToken, hard, words);
                    token.setLength(0);
                    hard = false;
                }
                hard |= HARD_SEPARATORS.indexOf(c) >= 0;
                latinToken = true;
            }
            for (int i = 0; i < size; i++) {
                if (continuation[i]) {
                    continue;
                }
                LevelWords.Phrase phrase = phraseAt(i, text, words);
                if (phrase != null) {
                    kind[i] = phrase.kinds();
                    position[i] = phrase.position();
                    for (int j = 1; j < phrase.tokens().length; j++) {
                        continuation[i + j] = true;
                        kind[i + j] = phrase.kinds();
                        position[i + j] = phrase.position();
                    }
                }
            }
        }

        private void add(String t, int from, int to, boolean latinToken, boolean hard, LevelWords words) {
            if (size == latin.length) {
                int m = size * 2;
                latin = java.util.Arrays.copyOf(latin, m);
                start = java.util.Arrays.copyOf(start, m);
                end = java.util.Arrays.copyOf(end, m);
                kind = java.util.Arrays.copyOf(kind, m);
                position = java.util.Arrays.copyOf(position, m);
                continuation = java.util.Arrays.copyOf(continuation, m);
                digits = java.util.Arrays.copyOf(digits, m);
                separated = java.util.Arrays.copyOf(separated, m);
            }
            int k = words.kindsOf(t);
            if ((k & ENGLISH_VILLAGE_WORD) != 0 && !latinToken) {
                k = k & ~ENGLISH_VILLAGE_WORD | VILLAGE_WORD; // Cyrillic "в" reads as before
            }
            latin[size] = t;
            start[size] = from;
            end[size] = to;
            kind[size] = k;
            position[size] = k == 0 ? 0 : words.positionOf(t);
            digits[size] = k == 0 && isDigits(t);
            separated[size] = hard && size > 0;
            size++;
        }

        /** A level word of several letter groups starting at {@code i}, joined by short punctuation only. */
        private LevelWords.Phrase phraseAt(int i, String text, LevelWords words) {
            for (LevelWords.Phrase p : words.phrasesStartingWith(latin[i])) {
                String[] tokens = p.tokens();
                if (i + tokens.length > size) {
                    continue;
                }
                boolean match = true;
                for (int j = 1; j < tokens.length && match; j++) {
                    int gapFrom = end[i + j - 1];
                    int gapTo = start[i + j];
                    match = tokens[j].equals(latin[i + j]) && gapTo - gapFrom >= 1 && gapTo - gapFrom <= 2
                            && noSpaceOrComma(text, gapFrom, gapTo);
                }
                if (match) {
                    return p;
                }
            }
            return null;
        }

        private static boolean noSpaceOrComma(String text, int from, int to) {
            for (int i = from; i < to; i++) {
                char c = text.charAt(i);
                if (Character.isWhitespace(c) || c == ',' || c == ';' || c == '(' || c == ')') {
                    return false;
                }
            }
            return true;
        }

        boolean isName(int i) {
            return kind[i] == 0 && !digits[i];
        }

        /** @return the first letter group of each part; one part when the text is no address */
        int[] cuts() {
            int[] cuts = new int[4];
            int count = 0;
            int names = 0;
            int lastWord = -1;
            for (int i = 0; i < size; i++) {
                if (continuation[i]) {
                    continue;
                }
                boolean cut = false;
                if (i > 0 && names > 0) {
                    if (separated[i]) {
                        cut = true;
                    } else if (kind[i] != 0 && position[i] == LevelWords.BEFORE) {
                        cut = true;
                    } else if (isName(i) && lastWord == i - 1 && position[lastWord] == LevelWords.AFTER) {
                        cut = true;
                    }
                } else if (i > 0 && separated[i] && count > 0) {
                    cut = true;
                }
                if (cut || i == 0) {
                    if (count == cuts.length) {
                        cuts = java.util.Arrays.copyOf(cuts, count * 2);
                    }
                    cuts[count++] = i;
                    names = 0;
                }
                if (isName(i)) {
                    names++;
                }
                if (kind[i] != 0) {
                    lastWord = i + lastGroupOffset(i);
                }
            }
            // A part with no name (the "(city)" of "Naryn (city)") joins the part before it.
            int kept = 0;
            for (int c = 0; c < count; c++) {
                int to = c + 1 < count ? cuts[c + 1] : size;
                boolean named = false;
                for (int i = cuts[c]; i < to && !named; i++) {
                    named = !continuation[i] && isName(i);
                }
                if (named || kept == 0) {
                    cuts[kept++] = cuts[c];
                }
            }
            return kept == count ? java.util.Arrays.copyOf(cuts, count) : java.util.Arrays.copyOf(cuts, kept);
        }

        private int lastGroupOffset(int i) {
            int j = i;
            while (j + 1 < size && continuation[j + 1]) {
                j++;
            }
            return j - i;
        }

        Mention mention(int from, int to, String text) {
            StringBuilder name = new StringBuilder(text.length());
            StringBuilder all = new StringBuilder(text.length());
            int kinds = 0;
            int parts = 0;
            boolean hasDigits = false;
            for (int i = from; i < to; i++) {
                all.append(latin[i]);
                if (kind[i] != 0) {
                    kinds |= kind[i];
                } else if (digits[i]) {
                    hasDigits = true;
                } else {
                    name.append(latin[i]);
                    parts++;
                }
            }
            boolean numbered = (kinds & SUBDIVISION_WORD) != 0 && hasDigits;
            String key = NameNormalizer.foldLatin(name.length() > 0 || numbered ? name : all);
            return new Mention(text, key, kinds, numbered, parts);
        }
    }

    private static boolean isDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * The bonus a candidate of a level earns from the type words of the mention.
     *
     * @param level the candidate's level
     * <p>A village word gives an aiyl aimak 15 and a village 10: the sources also write "village" for an aiyl
     * aimak. An English "v."/"village" gives a village only 5, for the English texts translate Kyrgyz "айыл",
     * which stands for the aiyl aimak as often as for the village: seed 002 writes "Kochkor v.", "Kargalyk v.",
     * "Sumbula v.", "Kara-Buura v." and "A. Suerkulov village" where its Kyrgyz and Russian texts write
     * "Кочкор АА", "Каргалык АА", "Сумбула АА", "Кара-Буура АА" and "А. Сүйөркулов айыл аймагы". Between an
     * aiyl aimak and a village of one name an English "village" thus points to the aiyl aimak, while Russian
     * "с."/"село" and Kyrgyz "а."/"айыл" keep their weight.
     *
     * @return 15 for a level the type words name, 10 for a village under a Russian or Kyrgyz village word,
     *     5 under an English one, else 0
     */
    int bonus(UnitLevel level) {
        boolean aimak = (typeWords & AIMAK_WORD) != 0;
        switch (level) {
            case REGION:
                return (typeWords & REGION_WORD) != 0 ? 15 : 0;
            case DISTRICT:
                return (typeWords & DISTRICT_WORD) != 0 ? 15 : 0;
            case CITY:
            case CITY_REPUBLICAN:
                return (typeWords & (CITY_WORD | LOCAL_GOVERNMENT_WORD)) != 0 ? 15 : 0;
            case AIYL_AIMAK:
                return (typeWords & (AIMAK_WORD | VILLAGE_WORD | ENGLISH_VILLAGE_WORD | LOCAL_GOVERNMENT_WORD)) != 0
                        ? 15 : 0;
            case VILLAGE:
                return aimak ? 0 : (typeWords & VILLAGE_WORD) != 0 ? 10
                        : (typeWords & ENGLISH_VILLAGE_WORD) != 0 ? 5 : 0;
            default:
                return 0;
        }
    }

    /**
     * Whether the mention says which level it means: a region, district, city, aiyl aimak or local government
     * word. Village words do not count: the sources write "village" for aiyl aimaks too.
     *
     * @return whether a candidate of a level these words do not name should lose {@link Resolver#LEVEL_MISMATCH}
     */
    boolean namesLevel() {
        return (typeWords & (REGION_WORD | DISTRICT_WORD | CITY_WORD | AIMAK_WORD | LOCAL_GOVERNMENT_WORD)) != 0;
    }

    /**
     * The finest level the level words name, as a {@link UnitLevel#getRank()}: region 1, district 2, city or
     * aiyl aimak 3, village 4, city sub-division 5; 0 when the mention has no level word.
     *
     * @return the rank
     */
    int finestRank() {
        if ((typeWords & SUBDIVISION_WORD) != 0) {
            return 5;
        }
        if ((typeWords & (AIMAK_WORD | LOCAL_GOVERNMENT_WORD | CITY_WORD)) != 0) {
            return 3;
        }
        if ((typeWords & (VILLAGE_WORD | ENGLISH_VILLAGE_WORD)) != 0) {
            return 4;
        }
        return (typeWords & DISTRICT_WORD) != 0 ? 2 : (typeWords & REGION_WORD) != 0 ? 1 : 0;
    }

    /** @return whether the type words ask for a rural municipality or local government explicitly */
    boolean asksForAimak() {
        return (typeWords & (AIMAK_WORD | LOCAL_GOVERNMENT_WORD)) != 0;
    }
}
