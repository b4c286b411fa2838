package kg.kichi.core.evaluation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.StringJoiner;
import kg.kichi.core.geo.UnitRef;
import kg.kichi.core.money.Money;

/**
 * The audit trail of one application: its outcome, rank, reserve position, figures and every reason, each a
 * {@link Finding} with a stable code and its figures, renderable in English, Russian and Kyrgyz.
 */
public final class Decision {
    private final String application;
    private final Outcome outcome;
    private final ScoreStatus status;
    private final Integer rank;
    private final Integer reservePosition;
    private final BigDecimal total;
    private final Money requested;
    private final Money amount;
    private final UnitRef region;
    private final Finding regionNote;
    private final List<Finding> reasons;

    @SuppressWarnings("checkstyle:ParameterNumber")
    Decision(String application, Outcome outcome, ScoreStatus status, Integer rank, Integer reservePosition,
            BigDecimal total, Money requested, Money amount, UnitRef region, Finding regionNote,
            List<Finding> reasons) {
        this.application = application;
        this.outcome = outcome;
        this.status = status;
        this.rank = rank;
        this.reservePosition = reservePosition;
        this.total = total;
        this.requested = requested;
        this.amount = amount;
        this.region = region;
        this.regionNote = regionNote;
        this.reasons = List.copyOf(reasons);
    }

    /** @return the application's identifier */
    public String getApplication() {
        return application;
    }

    /** @return the outcome */
    public Outcome getOutcome() {
        return outcome;
    }

    /** @return the score status: passed, below threshold or incomplete */
    public ScoreStatus getStatus() {
        return status;
    }

    /** @return the rank, for a passing application */
    public Optional<Integer> getRank() {
        return Optional.ofNullable(rank);
    }

    /** @return the position on the reserve list, from 1, for a reserve */
    public Optional<Integer> getReservePosition() {
        return Optional.ofNullable(reservePosition);
    }

    /** @return the total, when scored */
    public Optional<BigDecimal> getTotal() {
        return Optional.ofNullable(total);
    }

    /** @return the amount requested, when stated */
    public Optional<Money> getRequested() {
        return Optional.ofNullable(requested);
    }

    /** @return the amount decided, for a selected application (below the request only with partial funding) */
    public Optional<Money> getAmount() {
        return Optional.ofNullable(amount);
    }

    /** @return the first-level unit the application counts toward, when the policy has quotas and there is one */
    public Optional<UnitRef> getRegion() {
        return Optional.ofNullable(region);
    }

    /** @return why the application counts toward no regional quota, when the policy has quotas */
    public Optional<Finding> getRegionNote() {
        return Optional.ofNullable(regionNote);
    }

    /** @return the reasons, the deciding one first */
    public List<Finding> getReasons() {
        return reasons;
    }

    /**
     * The decision as one sentence: the outcome, then every reason.
     *
     * @param locale the language: en, ru or ky
     * @return e.g. {@code "selected: rank 1, 42.000000 points: KGS 500000 of KGS 1500000 left"}
     */
    public String getMessage(Locale locale) {
        StringJoiner out = new StringJoiner("; ");
        reasons.forEach(r -> out.add(r.getMessage(locale)));
        if (regionNote != null) {
            out.add(regionNote.getMessage(locale));
        }
        String label = Finding.of("kichi.selection.outcome." + outcome.getCode(), "position",
                reservePosition == null ? "" : reservePosition).getMessage(locale);
        return label + ": " + out;
    }

    @Override
    public String toString() {
        return application + " " + outcome.getCode() + (rank == null ? "" : " #" + rank);
    }
}
