package kg.kichi.core.geo.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import kg.kichi.core.geo.Gazetteer;
import kg.kichi.core.geo.gazetteer.Gazetteers;
import org.junit.jupiter.api.Test;

/**
 * Resolutions, their parts and candidates as values: equal when they say the same, with equal hash codes, and
 * unequal when any one thing differs; and what their text says (mutation testing showed none of it was checked).
 */
class ResolutionValuesTest {
    private static final Gazetteer KG = Gazetteers.kyrgyzstan();

    @Test
    void theSameMentionResolvesToEqualValues() {
        String address = "Нарынская обл., Кочкорский р-н, с. Вфрщх";
        Resolution first = KG.resolve(address);
        Resolution second = KG.resolve(address);
        assertThat(first).isEqualTo(second).hasSameHashCodeAs(second).isNotSameAs(second);
        assertThat(first.getParts()).isEqualTo(second.getParts());
        for (int i = 0; i < 3; i++) {
            assertThat(first.getParts().get(i)).hasSameHashCodeAs(second.getParts().get(i));
        }
        assertThat(first.getCandidates().get(0)).isEqualTo(second.getCandidates().get(0))
                .hasSameHashCodeAs(second.getCandidates().get(0));
        assertThat(first.getMention()).isEqualTo(address);
    }

    @Test
    void resolutionsDifferingInAnythingAreUnequal() {
        Resolution kochkor = KG.resolve("Кочкорский р-н");
        assertThat(kochkor).isNotEqualTo(KG.resolve("Кочкорский  р-н")) // another mention, same unit
                .isNotEqualTo(KG.resolve("Кочкорский район"))
                .isNotEqualTo(KG.resolve("Xyzzy"))
                .isNotEqualTo("Кочкорский р-н")
                .isNotEqualTo(null);
        assertThat(KG.resolve("Xyzzy")).isNotEqualTo(KG.resolve("Xyzzz"));
        // the same unit read through another name is another candidate
        Candidate byName = KG.resolve("Кочкорский район").getCandidates().get(0);
        Candidate byAbbreviation = kochkor.getCandidates().get(0);
        assertThat(byName.getUnit()).isEqualTo(byAbbreviation.getUnit());
        assertThat(byName).isEqualTo(byAbbreviation);
        Candidate aimak = kochkor.getCandidates().get(1);
        assertThat(aimak).isNotEqualTo(byName).isNotEqualTo("Кочкорский район").isNotEqualTo(null);
        AddressPart placed = kochkor.getParts().get(0);
        AddressPart sameTextUnplaced = KG.resolve("Нарынская обл., Кочкорский р-н, с. Вфрщх").getParts().get(1);
        assertThat(placed.getText()).isEqualTo(sameTextUnplaced.getText());
        assertThat(placed).isEqualTo(sameTextUnplaced);
        AddressPart unknown = KG.resolve("Xyzzy").getParts().get(0);
        assertThat(unknown).isNotEqualTo(placed).isNotEqualTo(KG.resolve("Xyzzz").getParts().get(0))
                .isNotEqualTo("Xyzzy").isNotEqualTo(null);
        AddressPart contradicted = KG.resolve("Нарынская область, Ноокатский район").getParts().get(0);
        AddressPart naryn = KG.resolve("Нарынская область").getParts().get(0);
        assertThat(contradicted.getText()).isEqualTo(naryn.getText());
        assertThat(contradicted.getCandidate()).isEqualTo(naryn.getCandidate());
        assertThat(contradicted).isNotEqualTo(naryn); // same text and reading, but a problem
    }

    @Test
    void textsNameStatusMentionCandidatesPartsAndReason() {
        assertThat(KG.resolve("Xyzzy")).hasToString("UNKNOWN 'Xyzzy' [] (no unit is named 'Xyzzy')");
        assertThat(KG.resolve("Xyzzy").getParts().get(0)).hasToString("'Xyzzy' not placed: no unit is named 'Xyzzy'");
        Resolution kochkor = KG.resolve("Кочкорский р-н");
        assertThat(kochkor.getCandidates().get(0))
                .hasToString("soate:41704235000000 district Кочкорский район via 'Кочкорский район' NAME 115");
        assertThat(kochkor.getParts().get(0))
                .hasToString("'Кочкорский р-н' → soate:41704235000000 district Кочкорский район");
        // one part: no list of parts
        assertThat(kochkor.toString()).startsWith("RESOLVED 'Кочкорский р-н' [soate:41704235000000 district")
                .doesNotContain("parts").endsWith("NAME 85]");
        Resolution address = KG.resolve("Нарынская обл., Кочкорский р-н, с. Вфрщх");
        assertThat(address.toString()).isEqualTo("RESOLVED 'Нарынская обл., Кочкорский р-н, с. Вфрщх' "
                + "[soate:41704235000000 district Кочкорский район via 'Кочкорский район' NAME 115] parts "
                + "['Нарынская обл.' → iso3166-2:KG-N region Нарынская область, "
                + "'Кочкорский р-н' → soate:41704235000000 district Кочкорский район, "
                + "'с. Вфрщх' not placed: no unit is named 'с. Вфрщх'] "
                + "('с. Вфрщх' could not be placed: no unit is named 'с. Вфрщх'; the address is read from its other "
                + "parts)");
        assertThat(KG.resolve("Нарынская область, Ноокатский район").getParts().get(0).toString())
                .startsWith("'Нарынская область' not placed: Нарынская область (region) does not lie within")
                .endsWith(" (read as iso3166-2:KG-N region Нарынская область)");
    }
}
