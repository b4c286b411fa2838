package kg.kichi.core.organisation;

import static kg.kichi.core.ModelAssertions.assertRejected;
import static kg.kichi.core.ModelAssertions.violation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kg.kichi.core.text.LocalizedText;
import org.junit.jupiter.api.Test;

class OrganisationTest {
    static Organisation.Builder valid() {
        return Organisation.builder().id(OrganisationId.local("naryn-edc"))
                .name(LocalizedText.of("ru", "ОО «Нарынский центр экономического развития»")
                        .with("ky", "«Нарын экономикалык өнүктүрүү борбору» Коомдук Бирикмеси"))
                .legalForm(LegalForm.PUBLIC_ASSOCIATION);
    }

    @Test
    void buildsWithDefaults() {
        Organisation organisation = valid().addAcronym("NEDC").build();
        assertThat(organisation.getNonProfit()).as("no source states it").isEmpty();
        assertThat(organisation.isTypicallyNonProfit()).as("what a public association usually is").isTrue();
        assertThat(organisation.getSeat()).isEmpty();
        assertThat(organisation.getAliases()).isEmpty();
        assertThat(organisation.getExtensions()).isEmpty();
        Organisation outlet = valid().legalForm(LegalForm.MEDIA_OUTLET).build();
        assertThat(outlet.getNonProfit()).as("the form implies nothing stated").isEmpty();
        assertThat(outlet.isTypicallyNonProfit()).isFalse();
        Organisation statedOutlet = valid().legalForm(LegalForm.MEDIA_OUTLET).nonProfit(true).build();
        assertThat(statedOutlet.getNonProfit()).contains(true);
        assertThat(statedOutlet.isTypicallyNonProfit()).as("the derived value stays apart from the stated one").isFalse();
        assertThat(valid().nonProfit(false).build().getNonProfit()).as("a stated false is kept").contains(false);
    }

    @Test
    void reportsEveryMissingAttributeAtOnce() {
        assertRejected(() -> Organisation.builder().build()).containsExactlyInAnyOrder(
                violation("id", "kichi.required"), violation("name", "kichi.required"),
                violation("legalForm", "kichi.required"));
    }

    @Test
    void rejectsBlankAcronymsAndAliases() {
        assertRejected(() -> valid().addAcronym(" ").addAliases("Нарын ЭӨБ", "").build()).containsExactlyInAnyOrder(
                violation("acronyms[0].<list element>", "kichi.blank"),
                violation("aliases[1].<list element>", "kichi.blank"));
    }

    @Test
    void isImmutableAndCopiesItsInputs() {
        List<String> aliases = new ArrayList<>(List.of("NEDC"));
        Map<String, String> extensions = new HashMap<>(Map.of("x-source", "\"seed-3\""));
        Organisation organisation = valid().aliases(aliases).extensions(extensions).build();
        aliases.add("changed");
        extensions.clear();
        assertThat(organisation.getAliases()).containsExactly("NEDC");
        assertThat(organisation.getExtensions()).containsExactly(Map.entry("x-source", "\"seed-3\""));
        assertThatThrownBy(() -> organisation.getAliases().add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> organisation.getExtensions().put("a", "1"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void withCopiesAreValidatedAndEqualityIsByValue() {
        Organisation organisation = valid().build();
        assertThat(organisation).isEqualTo(valid().build()).hasSameHashCodeAs(valid().build());
        assertThat(organisation.withLegalForm(LegalForm.OTHER)).isNotEqualTo(organisation);
        assertThat(organisation.getLegalForm()).isEqualTo(LegalForm.PUBLIC_ASSOCIATION);
        assertRejected(() -> organisation.withAcronyms("")).containsExactly(
                violation("acronyms[0].<list element>", "kichi.blank"));
        assertThat(Organisation.builder().from(organisation).build()).isEqualTo(organisation);
    }
}
