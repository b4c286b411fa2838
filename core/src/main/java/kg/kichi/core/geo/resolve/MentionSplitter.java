package kg.kichi.core.geo.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits an enumeration of places into single mentions, handing a shared plural type word to every part:
 * "Бишкек, Чүй, Жалал-Абад жана Ысык-Көл облустары" gives "Бишкек облустары", "Чүй облустары", …;
 * "Нарынского и Ат-Башинского районов" gives "Нарынского районов", "Ат-Башинского районов";
 * "8 городов Кыргызстана (Нарын, Каракол)" gives "Нарын городов", "Каракол городов".
 *
 * <p>Parts are separated by commas, semicolons and the words и, жана, and. Only plural type words
 * (облустары, районов, городов, regions, …) are shared; a singular one ("Талас, Кара-Буура АА") belongs to
 * its own part.
 *
 * <p>A list is told from one address written with commas ("Нарынская область, Кочкорский район", "Ош облусу,
 * Ноокат району, Кара-Таш а/а", "Tyup district, Issyk-Kul oblast"): the text is kept whole, as one mention
 * that the resolver reads as an address, when it has no conjunction and no plural type word, every part
 * carries a level word of {@link LevelWords#standard()}, and the levels those words name strictly narrow or
 * strictly widen from part to part. "Нарын, Ош, Талас" (no level words), "Нарын облусу, Ош облусу" (one level
 * twice) and "Бишкек, Чүй облусу" (a part without a level word) stay lists.
 */
public final class MentionSplitter {
    private static final Set<String> PLURAL_TYPE_WORDS = foldAll("облустары облустарынын областей областях "
            + "районов районах райондору райондорунун городов городах шаарлары шаарларынын аймактары округов "
            + "сел айылдары regions districts cities towns villages municipalities oblasts");
    private static final Set<String> CONJUNCTIONS = foldAll("и жана and");

    private MentionSplitter() {}

    private static Set<String> foldAll(String words) {
        List<String> out = new ArrayList<>();
        for (String w : words.split(" ")) {
            out.add(NameNormalizer.fold(w));
        }
        return Set.copyOf(out);
    }

    /**
     * Splits a text into place mentions.
     *
     * @param text an enumeration, or a single mention; null gives none
     * @return the mentions, in order, each stripped; empty parts dropped
     */
    public static List<String> split(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        int open = text.indexOf('(');
        int close = text.lastIndexOf(')');
        if (open >= 0 && close > open) {
            String shared = pluralTypeWords(text.substring(0, open));
            if (!shared.isEmpty()) {
                return distribute(parts(text.substring(open + 1, close)), shared);
            }
        }
        List<String> parts = parts(text);
        if (parts.size() < 2) {
            return parts;
        }
        if (isAddress(text, parts)) {
            return List.of(text.strip());
        }
        return distribute(parts, pluralTypeWords(parts.get(parts.size() - 1)));
    }

    /**
     * Whether comma-separated parts form one address rather than a list; see the class comment.
     *
     * @param text the whole text
     * @param parts its parts
     * @return whether to keep the text whole
     */
    static boolean isAddress(String text, List<String> parts) {
        for (String word : text.split("[\\s,;:.()]+")) {
            String folded = NameNormalizer.fold(word);
            if (CONJUNCTIONS.contains(folded) || PLURAL_TYPE_WORDS.contains(folded)) {
                return false;
            }
        }
        int direction = 0;
        int previous = 0;
        for (String part : parts) {
            int rank = Mention.parse(part, LevelWords.standard()).finestRank();
            if (rank == 0) {
                return false;
            }
            if (previous != 0) {
                int step = Integer.signum(rank - previous);
                if (step == 0 || direction != 0 && step != direction) {
                    return false;
                }
                direction = step;
            }
            previous = rank;
        }
        return true;
    }

    private static List<String> distribute(List<String> parts, String shared) {
        if (shared.isEmpty()) {
            return parts;
        }
        List<String> out = new ArrayList<>(parts.size());
        for (String part : parts) {
            out.add(pluralTypeWords(part).isEmpty() ? part + " " + shared : part);
        }
        return List.copyOf(out);
    }

    private static String pluralTypeWords(String text) {
        StringBuilder found = new StringBuilder();
        for (String word : text.split("[\\s,;:.()]+")) {
            if (!word.isEmpty() && PLURAL_TYPE_WORDS.contains(NameNormalizer.fold(word))) {
                found.append(found.length() == 0 ? "" : " ").append(word);
            }
        }
        return found.toString();
    }

    private static List<String> parts(String text) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        for (String word : text.split("(?<=[,;])|\\s+")) {
            String w = word.strip();
            if (w.isEmpty()) {
                continue;
            }
            boolean ends = w.endsWith(",") || w.endsWith(";");
            if (CONJUNCTIONS.contains(NameNormalizer.fold(w))) {
                flush(parts, part);
                continue;
            }
            part.append(part.length() == 0 ? "" : " ").append(ends ? w.substring(0, w.length() - 1) : w);
            if (ends) {
                flush(parts, part);
            }
        }
        flush(parts, part);
        return parts;
    }

    private static void flush(List<String> parts, StringBuilder part) {
        String p = part.toString().strip();
        if (!p.isEmpty()) {
            parts.add(p);
        }
        part.setLength(0);
    }
}
