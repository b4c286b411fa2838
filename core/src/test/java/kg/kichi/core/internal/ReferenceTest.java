package kg.kichi.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import kg.kichi.core.evaluation.Reviewer;
import kg.kichi.core.organisation.OrganisationId;
import org.junit.jupiter.api.Test;

/** The paths a reference writes, and the shape of the list both integrity checks walk. */
class ReferenceTest {
    private static Reference find(CatalogueCollection from, String member) {
        return Reference.ALL.stream().filter(r -> r.from() == from && r.member().equals(member)).findFirst()
                .orElseThrow();
    }

    @Test
    void aMemberOfEachArrayElementWritesTheElementsIndex() {
        Reference partners = find(CatalogueCollection.GRANTS, "partnership.members[].organisation");
        assertThat(partners.propertyPath(2)).isEqualTo("partnership.members[2].organisation");
        assertThat(partners.pointer(2)).isEqualTo("/partnership/members/2/organisation");
        Reference affiliations = find(CatalogueCollection.REVIEWERS, "affiliations[]");
        assertThat(affiliations.propertyPath(0)).isEqualTo("affiliations[0]");
        assertThat(affiliations.pointer(0)).isEqualTo("/affiliations/0");
    }

    @Test
    void aMemberOfOneIdWritesItsName() {
        Reference donor = find(CatalogueCollection.PROGRAMMES, "donor");
        assertThat(donor.propertyPath(-1)).isEqualTo("donor");
        assertThat(donor.pointer(-1)).isEqualTo("/donor");
        assertThat(donor.target()).isEqualTo("organisations");
        assertThat(donor.code()).isEqualTo("kichi.catalogue.unknownReference");
    }

    @Test
    void aReferenceWithinNamesAnItemOfWhatItsScopeNames() {
        Reference lot = find(CatalogueCollection.GRANTS, "lot");
        assertThat(lot.scope()).isSameAs(find(CatalogueCollection.GRANTS, "call"));
        assertThat(lot.to()).isEqualTo(CatalogueCollection.CALLS);
        assertThat(lot.target()).isEqualTo("lots of call");
        assertThat(lot.code()).isEqualTo("kichi.catalogue.unknownLot");
    }

    @Test
    void handsTheIdsOfAnObjectOverInOrder() {
        Reviewer reviewer = Reviewer.builder().id("r1")
                .addAffiliations(OrganisationId.parse("XI-KICHI-b"), OrganisationId.parse("XI-KICHI-a")).build();
        List<String> seen = new ArrayList<>();
        find(CatalogueCollection.REVIEWERS, "affiliations[]").forEachId(reviewer, new Reference.Ids() {
            @Override
            public void id(int index, Object id) {
                seen.add(index + "=" + id);
            }

            @Override
            public void within(Object owner, String item) {
                seen.add("within " + owner + " " + item);
            }
        });
        assertThat(seen).containsExactly("0=XI-KICHI-b", "1=XI-KICHI-a");
    }

    @Test
    void onlyProgrammesReferToTheirOwnCollectionOrALaterOne() {
        // IntegrityCheck reads each other collection once, adding ids and checking references in one loop
        assertThat(Reference.ALL.stream().filter(r -> r.to().compareTo(r.from()) >= 0).map(Reference::toString))
                .containsExactly("programmes[].parent → programmes (optional)");
    }

    @Test
    void theReferencesOfOneCollectionKeepTheListsOrder() {
        assertThat(Reference.from(CatalogueCollection.GRANTS).stream().map(Reference::member).toList())
                .isEqualTo(List.of("call", "lot", "application", "project", "component",
                        "partnership.members[].organisation"));
    }
}
