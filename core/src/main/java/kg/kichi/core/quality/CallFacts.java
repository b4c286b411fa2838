package kg.kichi.core.quality;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import kg.kichi.core.call.CallForProposals;
import kg.kichi.core.call.Lot;
import kg.kichi.core.geo.RegionalCoverage;
import kg.kichi.core.money.Money;

/**
 * What a document says of one call: the call itself once seen, with the tallies of its grants, lots and
 * applications, which may arrive before it.
 *
 * <p>Besides the tallies, it remembers answers that every grant of the call would otherwise work out again: the
 * lots by id, the currency of the call and of each lot, and where each coverage lies relative to the call's
 * eligible area (for at most {@value #OUTSIDE_CACHE} coverages, so that a call with many distinct coverages
 * cannot grow without bound). The lookups that need the call ({@link #lot}, {@link #currency}) are asked only
 * once {@link #call} is set. Dropped with its document.
 */
final class CallFacts extends Tally {
    /** How many coverages per call keep their place relative to the call's eligible area. */
    private static final int OUTSIDE_CACHE = 1024;

    /** The call, or {@code null} while only its grants or applications have been seen. */
    CallForProposals call;
    String pointer;
    final Map<String, Tally> lots = new HashMap<>();
    long applications;
    long awardedApplications;
    /** Found once per call, not per grant: the lots by id and the currency of each lot and of the call. */
    private Map<String, Optional<Lot>> lotsById;
    private Map<String, Optional<String>> currencies;
    private Optional<String> callCurrency;
    /** Grants of a call share few coverages: where each lies is worked out once (up to a bound). */
    private final Map<RegionalCoverage, Optional<String>> outside = new HashMap<>();

    /**
     * @param coverage a grant's coverage
     * @param compute the first place of a coverage outside the call's eligible area, if any
     * @return {@code compute}'s answer, remembered for this coverage while there is room
     */
    Optional<String> outside(RegionalCoverage coverage, Function<RegionalCoverage, Optional<String>> compute) {
        Optional<String> known = outside.get(coverage);
        if (known == null) {
            known = compute.apply(coverage);
            if (outside.size() < OUTSIDE_CACHE) {
                outside.put(coverage, known);
            }
        }
        return known;
    }

    /** @return the call's lot of that id; empty when the call has none */
    Optional<Lot> lot(String id) {
        if (lotsById == null) {
            lotsById = new HashMap<>();
            call.getLots().forEach(l -> lotsById.put(l.getId(), Optional.of(l)));
        }
        return lotsById.getOrDefault(id, Optional.empty());
    }

    /** @return the currency the lot, else the call, states its amounts in; empty when it states none */
    Optional<String> currency(Optional<Lot> lot) {
        if (lot.isEmpty()) {
            if (callCurrency == null) {
                callCurrency = statedCurrency(call, lot);
            }
            return callCurrency;
        }
        if (currencies == null) {
            currencies = new HashMap<>();
        }
        return currencies.computeIfAbsent(lot.get().getId(), k -> statedCurrency(call, lot));
    }

    /** The currency every amount of a call (or its lot) is stated in, when it states one. */
    private static Optional<String> statedCurrency(CallForProposals call, Optional<Lot> lot) {
        Optional<Money> stated = lot.flatMap(Lot::getEnvelope)
                .or(() -> lot.flatMap(Lot::getGrantSize).flatMap(r -> r.getMax().or(r::getMin)))
                .or(call::getEnvelope)
                .or(() -> call.getGrantSize().flatMap(r -> r.getMax().or(r::getMin)));
        return stated.map(Money::getCurrencyCode);
    }
}
