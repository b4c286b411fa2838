package kg.kichi.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import kg.kichi.core.catalogue.Catalogue;
import kg.kichi.core.geo.AdministrativeUnit;
import kg.kichi.core.geo.Gazetteer;
import kg.kichi.core.geo.UnitRef;
import kg.kichi.core.geo.gazetteer.Gazetteers;
import kg.kichi.core.geo.resolve.Resolution;
import kg.kichi.core.grant.Grant;
import kg.kichi.core.project.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The places of the fixtures against Kichi's bundled Kyrgyzstan gazetteer. */
class GazetteerConsistencyTest {
    private static final Gazetteer KYRGYZSTAN = Gazetteers.kyrgyzstan();

    @Test
    void everyUnitOfEveryFixtureIsInTheGazetteerUnderTheRegionItsCodeNames() {
        List<UnitRef> units = ExampleCatalogues.all().values().stream().flatMap(GazetteerConsistencyTest::units).toList();
        assertThat(units).hasSizeGreaterThan(40).allSatisfy(unit -> {
            assertThat(KYRGYZSTAN.find(unit)).as("%s in the gazetteer", unit).isPresent();
            assertThat(firstLevel(unit)).as("first-level region of %s", unit).contains(Regions.of(unit));
        });
    }

    @ParameterizedTest(name = "{0} under {1}")
    @CsvSource({
        "Токмок ш., KG-C, cornelius-society",
        "Курама АА, KG-C, community-development-alliance",
        "Ленин айыл аймагы, KG-C, community-development-center",
        "Балыкчы ш., KG-Y, bagyt-crisis-center",
        "Ноокат ш., KG-O, cscs-nookat",
        "Өзгөн ш., KG-O, interbilim",
        "Ленин ЖӨБ, KG-O, nookat-irrigator",
        "Кочкор АА, KG-N, demilgeluu-jashtar",
        "Нарын ш., KG-N, tynchtyk",
        "Таш-Көмүр ш., KG-J, kyrgyz-jash-kuch",
        "А. Сүйөркулов айыл аймагы, KG-J, mekenim-ala-too",
        "Майлуу-Суу ш., KG-J, greenlight",
        "Каракөл ш., KG-J, karakul-womens-council",
        "Каргалык АА, KG-J, tilektesh-el",
        "Сумбула АА, KG-B, activist",
        "Бирлик АА, KG-B, border-youth-network",
        "Суу-Башы айыл аймагы, KG-B, peace-initiatives",
        "Покровка айыл аймагы, KG-T, dilanar",
        "Кара-Буура АА, KG-T, onol-ayim",
    })
    void theGazetteerResolvesSeed002sLocalityUnderItsHeadingToTheFixturesUnit(String mention, String heading, String grantee) {
        Resolution resolution = KYRGYZSTAN.resolve(mention, UnitRef.iso(heading));
        Grant grant = ExampleCatalogues.seed002().getGrants().stream()
                .filter(g -> g.getGrantee().getValue().equals(grantee)).findFirst().orElseThrow();
        assertThat(resolution.getUnit().map(AdministrativeUnit::getRef))
                .contains(grant.getCoverage().getUnitRefs().get(0));
    }

    @Test
    void aNameTheGazetteerCannotTellApartStaysAtItsOblastHeading() {
        assertThat(KYRGYZSTAN.resolve("Жаңы-Жол айыл өкмөтү", UnitRef.iso("KG-J")).isResolved()).isFalse();
        Grant grant = ExampleCatalogues.seed002().getGrants().stream()
                .filter(g -> g.getGrantee().getValue().equals("development-of-young-citizens")).findFirst().orElseThrow();
        assertThat(grant.getCoverage().getUnitRefs()).containsExactly(UnitRef.iso("KG-J"));
    }

    private static Stream<UnitRef> units(Catalogue catalogue) {
        return Stream.concat(catalogue.getGrants().stream().map(Grant::getCoverage),
                catalogue.getProjects().stream().map(Project::getCoverage)).flatMap(c -> c.getUnitRefs().stream());
    }

    private static Optional<String> firstLevel(UnitRef unit) {
        return Stream.concat(Stream.of(KYRGYZSTAN.get(unit)), KYRGYZSTAN.getAncestors(unit).stream())
                .map(u -> u.getCode(UnitRef.ISO_3166_2)).flatMap(Optional::stream).map(UnitRef::getCode).findFirst();
    }
}
