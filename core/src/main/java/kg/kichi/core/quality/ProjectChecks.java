package kg.kichi.core.quality;

import static kg.kichi.core.quality.Findings.args;

import java.util.List;
import java.util.Optional;
import kg.kichi.core.organisation.OrganisationId;
import kg.kichi.core.programme.DonorProgramme;
import kg.kichi.core.project.Participation;
import kg.kichi.core.project.Project;
import kg.kichi.core.quality.DocumentState.Located;
import kg.kichi.core.time.DatePeriod;
import kg.kichi.core.time.PartialDate;

/**
 * A project against its programme, at the end of its document (the programme may come after the project):
 * {@link QualityCheck#FUNDER_NOT_PARTICIPANT} and {@link QualityCheck#PROJECT_OUTSIDE_PROGRAMME_PERIOD}. A
 * project whose programme the document does not give is not looked at. Keeps nothing itself.
 */
final class ProjectChecks {
    private final Findings findings;

    ProjectChecks(Findings findings) {
        this.findings = findings;
    }

    /**
     * @param d the document, with all its programmes
     * @param p one of its projects
     * @param pointer the project's JSON Pointer, or {@code null}
     */
    void check(DocumentState d, Project p, String pointer) {
        Located<DonorProgramme> programme = p.getProgramme().map(d.programmes::get).orElse(null);
        if (programme == null) {
            return;
        }
        findings.looked(QualityCheck.FUNDER_NOT_PARTICIPANT);
        OrganisationId donor = programme.value().getDonor();
        if (p.getParticipants().stream().map(Participation::getOrganisation).noneMatch(donor::equals)) {
            findings.flag(QualityCheck.FUNDER_NOT_PARTICIPANT, () -> Finding.of(QualityCheck.FUNDER_NOT_PARTICIPANT,
                    List.of(d.subject("project", p.getId(), "participants", pointer),
                    d.subject("programme", programme.value().getId(), "donor", programme.pointer())),
                    args("project", p.getId(), "donor", donor.toString(), "programme", programme.value().getId())));
        }
        Optional<DatePeriod> outer = programme.value().getPeriod();
        Optional<DatePeriod> inner = p.getPeriod();
        if (outer.isPresent() && inner.isPresent()) {
            findings.looked(QualityCheck.PROJECT_OUTSIDE_PROGRAMME_PERIOD);
            // flagged only when certainly outside: a start of month or year precision may lie anywhere in it
            String property = null;
            if (inner.get().getStart().isPresent() && outer.get().getStart().isPresent()
                    && inner.get().getStart().get().getLastDay().isBefore(outer.get().getStart().get().getFirstDay())) {
                property = "period/start";
            } else if (inner.get().getEnd().isPresent() && outer.get().getEnd().isPresent()
                    && inner.get().getEnd().get().getFirstDay().isAfter(outer.get().getEnd().get().getLastDay())) {
                property = "period/end";
            }
            if (property != null) {
                String at = property;
                findings.flag(QualityCheck.PROJECT_OUTSIDE_PROGRAMME_PERIOD, () -> Finding.of(
                        QualityCheck.PROJECT_OUTSIDE_PROGRAMME_PERIOD,
                        List.of(d.subject("project", p.getId(), at, pointer),
                        d.subject("programme", programme.value().getId(), "period", programme.pointer())),
                        args("project", p.getId(), "period", describe(inner.get()), "programme",
                                programme.value().getId(), "programmePeriod", describe(outer.get()))));
            }
        }
    }

    /** A period as a finding shows it: {@code 2024-03 – 2025}, an unstated end as {@code …}. */
    private static String describe(DatePeriod period) {
        return period.getStart().map(PartialDate::toString).orElse("…") + " – "
                + period.getEnd().map(PartialDate::toString).orElse("…");
    }
}
