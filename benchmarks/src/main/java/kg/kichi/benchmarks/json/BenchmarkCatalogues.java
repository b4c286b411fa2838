package kg.kichi.benchmarks.json;

import java.util.ArrayList;
import java.util.List;
import kg.kichi.core.catalogue.Catalogue;
import kg.kichi.core.grant.Grant;
import kg.kichi.core.testing.RandomCatalogues;

/** Realistic documents for the benchmarks, from {@link RandomCatalogues} with a fixed seed. */
public final class BenchmarkCatalogues {
    /** The seed of every benchmark document. */
    public static final long SEED = 20_210_401L;

    private BenchmarkCatalogues() {
    }

    /**
     * Joins successive random catalogues of one generator (whose identifiers never repeat) until there are
     * enough grants, then keeps exactly that many grants (nothing refers to a grant, so every reference holds).
     *
     * @param grants how many grants
     * @return a valid catalogue with that many grants and every other kind of object around them
     */
    public static Catalogue withGrants(int grants) {
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
        return joined.grants(all.subList(0, grants)).build();
    }
}
