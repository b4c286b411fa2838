package kg.kichi.core.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import kg.kichi.core.time.DatePeriod;
import kg.kichi.core.time.PartialDate;
import kg.kichi.core.validation.InvalidModelException;
import kg.kichi.core.validation.Violation;
import org.junit.jupiter.api.Test;

/**
 * Units and their names as values, and the name a unit shows: each expected value written out by hand (mutation
 * testing showed these went unchecked).
 */
class UnitValuesTest {
    private static final UnitRef KG = UnitRef.iso("KG");
    private static final UnitRef TOWN = UnitRef.soate("41700000000001");
    private static final DatePeriod UNTIL_2000 = DatePeriod.of(PartialDate.ofYear(1990), PartialDate.ofYear(2000));

    private static AdministrativeUnit.Builder town() {
        return AdministrativeUnit.builder(TOWN, UnitLevel.CITY).parent(KG);
    }

    @Test
    void namesAreEqualWhenTextLanguageKindAndPeriodAre() {
        UnitName name = UnitName.name("Фрунзе", "ru");
        assertThat(name).isEqualTo(UnitName.name("Фрунзе", "ru")).hasSameHashCodeAs(UnitName.name("Фрунзе", "ru"))
                .isNotEqualTo(UnitName.name("Фрунзе", "ky")).isNotEqualTo(UnitName.name("Бишкек", "ru"))
                .isNotEqualTo(UnitName.alias("Фрунзе")).isNotEqualTo(name.withValidity(UNTIL_2000))
                .isNotEqualTo("Фрунзе").isNotEqualTo(null);
        assertThat(name.getValidity()).isEmpty();
        assertThat(name.withValidity(UNTIL_2000).getValidity()).contains(UNTIL_2000);
        assertThat(name).hasToString("Фрунзе@ru");
        assertThat(name.withValidity(UNTIL_2000)).hasToString("Фрунзе@ru [1990/2000]");
        assertThat(UnitName.alias("Frunze")).hasToString("Frunze");
    }

    @Test
    void languageCodesAreTwoOrThreeLowerCaseLetters() {
        assertThat(UnitName.of("A", "ky", UnitName.Kind.NAME, null).getLanguage()).contains("ky");
        assertThat(UnitName.of("A", "kir", UnitName.Kind.NAME, null).getLanguage()).contains("kir");
        assertThat(UnitName.of("A", "az", UnitName.Kind.NAME, null).getLanguage()).contains("az");
        for (String bad : new String[] {"k", "kirg", "Ky", "k1", "k{", "`a", "a`"}) {
            InvalidModelException e = catchThrowableOfType(() -> UnitName.of("A", bad, UnitName.Kind.NAME, null),
                    InvalidModelException.class);
            assertThat(e).as(bad).isNotNull();
            assertThat(e.getViolations()).extracting(Violation::getPath, Violation::getCode)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("language", "kichi.text.language"));
        }
    }

    @Test
    void aUnitShowsItsCurrentRussianNameElseEnglishElseKyrgyzElseItsFirst() {
        AdministrativeUnit renamed = town().name(UnitName.name("Фрунзе", "ru").withValidity(UNTIL_2000))
                .name(UnitName.name("Бишкек", "ru")).name(UnitName.name("Bishkek", "en")).build();
        assertThat(renamed.getName("ru")).contains("Бишкек");
        assertThat(renamed.getDisplayName()).isEqualTo("Бишкек");
        // a former name given after the current one does not replace it
        AdministrativeUnit formerLast = town().name(UnitName.name("Бишкек", "ru"))
                .name(UnitName.name("Фрунзе", "ru").withValidity(UNTIL_2000)).build();
        assertThat(formerLast.getName("ru")).contains("Бишкек");
        assertThat(town().name(UnitName.name("Bishkek", "en")).name(UnitName.name("Бишкек", "ky")).build()
                .getDisplayName()).isEqualTo("Bishkek");
        assertThat(town().name(UnitName.name("Бишкек", "ky")).build().getDisplayName()).isEqualTo("Бишкек");
        AdministrativeUnit aliasOnly = town().name(UnitName.alias("Pishpek")).build();
        assertThat(aliasOnly.getDisplayName()).isEqualTo("Pishpek");
        assertThat(aliasOnly.getName("ru")).isEmpty();
        assertThat(renamed).hasToString("soate:41700000000001 city Бишкек");
    }

    @Test
    void aUnitsNamesAreSortedNamesFirstAndItsDescriptionIsKept() {
        AdministrativeUnit unit = town().name(UnitName.alias("Pishpek")).name(UnitName.name("Бишкек", "ru"))
                .validity(UNTIL_2000).description("город", "a remark").build();
        assertThat(unit.getNames()).extracting(UnitName::getKind)
                .containsExactly(UnitName.Kind.NAME, UnitName.Kind.ALIAS);
        assertThat(unit.getUnitType()).isEqualTo("город");
        assertThat(unit.getNotes()).isEqualTo("a remark");
        assertThat(unit.getValidity()).contains(UNTIL_2000);
        assertThat(unit.existsOn(LocalDate.of(1995, 1, 1))).isTrue();
        assertThat(unit.existsOn(LocalDate.of(2001, 1, 1))).isFalse();
        AdministrativeUnit same = town().name(UnitName.name("Бишкек", "ru")).name(UnitName.alias("Pishpek"))
                .validity(UNTIL_2000).build();
        assertThat(unit).isEqualTo(same).hasSameHashCodeAs(same);
        assertThat(unit.hashCode()).isNotEqualTo(town().name(UnitName.name("Ош", "ru")).build().hashCode());
    }

    @Test
    void aRepeatedCodeAndAMissingParentAreReported() {
        InvalidModelException repeated = catchThrowableOfType(() -> AdministrativeUnit.builder(TOWN, UnitLevel.CITY)
                .code(TOWN).parent(KG).name(UnitName.name("Бишкек", "ru")).build(), InvalidModelException.class);
        assertThat(repeated.getViolations()).extracting(Violation::getPath, Violation::getCode)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("codes", "kichi.geo.codeRepeated"));
        assertThat(AdministrativeUnit.builder(TOWN, UnitLevel.CITY).code(UnitRef.iso("KG-GB")).parent(KG)
                .name(UnitName.name("Бишкек", "ru")).build().getCodes()).hasSize(2);
        InvalidModelException orphan = catchThrowableOfType(() -> AdministrativeUnit.builder(TOWN, UnitLevel.CITY)
                .name(UnitName.name("Бишкек", "ru")).build(), InvalidModelException.class);
        assertThat(orphan.getViolations()).extracting(Violation::getPath, Violation::getCode)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("parent", "kichi.geo.parentMissing"));
        assertThat(AdministrativeUnit.builder(KG, UnitLevel.COUNTRY).name(UnitName.name("Кыргызстан", "ru")).build()
                .getParent()).isEmpty();
    }
}
