/**
 * Calls for proposals ({@link kg.kichi.core.call.CallForProposals}): competitions a project runs to give grants to
 * third parties, possibly split into {@link kg.kichi.core.call.Lot lots}, with the figures they report after closing
 * ({@link kg.kichi.core.call.CallResults}).
 *
 * <p>Cross-field rules: the deadline is not before the announcement; every amount of a call is in one currency; no
 * grant is above the envelope; lots have distinct identifiers; selected never exceeds received. What a lot leaves
 * empty, its call decides.
 */
package kg.kichi.core.call;
