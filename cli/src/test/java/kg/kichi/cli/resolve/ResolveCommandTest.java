package kg.kichi.cli.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import kg.kichi.cli.CliRun;
import kg.kichi.cli.ExitCode;
import org.junit.jupiter.api.Test;

/** {@code kichi resolve} against Kyrgyzstan's bundled gazetteer. */
class ResolveCommandTest {
    @Test
    void aClearNameGivesOneCandidateWithLevelCodeAndConfidence() {
        CliRun run = CliRun.standard("resolve", "Кызыл-Адыр");
        assertThat(run.exit()).isEqualTo(ExitCode.OK);
        assertThat(run.outLines().get(0)).isEqualTo("Кызыл-Адыр: resolved, 1 candidate");
        assertThat(run.outLines().get(1)).containsSubsequence("code", "level", "name", "within", "confidence");
        assertThat(run.outLines().get(2)).containsSubsequence("soate:41707215818010", "village", "Кызыл-Адыр",
                "Talas Region", "1.00");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void anAmbiguousNameListsEveryCandidate() {
        CliRun run = CliRun.standard("resolve", "Нарын");
        assertThat(run.exit()).isEqualTo(ExitCode.OK);
        assertThat(run.outLines().get(0)).startsWith("Нарын: ambiguous, 4 candidates (");
        assertThat(run.out()).contains("iso3166-2:KG-N", "region", "Naryn Region", "Naryn District", "city");
        assertThat(run.outLines()).hasSize(6);
    }

    @Test
    void anUnknownNameSaysWhyAndExitsOne() {
        CliRun run = CliRun.standard("resolve", "Atlantis", "Кызыл-Адыр");
        assertThat(run.exit()).isEqualTo(ExitCode.PROBLEMS);
        assertThat(run.outLines().get(0)).startsWith("Atlantis: unknown: ").contains("Atlantis");
        assertThat(run.out()).contains("Кызыл-Адыр: resolved");
    }

    @Test
    void withinNarrowsTheSearchToAUnit() {
        CliRun plain = CliRun.standard("resolve", "Ат-Башы");
        CliRun within = CliRun.standard("resolve", "--within", "KG-N", "Ат-Башы");
        assertThat(plain.out()).contains("Chüy Region");
        assertThat(within.exit()).isEqualTo(ExitCode.OK);
        assertThat(within.outLines().get(2)).contains("Naryn Region");
        assertThat(within.out()).isNotEqualTo(plain.out());
        assertThat(CliRun.standard("resolve", "--within", "iso3166-2:KG-N", "Ат-Башы").out()).isEqualTo(within.out());
    }

    @Test
    void anUnknownWithinUnitIsAUsageError() {
        CliRun run = CliRun.standard("resolve", "--within", "KG-Z", "Нарын");
        assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(run.errLines()).singleElement().asString().startsWith("kichi resolve: unknown unit 'KG-Z'");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void anAddressShowsTheChainOfItsParts() {
        CliRun run = CliRun.standard("resolve", "Кара-Таш а/а, Ноокат району, Ош облусу");
        assertThat(run.exit()).isEqualTo(ExitCode.OK);
        assertThat(run.outLines().get(0)).startsWith("Кара-Таш а/а, Ноокат району, Ош облусу: resolved, ");
        assertThat(run.outLines().get(1)).isEqualTo(
                "  chain: Osh Region (region) > Nookat District (district) > Кара-Ташский айылный аймак (aiyl_aimak)");
        assertThat(run.outLines().get(3)).containsSubsequence("soate:41706242812000", "aiyl_aimak", "Nookat District");
    }

    @Test
    void aContradictoryAddressSaysWhichPartsConflictAndExitsOne() {
        CliRun run = CliRun.standard("resolve", "Нарынская область, Ноокатский район");
        assertThat(run.exit()).isEqualTo(ExitCode.PROBLEMS);
        assertThat(run.outLines()).singleElement().asString()
                .startsWith("Нарынская область, Ноокатский район: contradictory: ")
                .contains("'Ноокатский район' reads as Ноокатский район (district, in Ошская область)");
    }

    @Test
    void aPartThatCannotBePlacedIsNamedAndExitsOne() {
        CliRun run = CliRun.standard("resolve", "Нарынская обл., Кочкорский р-н, с. Вфрщх");
        assertThat(run.exit()).isEqualTo(ExitCode.PROBLEMS);
        assertThat(run.outLines().get(1)).isEqualTo("  chain: Naryn Region (region) > Kochkor District (district)");
        assertThat(run.outLines().get(2)).isEqualTo("  not placed: 'с. Вфрщх': no unit is named 'с. Вфрщх'");
        assertThat(run.out()).contains("soate:41704235000000");
    }
}
