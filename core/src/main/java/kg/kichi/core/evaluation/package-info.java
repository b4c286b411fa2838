/**
 * Evaluation and selection: how a call's eligible applications are scored, ranked and turned into grants.
 *
 * <p>An {@link kg.kichi.core.evaluation.EvaluationGrid} has stages (concept note, full application), each with
 * sections of {@link kg.kichi.core.evaluation.Criterion criteria} scored on a {@link kg.kichi.core.evaluation.Scale}.
 * {@link kg.kichi.core.evaluation.Reviewer}s give {@link kg.kichi.core.evaluation.Review}s; a reviewer affiliated with
 * an organisation of the application has a conflict, and such reviews are reported but not counted.
 * {@link kg.kichi.core.evaluation.Scoring} aggregates the counted reviews into
 * {@link kg.kichi.core.evaluation.ApplicationScore}s, {@link kg.kichi.core.evaluation.Ranking} orders the passing
 * applications (ties broken by the policy's chain), and {@link kg.kichi.core.evaluation.Selection} walks the ranking
 * within the envelope and the {@link kg.kichi.core.evaluation.RegionalQuota regional quotas} of a
 * {@link kg.kichi.core.evaluation.SelectionPolicy}. The {@link kg.kichi.core.evaluation.SelectionResult} keeps one
 * {@link kg.kichi.core.evaluation.Decision} per application, an audit trail of {@link kg.kichi.core.evaluation.Finding}s
 * with stable codes and figures. Every type is immutable and checked when built ({@link
 * kg.kichi.core.evaluation.ValidEvaluation}).
 */
package kg.kichi.core.evaluation;
