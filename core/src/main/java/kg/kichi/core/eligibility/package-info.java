/**
 * Eligibility screening: the rules a call checks and what they find for each application.
 *
 * <p>A {@link kg.kichi.core.eligibility.Rule} is one criterion as data: a {@link kg.kichi.core.eligibility.RuleType}
 * with its {@link kg.kichi.core.eligibility.RuleParameter parameters}, a {@link kg.kichi.core.eligibility.Severity}
 * and an optional lot. {@link kg.kichi.core.eligibility.EligibilityRules} gives a call's effective rule set: the rules
 * its attributes already state (derived) and its explicit ones. {@link kg.kichi.core.eligibility.Screening} screens
 * applications against it, with every fact taken from one catalogue, and gives one
 * {@link kg.kichi.core.eligibility.Verdict} per application: an {@link kg.kichi.core.eligibility.Outcome} and one
 * {@link kg.kichi.core.eligibility.RuleResult} per rule. A fact the catalogue does not state gives an unknown result,
 * never a pass or a fail.
 */
package kg.kichi.core.eligibility;
