package kg.kichi.json.internal.model;

import kg.kichi.core.application.ApplicationStatus;
import kg.kichi.core.application.PartnerRole;
import kg.kichi.core.grant.GrantStatus;
import kg.kichi.core.organisation.LegalForm;
import kg.kichi.core.project.ParticipationRole;
import kg.kichi.json.internal.codec.Codec;
import kg.kichi.json.internal.codec.Scalars;

/** The enums of the model, written as their lower-kebab codes. */
public final class Codes {
    private Codes() {}

    /** Legal forms, e.g. {@code public-foundation}. */
    public static final Codec<LegalForm> LEGAL_FORM = Scalars.enumeration(LegalForm.values(), LegalForm::getCode);
    /** Roles in a project, e.g. {@code implementing}. */
    public static final Codec<ParticipationRole> PARTICIPATION_ROLE =
            Scalars.enumeration(ParticipationRole.values(), ParticipationRole::getCode);
    /** Roles in a partnership, e.g. {@code co-applicant}. */
    public static final Codec<PartnerRole> PARTNER_ROLE = Scalars.enumeration(PartnerRole.values(),
            PartnerRole::getCode);
    /** Application statuses, e.g. {@code under-evaluation}. */
    public static final Codec<ApplicationStatus> APPLICATION_STATUS =
            Scalars.enumeration(ApplicationStatus.values(), ApplicationStatus::getCode);
    /** Aggregation methods, e.g. {@code trimmed-mean}. */
    public static final Codec<kg.kichi.core.evaluation.Aggregation> AGGREGATION = Scalars.enumeration(
            kg.kichi.core.evaluation.Aggregation.values(), kg.kichi.core.evaluation.Aggregation::getCode);
    /** Reviewers' recommendations, e.g. {@code fund}. */
    public static final Codec<kg.kichi.core.evaluation.Recommendation> RECOMMENDATION = Scalars.enumeration(
            kg.kichi.core.evaluation.Recommendation.values(), kg.kichi.core.evaluation.Recommendation::getCode);
    /** Tie-breaks, e.g. {@code requested-amount}. */
    public static final Codec<kg.kichi.core.evaluation.TieBreak> TIE_BREAK = Scalars.enumeration(
            kg.kichi.core.evaluation.TieBreak.values(), kg.kichi.core.evaluation.TieBreak::getCode);
    /** Selection rules, {@code skip} or {@code stop}. */
    public static final Codec<kg.kichi.core.evaluation.SelectionRule> SELECTION_RULE = Scalars.enumeration(
            kg.kichi.core.evaluation.SelectionRule.values(), kg.kichi.core.evaluation.SelectionRule::getCode);
    /** Selection modes, {@code select} or {@code shortlist}. */
    public static final Codec<kg.kichi.core.evaluation.SelectionMode> SELECTION_MODE = Scalars.enumeration(
            kg.kichi.core.evaluation.SelectionMode.values(), kg.kichi.core.evaluation.SelectionMode::getCode);
    /** Ranking bases, {@code total} or {@code normalised}. */
    public static final Codec<kg.kichi.core.evaluation.RankBasis> RANK_BASIS = Scalars.enumeration(
            kg.kichi.core.evaluation.RankBasis.values(), kg.kichi.core.evaluation.RankBasis::getCode);
    /** Grant statuses, e.g. {@code active}. */
    public static final Codec<GrantStatus> GRANT_STATUS = Scalars.enumeration(GrantStatus.values(),
            GrantStatus::getCode);
}
