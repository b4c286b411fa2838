package kg.kichi.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import kg.kichi.core.catalogue.Catalogue;
import kg.kichi.core.money.Money;
import kg.kichi.core.testing.RandomCatalogues;
import kg.kichi.core.time.PartialDate;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

class KichiModuleTest {
    @Test
    void isFoundThroughServiceLoader() {
        assertThatThrownBy(() -> JsonMapper.builder().build().readValue("{\"amount\": 1, \"currency\": \"KGS\"}",
                Money.class)).isInstanceOf(JacksonException.class);
        JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
        assertThat(mapper.readValue("{\"amount\": 1500000.00, \"currency\": \"KGS\"}", Money.class))
                .isEqualTo(Money.of("1500000.00", "KGS"));
        assertThat(mapper.writeValueAsString(PartialDate.of(2021, 2))).isEqualTo("\"2021-02\"");
    }

    @Test
    void amountsStayExactEvenOnAPlainMapper() {
        JsonMapper plain = JsonMapper.builder().addModule(new KichiModule()).build();
        assertThat(plain.readValue("{\"amount\": 0.10, \"currency\": \"USD\"}", Money.class).getAmount())
                .hasToString("0.10");
        assertThat(plain.writeValueAsString(Money.of("100.50", "USD"))).contains("100.50");
    }

    @Test
    void wholeCataloguesRoundTripThroughTheMapper() {
        JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
        Catalogue catalogue = RandomCatalogues.catalogue(7);
        assertThat(mapper.readValue(mapper.writeValueAsString(catalogue), Catalogue.class)).isEqualTo(catalogue);
    }

    @Test
    void deserializersThrowEveryProblemAsOneJacksonException() {
        assertThatThrownBy(() -> KichiJson.mapper().readValue("{\"amount\": \"1\", \"currency\": \"XX\"}", Money.class))
                .isInstanceOf(JacksonException.class)
                .isInstanceOfSatisfying(InvalidDocumentException.class, e -> assertThat(e.getProblems())
                        .extracting(DocumentProblem::getPointer, DocumentProblem::getCode)
                        .containsExactly(tuple("/amount", "kichi.json.type")));
    }

    @Test
    void lenientModuleKeepsUnknownMembers() {
        JsonMapper mapper = JsonMapper.builder().addModule(new KichiModule(Mode.LENIENT)).build();
        String json = "{\"status\":\"draft\",\"note\":\"x\"}";
        var change = mapper.readValue(json, kg.kichi.core.application.StatusChange.class);
        assertThat(change.getExtensions()).containsEntry("note", "\"x\"");
        assertThat(mapper.writeValueAsString(change)).isEqualTo(json);
    }
}
