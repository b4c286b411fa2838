package kg.kichi.benchmarks.json;

import java.util.ArrayList;
import java.util.List;
import kg.kichi.core.catalogue.Catalogue;
import kg.kichi.core.grant.Grant;
import kg.kichi.core.testing.RandomCatalogues;
import kg.kichi.json.KichiJson;
import kg.kichi.json.Mode;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Realistic documents for the benchmarks, from {@link RandomCatalogues} with a fixed seed. */
public final class BenchmarkCatalogues {
    /** The seed of every benchmark document. */
    public static final long SEED = 20_210_401L;

    /** How long the documents' localized texts are. */
    public enum Texts {
        /** As {@link RandomCatalogues} writes them: one to five words (about 21 characters), whatever the member. */
        GENERATED,
        /**
         * As long as the bundled fixtures' texts of the same member, on average ({@link FixtureTextLengths}):
         * titles about 60 characters, descriptions about 270; same structure, languages and words.
         */
        FIXTURE_LENGTHS
    }

    private BenchmarkCatalogues() {
    }

    /**
     * The document with the generator's texts.
     *
     * @param grants how many grants
     * @return {@link #withGrants(int, Texts) withGrants(grants, Texts.GENERATED)}
     */
    public static Catalogue withGrants(int grants) {
        return withGrants(grants, Texts.GENERATED);
    }

    /**
     * Joins successive random catalogues of one generator (whose identifiers never repeat) until there are
     * enough grants, then keeps exactly that many grants (nothing refers to a grant, so every reference holds).
     *
     * @param grants how many grants
     * @param texts how long its texts are
     * @return a valid catalogue with that many grants and every other kind of object around them
     */
    public static Catalogue withGrants(int grants, Texts texts) {
        RandomCatalogues random = new RandomCatalogues(SEED);
        Catalogue.Builder joined = Catalogue.builder().id("benchmark-" + grants);
        List<Grant> all = new ArrayList<>();
        while (all.size() < grants) {
            Catalogue part = random.catalogue();
            joined.addAllOrganisations(part.getOrganisations()).addAllProgrammes(part.getProgrammes())
                    .addAllProjects(part.getProjects()).addAllCalls(part.getCalls())
                    .addAllApplications(part.getApplications());
            all.addAll(part.getGrants());
        }
        Catalogue generated = joined.grants(all.subList(0, grants)).build();
        if (texts == Texts.GENERATED) {
            return generated;
        }
        JsonMapper mapper = JsonMapper.builder().build();
        JsonNode document = mapper.readTree(KichiJson.writeString(generated));
        FixtureTextLengths.measure().lengthen(document, SEED);
        return KichiJson.read(mapper.writeValueAsString(document), Mode.STRICT);
    }
}
