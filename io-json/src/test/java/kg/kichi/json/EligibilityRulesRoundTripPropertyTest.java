package kg.kichi.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import kg.kichi.core.call.CallForProposals;
import kg.kichi.core.call.Lot;
import kg.kichi.core.catalogue.Catalogue;
import kg.kichi.core.eligibility.Rule;
import kg.kichi.core.project.Project;
import kg.kichi.core.testing.RandomRules;
import kg.kichi.core.text.LocalizedText;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Random rule sets of every type, nested, round-trip through a call in a document: 300 seeds, both modes. */
class EligibilityRulesRoundTripPropertyTest {
    static Stream<Long> seeds() {
        // -Dkichi.property.seeds=N runs N seeds instead (the mutation profile runs fewer: docs/reliability.md)
        return LongStream.range(0, Long.getLong("kichi.property.seeds", 300)).boxed();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void ruleSetsRoundTripThroughJson(long seed) {
        Random random = new Random(seed);
        List<Rule> rules = new RandomRules(random, List.of("cso", "lsg")).ruleSet(1 + random.nextInt(12));
        Catalogue catalogue = Catalogue.builder().id("rules-" + seed)
                .addProject(Project.builder().id("p").title(LocalizedText.of("en", "P")).build())
                .addCall(CallForProposals.builder().id("c").project("p").title(LocalizedText.of("en", "C"))
                        .addLot(Lot.builder().id("cso").title(LocalizedText.of("en", "CSO")).build())
                        .addLot(Lot.builder().id("lsg").title(LocalizedText.of("en", "LSG")).build())
                        .eligibilityRules(rules).build())
                .build();
        String json = KichiJson.writeString(catalogue);
        for (Mode mode : Mode.values()) {
            Catalogue back = KichiJson.read(json, mode);
            assertThat(back.getCalls().get(0).getEligibilityRules()).as("seed " + seed + " " + mode)
                    .containsExactlyElementsOf(rules);
            assertThat(back).isEqualTo(catalogue);
            assertThat(KichiJson.writeString(back)).isEqualTo(json);
        }
    }
}
