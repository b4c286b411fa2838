package kg.kichi.core.geo.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import kg.kichi.core.geo.AdministrativeUnit;
import kg.kichi.core.geo.Gazetteer;
import kg.kichi.core.geo.UnitLevel;
import kg.kichi.core.geo.UnitName;
import kg.kichi.core.geo.UnitRef;
import kg.kichi.core.geo.gazetteer.Gazetteers;
import kg.kichi.core.validation.InvalidModelException;
import kg.kichi.core.validation.Violation;
import org.junit.jupiter.api.Test;

/** Level words are data: read, checked, and used by a gazetteer that is given them. */
class LevelWordsTest {
    private static LevelWords read(String text) {
        return LevelWords.readCsv(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void everyBadLineIsReportedWithWhereItIs() {
        String csv = """
                # a comment, not a row
                kind,position,language,forms
                district,after,de,Kreis|Landkreis
                county,after,en,county
                region,around,en,land
                city,before,en
                village,before,en,dorf|..
                """;
        assertThatThrownBy(() -> read(csv)).isInstanceOfSatisfying(InvalidModelException.class, e ->
                assertThat(e.getViolations()).extracting(Violation::getPath, Violation::getCode).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("rows[2].kind", "kichi.geo.levelWords.kind"),
                        org.assertj.core.groups.Tuple.tuple("rows[3].position", "kichi.geo.levelWords.position"),
                        org.assertj.core.groups.Tuple.tuple("rows[4]", "kichi.geo.levelWords.columns"),
                        org.assertj.core.groups.Tuple.tuple("rows[5].forms[1]", "kichi.geo.levelWords.form")));
        assertThatThrownBy(() -> read("words,kind\n")).isInstanceOfSatisfying(InvalidModelException.class, e ->
                assertThat(e.getViolations()).extracting(Violation::getPath).containsExactly("rows[0]"));
    }

    @Test
    void aGazetteerReadsMentionsWithTheWordsItIsGiven() {
        UnitRef land = UnitRef.iso("XL");
        UnitRef north = UnitRef.iso("XL-N");
        UnitRef kentDistrict = UnitRef.of(UnitRef.KICHI, "kent-d");
        UnitRef kentVillage = UnitRef.of(UnitRef.KICHI, "kent-v");
        List<AdministrativeUnit> units = List.of(
                AdministrativeUnit.builder(land, UnitLevel.COUNTRY).name(UnitName.name("Xland", "en")).build(),
                AdministrativeUnit.builder(north, UnitLevel.REGION).parent(land).name(UnitName.name("North", "en"))
                        .build(),
                AdministrativeUnit.builder(kentDistrict, UnitLevel.DISTRICT).parent(north)
                        .name(UnitName.name("Kent", "en")).build(),
                AdministrativeUnit.builder(kentVillage, UnitLevel.VILLAGE).parent(kentDistrict)
                        .name(UnitName.name("Kent", "en")).build());
        LevelWords german = read("""
                kind,position,language,forms
                district,after,de,Kreis|Lkr.
                village,before,de,Dorf
                region,before,de,Land|Bundesland
                """);
        Gazetteer xl = Gazetteers.of(units, german);
        assertThat(xl.resolve("Kent Lkr.").getUnit().map(AdministrativeUnit::getRef)).contains(kentDistrict);
        assertThat(xl.resolve("Dorf Kent").getUnit().map(AdministrativeUnit::getRef)).contains(kentVillage);
        // An address cut at the German words alone, in either order.
        Resolution r = xl.resolve("Land North Dorf Kent");
        assertThat(r.getUnit().map(AdministrativeUnit::getRef)).contains(kentVillage);
        assertThat(r.getParts()).extracting(AddressPart::getText).containsExactly("Land North", "Dorf Kent");
        // "district" is no German level word: it is read as part of the name, which then matches nothing.
        assertThat(xl.resolve("Kent district").getStatus()).isEqualTo(ResolutionStatus.UNKNOWN);
        assertThat(Gazetteers.of(units).resolve("Kent district").getUnit().map(AdministrativeUnit::getRef))
                .contains(kentDistrict);
    }

    @Test
    void theStandardWordsCoverTheAbbreviationsOfTheThreeLanguages() {
        LevelWords words = LevelWords.standard();
        // Each written form, parsed alone, carries the level it stands for.
        String[][] forms = {{"р-н", "2"}, {"р/н", "2"}, {"району", "2"}, {"district", "2"}, {"rayon", "2"},
            {"raion", "2"}, {"dist.", "2"}, {"обл.", "1"}, {"облусу", "1"}, {"obl.", "1"}, {"oblast", "1"},
            {"г.", "3"}, {"ш.", "3"}, {"шаары", "3"}, {"city", "3"}, {"а/а", "3"}, {"а.о.", "3"}, {"АА", "3"},
            {"ӨАА", "3"}, {"айыл аймагы", "3"}, {"с.", "4"}, {"пгт", "4"}, {"а.", "4"}, {"v.", "4"}};
        for (String[] f : forms) {
            assertThat(Mention.parse("Кочкор " + f[0], words).finestRank()).as(f[0]).isEqualTo(Integer.parseInt(f[1]));
            assertThat(Mention.parse("Кочкор " + f[0], words).key).as(f[0]).isEqualTo("kochkor");
        }
    }
}
