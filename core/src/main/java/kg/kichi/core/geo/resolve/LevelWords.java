package kg.kichi.core.geo.resolve;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import kg.kichi.core.internal.ViolationCollector;

/**
 * The level words a resolver reads in place mentions: the words and abbreviations that say what kind of unit a
 * name stands for ("район", "р-н", "district", "а/а", "г.", "шаары"), with the level they point to and whether
 * they stand before or after the name. They are data, not code: {@link #standard()} reads the bundled
 * Russian, Kyrgyz and Latin vocabulary ({@code kg/kichi/core/geo/resolve/level-words.csv}, which documents
 * the format), and {@link #readCsv(InputStream)} reads another, for a country whose words differ.
 *
 * <p>A form of one word ("обл.", "району") is looked up as written and folded by {@link NameNormalizer}, with
 * or without its dot. A form of several letters groups ("р-н", "а/а", "а.о.") matches those groups with any
 * punctuation between them, so "р/н" and "р-н" are one form. Immutable and thread-safe.
 */
public final class LevelWords {
    /** The bundled vocabulary, relative to this class. */
    static final String RESOURCE = "level-words.csv";

    static final int BEFORE = 1;
    static final int AFTER = 2;

    private static final Map<String, Integer> KINDS = Map.of("region", Mention.REGION_WORD, "district",
            Mention.DISTRICT_WORD, "city", Mention.CITY_WORD, "aiyl_aimak", Mention.AIMAK_WORD, "village",
            Mention.VILLAGE_WORD, "village_en", Mention.ENGLISH_VILLAGE_WORD, "local_government",
            Mention.LOCAL_GOVERNMENT_WORD, "subdivision", Mention.SUBDIVISION_WORD);
    private static final Map<String, Integer> POSITIONS = Map.of("before", BEFORE, "after", AFTER, "either",
            BEFORE | AFTER);

    /** A form of several letter groups, as transliterated tokens, with its kinds and position. */
    record Phrase(String[] tokens, int kinds, int position) {}

    private final Map<String, Integer> kinds;
    private final Map<String, Integer> positions;
    private final Map<String, Phrase[]> phrases;

    private LevelWords(Map<String, Integer> kinds, Map<String, Integer> positions, Map<String, Phrase[]> phrases) {
        this.kinds = Map.copyOf(kinds);
        this.positions = Map.copyOf(positions);
        this.phrases = Map.copyOf(phrases);
    }

    /**
     * The bundled Russian, Kyrgyz and Latin level words, read once.
     *
     * @return the shared vocabulary
     * @throws UncheckedIOException on first use, if the bundled data cannot be read
     */
    public static LevelWords standard() {
        return Standard.INSTANCE;
    }

