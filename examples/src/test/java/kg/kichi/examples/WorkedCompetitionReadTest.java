package kg.kichi.examples;

import static org.assertj.core.api.Assertions.assertThat;

import kg.kichi.core.catalogue.Catalogue;
import org.junit.jupiter.api.Test;

class WorkedCompetitionReadTest {
    @Test
    void readsStrictlyWithItsCallRulesAndApplications() {
        Catalogue c = WorkedCompetition.catalogue();
        assertThat(c.getId()).isEqualTo("worked-competition");
        assertThat(c.getApplications()).hasSize(55);
        assertThat(c.call("wc-2024")).get().satisfies(call -> {
            assertThat(call.getEligibilityRules()).hasSize(15);
            assertThat(call.getLots()).extracting(l -> l.getId()).containsExactly("cso", "lsg");
        });
    }
}
