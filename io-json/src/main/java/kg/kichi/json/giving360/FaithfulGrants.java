package kg.kichi.json.giving360;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kg.kichi.core.application.Partner;
import kg.kichi.core.catalogue.Catalogue;
import kg.kichi.core.grant.Grant;
import kg.kichi.core.organisation.Organisation;
import kg.kichi.core.organisation.OrganisationId;
import kg.kichi.core.programme.DonorProgramme;
import kg.kichi.core.project.Participation;
import kg.kichi.core.project.ParticipationRole;
import kg.kichi.core.project.Project;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the grants of a catalogue that were read from 360Giving back as they were read: what the model holds
 * ({@link Faithful#render}) under the members kept as extensions. Looks the catalogue's objects up by id once.
 */
final class FaithfulGrants {
    private final Map<OrganisationId, Organisation> organisations = new HashMap<>();
    private final Map<String, Project> projects = new HashMap<>();
    private final Map<String, DonorProgramme> programmes = new HashMap<>();

    FaithfulGrants(Catalogue catalogue) {
        catalogue.getOrganisations().forEach(o -> organisations.put(o.getId(), o));
        catalogue.getProjects().forEach(p -> projects.put(p.getId(), p));
        catalogue.getProgrammes().forEach(p -> programmes.put(p.getId(), p));
    }

    /**
     * @param grant a grant read from 360Giving
     * @return the 360Giving grant
     */
    ObjectNode write(Grant grant) {
        List<Faithful.Org> recipients = new ArrayList<>();
        for (Partner member : grant.getPartnership().getMembers()) {
            recipients.add(org(member.getOrganisation()));
        }
        List<Faithful.Org> funders = new ArrayList<>();
        Faithful.Programme programme = null;
        Project project = grant.getProject().map(projects::get).orElse(null);
        if (project != null) {
            for (Participation p : project.getParticipants()) {
                if (p.getRole() == ParticipationRole.FUNDING) {
                    funders.add(org(p.getOrganisation()));
                }
            }
            DonorProgramme found = project.getProgramme().map(programmes::get).orElse(null);
            if (found != null) {
                programme = new Faithful.Programme(Faithful.keptString(found.getExtensions(), "code"),
                        Faithful.keptString(found.getExtensions(), "title"));
            }
        }
        return Faithful.write(grant, recipients, funders, programme);
    }

    private Faithful.Org org(OrganisationId id) {
        Organisation organisation = organisations.get(id);
        String kept = organisation == null ? null : Faithful.keptString(organisation.getExtensions(), "id");
        return new Faithful.Org(kept != null ? kept : id.toString(),
                organisation == null ? id.toString() : organisation.getName().resolve());
    }
}