    /**
     * Reads level words: UTF-8 lines {@code kind,position,language,forms} after a header line of those names;
     * blank lines and lines starting with {@code #} are skipped. {@code kind} is one of region, district, city,
     * aiyl_aimak, village, village_en, local_government, subdivision; {@code position} before, after or either;
     * {@code forms} the written forms separated by {@code |}. The stream is closed.
     *
     * @param csv the data
     * @return the vocabulary
     * @throws UncheckedIOException if the stream cannot be read
     * @throws kg.kichi.core.validation.InvalidModelException listing every bad line at {@code rows[r]} (the
     *     header being row 0, comments and blank lines not counted): an unknown kind or position, a missing
     *     column, a form without letters
     */
    public static LevelWords readCsv(InputStream csv) {
        Objects.requireNonNull(csv, "csv");
        String text;
        try (InputStream in = csv) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read level words", e);
        }
        Map<String, Integer> kinds = new HashMap<>();
        Map<String, Integer> positions = new HashMap<>();
        Map<String, List<Phrase>> phrases = new HashMap<>();
        ViolationCollector problems = new ViolationCollector("LevelWords");
        int row = -1;
        for (String raw : text.split("\r?\n")) {
            String line = raw.strip();
            if (line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            row++;
            if (row == 0) {
                problems.check(line.equals("kind,position,language,forms"), "rows[0]", "kichi.geo.levelWords.header",
                        Map.of("value", line));
                continue;
            }
            String where = "rows[" + row + "]";
            String[] cells = line.split(",", -1);
            if (!problems.check(cells.length == 4, where, "kichi.geo.levelWords.columns", Map.of("value", line))) {
                continue;
            }
            Integer kind = KINDS.get(cells[0].strip());
            Integer position = POSITIONS.get(cells[1].strip());
            problems.check(kind != null, where + ".kind", "kichi.geo.levelWords.kind", Map.of("value", cells[0]));
            problems.check(position != null, where + ".position", "kichi.geo.levelWords.position",
                    Map.of("value", cells[1]));
            String[] forms = cells[3].split("\\|");
            for (int f = 0; f < forms.length; f++) {
                String[] tokens = tokens(forms[f]);
                problems.check(tokens.length > 0, where + ".forms[" + f + "]", "kichi.geo.levelWords.form",
                        Map.of("value", forms[f]));
                if (tokens.length == 0 || kind == null || position == null) {
                    continue;
                }
                if (tokens.length == 1) {
                    register(kinds, positions, tokens[0], kind, position);
                    // Also folded, for Latin spellings ("aimagy" for "аймагы"); but not "аа" as "а", which
                    // would make the Kyrgyz village abbreviation an aiyl aimak word.
                    String folded = NameNormalizer.foldLatin(tokens[0]);
                    if (folded.length() > 1) {
                        register(kinds, positions, folded, kind, position);
                    }
                } else {
                    phrases.computeIfAbsent(tokens[0], k -> new ArrayList<>()).add(new Phrase(tokens, kind, position));
                }
            }
        }
        problems.throwIfAny();
        Map<String, Phrase[]> frozen = new HashMap<>();
        // Longest first, so that "а/а/о" would be tried before "а/а".
        phrases.forEach((k, v) -> frozen.put(k, v.stream()
                .sorted((a, b) -> Integer.compare(b.tokens().length, a.tokens().length)).toArray(Phrase[]::new)));
        return new LevelWords(kinds, positions, frozen);
    }

    private static void register(Map<String, Integer> kinds, Map<String, Integer> positions, String key, int kind,
            int position) {
        kinds.merge(key, kind, (a, b) -> a | b);
        positions.merge(key, position, (a, b) -> a | b);
    }

    /** A form as transliterated letter groups: "р-н" gives {@code [r, n]}, "обл." gives {@code [obl]}. */
    private static String[] tokens(String form) {
        List<String> out = new ArrayList<>(2);
        StringBuilder token = new StringBuilder();
        String lower = form.strip().toLowerCase(java.util.Locale.ROOT);
        for (int i = 0; i <= lower.length(); i++) {
            char c = i < lower.length() ? lower.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                NameNormalizer.appendLatin(token, c);
            } else if (token.length() > 0) {
                out.add(token.toString());
                token.setLength(0);
            }
        }
        return out.toArray(new String[0]);
    }

    /**
     * The kinds of a single-word level word.
     *
     * @param latin the word transliterated by {@link NameNormalizer#appendLatin}
     * @return its kind bits ({@link Mention#REGION_WORD} …), 0 when it is no level word
     */
    int kindsOf(String latin) {
        Integer kind = kinds.get(latin);
        return kind == null ? 0 : kind;
    }

    /**
     * @param latin a single-word level word, transliterated
     * @return {@link #BEFORE}, {@link #AFTER} or both
     */
    int positionOf(String latin) {
        Integer p = positions.get(latin);
        return p == null ? 0 : p;
    }

    /**
     * @param first a transliterated token
     * @return the forms of several letter groups starting with it, longest first; empty when none
     */
    Phrase[] phrasesStartingWith(String first) {
        Phrase[] p = phrases.get(first);
        return p == null ? NO_PHRASES : p;
    }

    private static final Phrase[] NO_PHRASES = {};

    /** @return the number of single-word forms and phrases, for diagnostics */
    @Override
    public String toString() {
        return "LevelWords(" + kinds.size() + " words, " + phrases.size() + " phrase starts)";
    }

    private static final class Standard {
        static final LevelWords INSTANCE = load();

        private Standard() {}

        private static LevelWords load() {
            InputStream in = LevelWords.class.getResourceAsStream(RESOURCE);
            if (in == null) {
                throw new UncheckedIOException(new FileNotFoundException(RESOURCE + " not found beside "
                        + LevelWords.class.getName()));
            }
            return readCsv(in);
        }
    }
}
