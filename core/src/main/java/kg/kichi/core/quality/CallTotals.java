package kg.kichi.core.quality;

import static kg.kichi.core.quality.Findings.args;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import kg.kichi.core.call.CallForProposals;
import kg.kichi.core.call.Lot;
import kg.kichi.core.money.Money;

/**
 * A call's totals against what it states, at the end of its document, when all its grants and applications have
 * been counted: {@link QualityCheck#GRANTS_OVER_ENVELOPE} and {@link QualityCheck#GRANTS_OVER_PLANNED} (for the
 * call and for each of its lots), {@link QualityCheck#RESULTS_RECEIVED_BELOW_PRESENT} and
 * {@link QualityCheck#RESULTS_SELECTED_BELOW_PRESENT}.
 *
 * <p>Works from the {@link CallFacts} tallies only (grants are not kept). Grants in a currency other than an
 * envelope's are not converted: they are left out of its sum and named as a count. Keeps nothing itself.
 */
final class CallTotals {
    private final Findings findings;

    CallTotals(Findings findings) {
        this.findings = findings;
    }

    /**
     * @param d the document
     * @param facts a call the document gave ({@link CallFacts#call} set), with its tallies complete
     */
    void check(DocumentState d, CallFacts facts) {
        CallForProposals call = facts.call;
        String id = call.getId();
        if (call.getEnvelope().isPresent()) {
            overEnvelope(d.subject("call", id, "envelope", facts.pointer), "call " + id, call.getEnvelope().get(),
                    facts);
        }
        if (call.getPlannedGrants().isPresent()) {
            overPlanned(d.subject("call", id, "plannedGrants", facts.pointer), "call " + id,
                    call.getPlannedGrants().get(), facts.grants);
        }
        for (int i = 0; i < call.getLots().size(); i++) {
            Lot lot = call.getLots().get(i);
            Tally tally = facts.lots.getOrDefault(lot.getId(), new Tally());
            String lotId = id + "/" + lot.getId();
            if (lot.getEnvelope().isPresent()) {
                overEnvelope(d.subject("lot", lotId, "lots/" + i + "/envelope", facts.pointer), "lot " + lotId,
                        lot.getEnvelope().get(), tally);
            }
            if (lot.getPlannedGrants().isPresent()) {
                overPlanned(d.subject("lot", lotId, "lots/" + i + "/plannedGrants", facts.pointer), "lot " + lotId,
                        lot.getPlannedGrants().get(), tally.grants);
            }
        }
        if (call.getResults().isPresent()) {
            Optional<Integer> received = call.getResults().get().getApplicationsReceived();
            if (received.isPresent()) {
                findings.looked(QualityCheck.RESULTS_RECEIVED_BELOW_PRESENT);
                if (facts.applications > received.get()) {
                    findings.flag(QualityCheck.RESULTS_RECEIVED_BELOW_PRESENT, () -> Finding.of(
                            QualityCheck.RESULTS_RECEIVED_BELOW_PRESENT,
                            List.of(d.subject("call", id, "results/applicationsReceived", facts.pointer)),
                            args("call", id, "reported", received.get().toString(),
                                    "present", String.valueOf(facts.applications))));
                }
            }
            Optional<Integer> selected = call.getResults().get().getApplicationsSelected();
            if (selected.isPresent()) {
                findings.looked(QualityCheck.RESULTS_SELECTED_BELOW_PRESENT);
                // a document may list the selected applications, their grants, or both
                long present = Math.max(facts.grants, facts.awardedApplications);
                if (present > selected.get()) {
                    findings.flag(QualityCheck.RESULTS_SELECTED_BELOW_PRESENT, () -> Finding.of(
                            QualityCheck.RESULTS_SELECTED_BELOW_PRESENT,
                            List.of(d.subject("call", id, "results/applicationsSelected", facts.pointer)),
                            args("call", id, "reported", selected.get().toString(),
                                    "grants", String.valueOf(facts.grants),
                                    "awarded", String.valueOf(facts.awardedApplications))));
                }
            }
        }
    }

    private void overEnvelope(Subject subject, String id, Money envelope, Tally tally) {
        findings.looked(QualityCheck.GRANTS_OVER_ENVELOPE);
        BigDecimal sum = tally.sums.get(envelope.getCurrencyCode());
        if (sum != null && sum.compareTo(envelope.getAmount()) > 0) {
            Money total = Money.of(sum, envelope.getCurrencyCode());
            long others = tally.sums.keySet().stream().filter(c -> !c.equals(envelope.getCurrencyCode())).count();
            findings.flag(QualityCheck.GRANTS_OVER_ENVELOPE, () -> Finding.of(QualityCheck.GRANTS_OVER_ENVELOPE,
                    List.of(subject), args("object", id, "total", total.toString(),
                    "envelope", envelope.toString(), "otherCurrencies", String.valueOf(others))));
        }
    }

    private void overPlanned(Subject subject, String id, int planned, long grants) {
        findings.looked(QualityCheck.GRANTS_OVER_PLANNED);
        if (grants > planned) {
            findings.flag(QualityCheck.GRANTS_OVER_PLANNED, () -> Finding.of(QualityCheck.GRANTS_OVER_PLANNED,
                    List.of(subject), args("object", id,
                    "grants", String.valueOf(grants), "planned", String.valueOf(planned))));
        }
    }
}
