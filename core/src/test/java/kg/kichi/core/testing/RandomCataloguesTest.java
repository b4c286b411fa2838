package kg.kichi.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import kg.kichi.core.catalogue.Catalogue;
import kg.kichi.core.geo.CoverageKind;
import org.junit.jupiter.api.Test;

class RandomCataloguesTest {
    @Test
    void sameSeedGivesEqualCatalogues() {
        for (long seed = 0; seed < 50; seed++) {
            assertThat(RandomCatalogues.catalogue(seed)).isEqualTo(RandomCatalogues.catalogue(seed));
        }
    }

    @Test
    void coversEveryKindOfObjectAcrossSeeds() {
        boolean grants = false;
        boolean lots = false;
        boolean shares = false;
        boolean history = false;
        for (long seed = 0; seed < 200; seed++) {
            Catalogue c = RandomCatalogues.catalogue(seed);
            grants |= !c.getGrants().isEmpty();
            lots |= c.getCalls().stream().anyMatch(call -> !call.getLots().isEmpty());
            shares |= c.getProjects().stream().anyMatch(p -> p.getCoverage().getKind() == CoverageKind.UNITS
                    && !p.getCoverage().getShares().isEmpty());
            history |= c.getApplications().stream().anyMatch(a -> a.getStatusHistory().size() > 2);
        }
        assertThat(grants).isTrue();
        assertThat(lots).isTrue();
        assertThat(shares).isTrue();
        assertThat(history).isTrue();
    }
}
