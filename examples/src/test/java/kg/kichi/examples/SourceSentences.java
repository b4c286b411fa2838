package kg.kichi.examples;

import static org.assertj.core.api.Assertions.assertThat;

import kg.kichi.core.catalogue.Catalogue;
import kg.kichi.core.organisation.LegalForm;
import kg.kichi.core.organisation.Organisation;
import kg.kichi.core.organisation.OrganisationId;

/**
 * Helpers for the fidelity tests ({@code Seed00NSourceSentencesTest}): each test quotes the sentence of the seed
 * that states the fact it pins, so that an edit reintroducing an invented fact fails with the sentence in view.
 */
final class SourceSentences {
    private SourceSentences() {}

    /**
     * The organisation, which must exist.
     *
     * @param seed the fixture
     * @param id the local identifier
     * @return the organisation
     */
    static Organisation organisation(Catalogue seed, String id) {
        return seed.organisation(OrganisationId.local(id)).orElseThrow(() -> new AssertionError("no organisation " + id));
    }

    /**
     * Asserts that no organisation of a fixture carries a non-profit status: no seed states one.
     *
     * @param seed the fixture
     */
    static void noNonProfitStatusIsStated(Catalogue seed) {
        assertThat(seed.getOrganisations()).allSatisfy(o -> assertThat(o.getNonProfit())
                .as("%s: no seed says whether it is non-profit", o.getId()).isEmpty());
    }

    /**
     * Asserts the legal forms no source gives are not stated, never "other".
     *
     * @param seed the fixture
     * @param ids the organisations whose form the seed does not give
     */
    static void formsNotStated(Catalogue seed, String... ids) {
        for (String id : ids) {
            assertThat(organisation(seed, id).getLegalForm()).as(id).isEqualTo(LegalForm.NOT_STATED);
        }
        assertThat(seed.getOrganisations()).extracting(Organisation::getLegalForm).doesNotContain(LegalForm.OTHER);
    }
}
