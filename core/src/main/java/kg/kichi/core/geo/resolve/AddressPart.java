package kg.kichi.core.geo.resolve;

import java.util.Objects;
import java.util.Optional;
import kg.kichi.core.geo.AdministrativeUnit;

/**
 * One part of a mention as written ("Ноокат району" of "Ош облусу, Ноокат району, Кара-Таш а/а"), with the
 * unit it was read as, or why it could not be placed. A mention of one place is an address of one part.
 * Immutable.
 */
public final class AddressPart {
    private final String text;
    private final Candidate candidate;
    private final String problem;

    AddressPart(String text, Candidate candidate, String problem) {
        this.text = Objects.requireNonNull(text, "text");
        this.candidate = candidate;
        this.problem = problem;
    }

    /** @return the part as written, separators and surrounding spaces removed */
    public String getText() {
        return text;
    }

    /**
     * The unit this part was read as: in a resolved address the unit it names within the chain; in a
     * contradictory one its own best reading, also when that reading conflicts with the other parts.
     *
     * @return the reading; empty when no unit has the name, or the part alone is ambiguous and the others do not
     *     decide it
     */
    public Optional<Candidate> getCandidate() {
        return Optional.ofNullable(candidate);
    }

    /** @return the unit this part was read as; see {@link #getCandidate()} */
    public Optional<AdministrativeUnit> getUnit() {
        return candidate == null ? Optional.empty() : Optional.of(candidate.getUnit());
    }

    /** @return whether the part was read as a unit consistent with the other parts */
    public boolean isPlaced() {
        return candidate != null && problem == null;
    }

    /**
     * @return why the part could not be placed (no unit of that name; its unit does not lie within or contain
     *     the others'); empty when placed
     */
    public Optional<String> getProblem() {
        return Optional.ofNullable(problem);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AddressPart p && text.equals(p.text) && Objects.equals(candidate, p.candidate)
                && Objects.equals(problem, p.problem);
    }

    @Override
    public int hashCode() {
        return Objects.hash(text, candidate, problem);
    }

    /** @return the text, and its unit or problem */
    @Override
    public String toString() {
        return "'" + text + "' " + (isPlaced() ? "→ " + candidate.getUnit()
                : "not placed: " + problem + (candidate == null ? "" : " (read as " + candidate.getUnit() + ")"));
    }
}
