package kg.kichi.benchmarks.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import kg.kichi.examples.ExampleCatalogues;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * How long the localized texts of real grant data are, per member ({@code title}, {@code description}, …),
 * measured on the bundled fixtures (which were written from the press releases in {@code shared/seeds}), and a
 * way to give a generated document texts of those lengths.
 *
 * <p>{@code RandomCatalogues} writes every text as one to five words (about 21 characters), whatever the member:
 * a description is as short as a name. The fixtures' titles average 50–100 characters and their descriptions
 * 180–370. {@link #lengthen} keeps a document's structure, languages and words and only makes each text as long
 * as the fixtures' texts of the same member, on average.
 */
final class FixtureTextLengths {
    /** The members of the format whose values are localized texts (lists of them for the plural ones). */
    private static final Set<String> TEXT_MEMBERS = Set.of("title", "name", "description", "summary", "objectives",
            "targetGroups", "what", "statedAs", "note", "label", "publisher");

    private final Map<String, Double> meanByMember;

    private FixtureTextLengths(Map<String, Double> meanByMember) {
        this.meanByMember = meanByMember;
    }

    /**
     * Measures the bundled fixtures.
     *
     * @return the mean length in characters of every language's text, per member name
     */
    static FixtureTextLengths measure() {
        JsonMapper mapper = JsonMapper.builder().build();
        Map<String, long[]> sums = new TreeMap<>(); // member → {characters, texts}
        for (String path : ExampleCatalogues.resourcePaths()) {
            try (InputStream in = ExampleCatalogues.class.getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalStateException("fixture not on the class path: " + path);
                }
                visitTexts(mapper.readTree(in), null, (member, owner, language) -> {
                    long[] sum = sums.computeIfAbsent(member, m -> new long[2]);
                    sum[0] += owner.get(language).asString().length();
                    sum[1]++;
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Map<String, Double> means = new TreeMap<>();
        sums.forEach((member, sum) -> means.put(member, (double) sum[0] / sum[1]));
        return new FixtureTextLengths(means);
    }

    /** @return member name → mean text length in the fixtures */
    Map<String, Double> means() {
        return meanByMember;
    }

    /**
     * Makes every text of a member the fixtures have at least a length drawn uniformly from 0.5–1.5 times that
     * member's mean, by appending words taken at random from the same text (so the script stays the same). Texts of
     * members the fixtures lack, and texts already that long, are left as they are.
     *
     * @param document a Kichi document as a tree; changed in place
     * @param seed the seed of the lengths and words
     */
    void lengthen(JsonNode document, long seed) {
        Random random = new Random(seed);
        visitTexts(document, null, (member, owner, language) -> {
            Double mean = meanByMember.get(member);
            if (mean == null) {
                return;
            }
            String text = owner.get(language).asString();
            int target = (int) Math.round(mean * (0.5 + random.nextDouble()));
            String[] words = text.split(" ");
            StringBuilder longer = new StringBuilder(text);
            while (longer.length() < target) {
                longer.append(' ').append(words[random.nextInt(words.length)]);
            }
            owner.put(language, longer.toString());
        });
    }

    private interface TextSlotVisitor {
        void text(String member, ObjectNode owner, String language);
    }

    private static void visitTexts(JsonNode node, String member, TextSlotVisitor visitor) {
        if (node.isArray()) {
            for (JsonNode element : node) {
                visitTexts(element, member, visitor);
            }
        } else if (node.isObject()) {
            if (member != null && TEXT_MEMBERS.contains(member) && isLocalizedText(node)) {
                for (String language : List.copyOf(node.propertyNames())) {
                    visitor.text(member, (ObjectNode) node, language);
                }
                return;
            }
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                visitTexts(e.getValue(), e.getKey(), visitor);
            }
        }
    }

    /** An object whose members are all language codes with string values: {@code {"en": …, "ru": …}}. */
    private static boolean isLocalizedText(JsonNode node) {
        if (node.isEmpty()) {
            return false;
        }
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            if (!e.getKey().matches("[a-z]{2,3}") || !e.getValue().isString()) {
                return false;
            }
        }
        return true;
    }
}
