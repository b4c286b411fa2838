/**
 * Screening many applications against a call's rules, beside the same checks hand-written as plain predicates.
 */
package kg.kichi.benchmarks.eligibility;
