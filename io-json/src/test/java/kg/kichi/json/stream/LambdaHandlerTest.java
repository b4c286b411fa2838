package kg.kichi.json.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import kg.kichi.core.catalogue.Catalogue;
import kg.kichi.core.grant.Grant;
import kg.kichi.core.testing.RandomCatalogues;
import kg.kichi.json.KichiJson;
import org.junit.jupiter.api.Test;

/** A {@link DocumentHandler} can be a lambda: every object with its collection, or the objects of one type. */
class LambdaHandlerTest {
    @Test
    void ofGivesEveryObjectWithItsCollectionInDocumentOrder() {
        for (long seed = 0; seed < 20; seed++) {
            Catalogue catalogue = RandomCatalogues.catalogue(seed);
            List<Object> seen = new ArrayList<>();
            List<Section> sections = new ArrayList<>();
            KichiJson.reader().stream(StreamingTest.bytes(KichiJson.writeString(catalogue)),
                    DocumentHandler.of((section, value) -> {
                        sections.add(section);
                        seen.add(value);
                    }));
            List<Object> expected = new ArrayList<>();
            List<Section> expectedSections = new ArrayList<>();
            for (Section section : Section.values()) {
                List<?> objects = section.of(catalogue);
                expected.addAll(objects);
                objects.forEach(o -> expectedSections.add(section));
            }
            assertThat(seen).as("seed " + seed).containsExactlyInAnyOrderElementsOf(expected);
            for (int i = 0; i < seen.size(); i++) {
                assertThat(section(seen.get(i), catalogue)).isEqualTo(sections.get(i));
            }
        }
    }

    @Test
    void forEachGivesTheObjectsOfOneTypeOnly() {
        Catalogue catalogue = RandomCatalogues.catalogue(7);
        assertThat(catalogue.getGrants()).isNotEmpty();
        List<Grant> grants = new ArrayList<>();
        KichiJson.reader().stream(StreamingTest.bytes(KichiJson.writeString(catalogue)),
                DocumentHandler.forEach(Grant.class, grants::add));
        assertThat(grants).isEqualTo(catalogue.getGrants());
    }

    @Test
    void refusesNullNamingTheParameter() {
        assertThatThrownBy(() -> DocumentHandler.of(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("action");
        assertThatThrownBy(() -> DocumentHandler.forEach(null, g -> { })).isInstanceOf(NullPointerException.class)
                .hasMessage("type");
        assertThatThrownBy(() -> DocumentHandler.forEach(Grant.class, null)).isInstanceOf(NullPointerException.class)
                .hasMessage("action");
    }

    private static Section section(Object value, Catalogue catalogue) {
        for (Section section : Section.values()) {
            if (section.of(catalogue).contains(value)) {
                return section;
            }
        }
        throw new AssertionError(value);
    }
}
