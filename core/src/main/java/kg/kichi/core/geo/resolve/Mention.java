package kg.kichi.core.geo.resolve;

import java.util.HashMap;
import java.util.Map;
import kg.kichi.core.geo.UnitLevel;

/**
 * A place mention taken apart: its key without type words ("г.", "облусу", "айыльный аймак", "v."), the
 * levels those type words point to, and whether it names a numbered city sub-division (МТУ-1, ЖАБ-1).
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

    private static final Map<String, Integer> TYPE_WORDS = new HashMap<>();

    static {
        words(REGION_WORD, "область области областей областью обл облусу облусунун облусунда облустары "
                + "облустарынын oblast oblasti oblys region regions province");
        words(DISTRICT_WORD, "район района районов районе районы району районунун районундагы district "
                + "districts raion rayon");
        words(CITY_WORD, "город города городов городе г гор шаар шаары шаарынын шаарында шаардык шаарлары ш "
                + "city town c gorod shaary");
        words(AIMAK_WORD, "айыльный айылный айыльного айылного айыльном айылном айылдык аймак аймака аймаке "
                + "аймагы аймагынын аймагында аймактын округ округа округе окмоту өкмөтү аа ао aimak aimagy "
                + "okmotu territorial administration");
        words(VILLAGE_WORD, "село села селе сел с айыл айылы айылында а selo");
        words(ENGLISH_VILLAGE_WORD, "v village villages");
        words(LOCAL_GOVERNMENT_WORD, "мсу омсу жөб жөбо жөбнүн lg lsg мэрия мэриясы municipality");
        words(SUBDIVISION_WORD, "мту жаб mtu");
    }

    final String key;
    final String stem;
    final String base;
    final int typeWords;
    final boolean numbered;
    /** The number of words of the name, hyphenated parts counted apart: "Кара-Көл" 2, "Каракол" 1. */
    final int parts;

    private Mention(String key, int typeWords, boolean numbered, int parts) {
        this.key = key;
        this.stem = NameNormalizer.stem(key);
        this.base = NameNormalizer.base(key);
        this.typeWords = typeWords;
        this.numbered = numbered;
        this.parts = parts;
    }

    private static void words(int kind, String list) {
        for (String w : list.split(" ")) {
            StringBuilder raw = new StringBuilder();
            for (char c : w.toCharArray()) {
                NameNormalizer.appendLatin(raw, Character.toLowerCase(c));
            }
            TYPE_WORDS.merge(raw.toString(), kind, (a, b) -> a | b);
            TYPE_WORDS.merge(NameNormalizer.fold(w), kind, (a, b) -> a | b);
        }
    }

    /**
     * Whether a word is a type word, such as "район" or "г.".
     *
     * @param latin the word transliterated ({@link NameNormalizer#appendLatin}) or folded
     * @return its type-word kinds, 0 when none
     */
    static int typeWordKind(String latin) {
        Integer kind = TYPE_WORDS.get(latin);
        return kind == null ? 0 : kind;
    }

    /**
     * Parses a mention.
     *
     * @param text the mention as written
     * @return the parsed mention; its key is empty when nothing but type words and punctuation remain
     */
    static Mention parse(String text) {
        StringBuilder name = new StringBuilder(text.length());
        StringBuilder all = new StringBuilder(text.length());
        StringBuilder token = new StringBuilder(16);
        int kinds = 0;
        int parts = 0;
        boolean digits = false;
        boolean latinToken = true;
        int n = text.length();
        for (int i = 0; i <= n; i++) {
            char c = i < n ? Character.toLowerCase(text.charAt(i)) : ' ';
            if (Character.isLetterOrDigit(c)) {
                NameNormalizer.appendLatin(token, c);
                latinToken &= c < 0x80;
                continue;
            }
            if (c == '\'' || c == '’' || c == 'ʼ' || c == '`' || c == '´') {
                continue;
            }
            if (token.length() > 0) {
                String latin = token.toString();
                int kind = typeWordKind(latin);
                if ((kind & ENGLISH_VILLAGE_WORD) != 0 && !latinToken) {
                    kind = kind & ~ENGLISH_VILLAGE_WORD | VILLAGE_WORD; // Cyrillic "в" reads as before
                }
                all.append(latin);
                if (kind != 0) {
                    kinds |= kind;
                } else if (isDigits(latin)) {
                    digits = true;
                } else {
                    name.append(latin);
                    parts++;
                }
                token.setLength(0);
            }
            latinToken = true;
        }
        boolean numbered = (kinds & SUBDIVISION_WORD) != 0 && digits;
        String key = NameNormalizer.foldLatin(name.length() > 0 || numbered ? name : all);
        return new Mention(key, kinds, numbered, parts);
    }

    /**
     * The key a name is indexed under: the folded name without type words, or the whole folded name when it
     * is nothing but type words.
     *
     * @param name a unit's name
     * @return the key
     */
    static String keyOf(String name) {
        return parse(name).key;
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

    /** @return whether the type words ask for a rural municipality or local government explicitly */
    boolean asksForAimak() {
        return (typeWords & (AIMAK_WORD | LOCAL_GOVERNMENT_WORD)) != 0;
    }
}
