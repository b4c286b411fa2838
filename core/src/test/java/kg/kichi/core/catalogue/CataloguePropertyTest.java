package kg.kichi.core.catalogue;

import static kg.kichi.core.Samples.en;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import kg.kichi.core.ModelAssertions;
import kg.kichi.core.application.Application;
import kg.kichi.core.application.ApplicationStatus;
import kg.kichi.core.application.Partner;
import kg.kichi.core.application.PartnerRole;
import kg.kichi.core.application.Partnership;
import kg.kichi.core.application.StatusChange;
import kg.kichi.core.call.CallForProposals;
import kg.kichi.core.grant.Grant;
import kg.kichi.core.organisation.LegalForm;
import kg.kichi.core.organisation.Organisation;
import kg.kichi.core.organisation.OrganisationId;
import kg.kichi.core.programme.DonorProgramme;
import kg.kichi.core.project.Participation;
import kg.kichi.core.project.ParticipationRole;
import kg.kichi.core.project.Project;
import kg.kichi.core.validation.Violation;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Removing an organisation that a random valid catalogue refers to yields exactly one
 * {@code kichi.catalogue.unknownReference} per place that referred to it, 200 seeds.
 */
class CataloguePropertyTest {
    static Stream<Long> seeds() {
        // -Dkichi.property.seeds=N runs N seeds instead (the mutation profile runs fewer: docs/reliability.md)
        return LongStream.range(0, Long.getLong("kichi.property.seeds", 200)).boxed();
    }

    /** A random valid catalogue; organisations are referred to from every place that can refer to one. */
    static Catalogue randomCatalogue(Random random) {
        List<OrganisationId> ids = new ArrayList<>();
        Catalogue.Builder catalogue = Catalogue.builder().id("random");
        int organisations = 2 + random.nextInt(7);
        for (int i = 0; i < organisations; i++) {
            OrganisationId id = OrganisationId.local("org-" + i);
            ids.add(id);
            catalogue.addOrganisation(Organisation.builder().id(id).name(en("Organisation " + i))
                    .legalForm(LegalForm.values()[random.nextInt(LegalForm.values().length)]).build());
        }
        int programmes = 1 + random.nextInt(3);
        for (int i = 0; i < programmes; i++) {
            catalogue.addProgramme(DonorProgramme.builder().id("prog-" + i).name(en("Programme " + i))
                    .donor(pick(random, ids)).build());
        }
        int projects = 1 + random.nextInt(3);
        for (int i = 0; i < projects; i++) {
            Project.Builder project = Project.builder().id("proj-" + i).title(en("Project " + i))
                    .programme("prog-" + random.nextInt(programmes));
            for (OrganisationId id : distinct(random, ids)) {
                project.addParticipant(Participation.of(id,
                        ParticipationRole.values()[random.nextInt(ParticipationRole.values().length)]));
            }
            catalogue.addProject(project.build());
        }
        catalogue.addCall(CallForProposals.builder().id("call").project("proj-0").title(en("Call")).build());
        for (int i = random.nextInt(4); i > 0; i--) {
            catalogue.addApplication(Application.builder().id("app-" + i).call("call")
                    .partnership(randomPartnership(random, ids)).title(en("Application " + i))
                    .addStatusHistory(StatusChange.of(ApplicationStatus.SUBMITTED, null)).build());
        }
        for (int i = random.nextInt(4); i > 0; i--) {
            catalogue.addGrant(Grant.builder().id("grant-" + i).project("proj-0")
                    .partnership(randomPartnership(random, ids)).title(en("Grant " + i)).build());
        }
        return catalogue.build();
    }

    private static OrganisationId pick(Random random, List<OrganisationId> ids) {
        return ids.get(random.nextInt(ids.size()));
    }

    private static List<OrganisationId> distinct(Random random, List<OrganisationId> ids) {
        List<OrganisationId> shuffled = new ArrayList<>(ids);
        Collections.shuffle(shuffled, random);
        return shuffled.subList(0, 1 + random.nextInt(shuffled.size()));
    }

    private static Partnership randomPartnership(Random random, List<OrganisationId> ids) {
        List<OrganisationId> members = distinct(random, ids);
        Partnership.Builder partnership = Partnership.builder().addMember(Partner.of(members.get(0), PartnerRole.LEAD));
        members.subList(1, members.size()).forEach(id -> partnership.addMember(Partner.of(id,
                PartnerRole.values()[1 + random.nextInt(PartnerRole.values().length - 1)])));
        return partnership.build();
    }

    /** Every place of a catalogue that refers to an organisation, computed independently of the check. */
    static List<Tuple> referencesTo(Catalogue catalogue, OrganisationId removed) {
        List<Tuple> expected = new ArrayList<>();
        String value = removed.toString();
        for (int i = 0; i < catalogue.getProgrammes().size(); i++) {
            if (catalogue.getProgrammes().get(i).getDonor().equals(removed)) {
                expected.add(tuple("programmes[" + i + "].donor", value));
            }
        }
        for (int i = 0; i < catalogue.getProjects().size(); i++) {
            List<Participation> participants = catalogue.getProjects().get(i).getParticipants();
            for (int j = 0; j < participants.size(); j++) {
                if (participants.get(j).getOrganisation().equals(removed)) {
                    expected.add(tuple("projects[" + i + "].participants[" + j + "].organisation", value));
                }
            }
        }
        for (int i = 0; i < catalogue.getApplications().size(); i++) {
            members("applications[" + i + "]", catalogue.getApplications().get(i).getPartnership(), removed, expected);
        }
        for (int i = 0; i < catalogue.getGrants().size(); i++) {
            members("grants[" + i + "]", catalogue.getGrants().get(i).getPartnership(), removed, expected);
        }
        return expected;
    }

    private static void members(String path, Partnership partnership, OrganisationId removed, List<Tuple> into) {
        for (int j = 0; j < partnership.getMembers().size(); j++) {
            if (partnership.getMembers().get(j).getOrganisation().equals(removed)) {
                into.add(tuple(path + ".partnership.members[" + j + "].organisation", removed.toString()));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void removingAReferencedOrganisationYieldsExactlyItsDanglingReferences(long seed) {
        Random random = new Random(seed);
        Catalogue catalogue = randomCatalogue(random);
        List<Organisation> referenced = catalogue.getOrganisations().stream()
                .filter(o -> !referencesTo(catalogue, o.getId()).isEmpty()).toList();
        Organisation removed = referenced.get(random.nextInt(referenced.size()));
        List<Organisation> remaining = new ArrayList<>(catalogue.getOrganisations());
        remaining.remove(removed);

        List<Violation> violations = ModelAssertions.violationsOf(() -> catalogue.withOrganisations(remaining));

        assertThat(violations).allSatisfy(v -> {
            assertThat(v.getCode()).isEqualTo("kichi.catalogue.unknownReference");
            assertThat(v.getArguments()).containsEntry("kind", "organisation");
        });
        assertThat(violations).extracting(Violation::getPath, v -> v.getArguments().get("value"))
                .containsExactlyInAnyOrderElementsOf(referencesTo(catalogue, removed.getId()));
    }
}
