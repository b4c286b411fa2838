package kg.kichi.core.evaluation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import kg.kichi.core.internal.Constraints;
import kg.kichi.core.internal.Repeats;

/**
 * The cross-field rules of the evaluation types, each with its own code. One constraint for the package: each
 * type's rules are a few lines, and one validator keeps them side by side.
 *
 * <ul>
 *   <li>criterion: weight above zero ({@code kichi.evaluation.weight}); minimum within the scale
 *       ({@code kichi.evaluation.minimumOffScale}); not-applicable score on the scale
 *       ({@code kichi.evaluation.offScale});
 *   <li>section, stage: minimum not negative and within reach ({@code kichi.evaluation.unreachable}); no
 *       identifier twice ({@code kichi.evaluation.duplicateId});
 *   <li>grid: no stage twice; divergence threshold above zero ({@code kichi.evaluation.divergence});
 *   <li>score: points or not applicable, exactly one ({@code kichi.evaluation.scoreOrNotApplicable});
 *   <li>review: no criterion twice ({@code kichi.evaluation.duplicateScore});
 *   <li>quota: maximum above zero and not below the minimum ({@code kichi.evaluation.quotaOrder});
 *   <li>policy: no tie-break twice ({@code kichi.evaluation.duplicateTieBreak}); a lottery needs a seed
 *       ({@code kichi.evaluation.lotterySeed}); no unit with two quotas ({@code kichi.evaluation.duplicateQuota});
 *       partial-funding floor in (0, 100] ({@code kichi.evaluation.floor}); shortlist factor above zero
 *       ({@code kichi.evaluation.shortlistFactor}).
 * </ul>
 */
@Documented
@Constraint(validatedBy = ValidEvaluation.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidEvaluation {
    /** @return the default message key; each rule reports its own */
    String message() default "{kichi.evaluation.duplicateId}";

    /** @return the validation groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};

    /** Checks {@link ValidEvaluation}. */
    final class Validator implements ConstraintValidator<ValidEvaluation, Object> {
        private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

        @Override
        public boolean isValid(Object object, ConstraintValidatorContext context) {
            if (object == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            if (object instanceof AbstractCriterion c) {
                return criterion(c, context);
            } else if (object instanceof AbstractSection s) {
                return section(s, context);
            } else if (object instanceof AbstractStage s) {
                return stage(s, context);
            } else if (object instanceof AbstractEvaluationGrid g) {
                return grid(g, context);
            } else if (object instanceof AbstractScore s) {
                return s.isNotApplicable() == s.getPoints().isPresent()
                        ? Constraints.report(context, "kichi.evaluation.scoreOrNotApplicable", "points") : true;
            } else if (object instanceof AbstractReview r) {
                return review(r, context);
            } else if (object instanceof AbstractRegionalQuota q) {
                return q.getMax().isPresent() && (q.getMax().get() < q.getMin() || q.getMax().get() <= 0)
                        ? Constraints.report(context, "kichi.evaluation.quotaOrder", "max",
                                Map.of("value", q.getMax().get(), "min", q.getMin()))
                        : true;
            } else if (object instanceof AbstractSelectionPolicy p) {
                return policy(p, context);
            }
            return true;
        }

        private static boolean criterion(AbstractCriterion c, ConstraintValidatorContext context) {
            boolean valid = true;
            if (c.getWeight() != null && c.getWeight().signum() <= 0) {
                valid = Constraints.report(context, "kichi.evaluation.weight", "weight",
                        Map.of("value", c.getWeight().toPlainString()));
            }
            Scale scale = c.getScale();
            if (scale == null) {
                return valid;
            }
            if (c.getMinimum().isPresent()) {
                BigDecimal min = c.getMinimum().get();
                if (min.compareTo(scale.getMin()) < 0 || min.compareTo(scale.getMax()) > 0) {
                    valid = Constraints.report(context, "kichi.evaluation.minimumOffScale", "minimum",
                            Map.of("value", min.toPlainString(), "scale", scale.toString()));
                }
            }
            if (c.getNotApplicableScore().isPresent() && !scale.contains(c.getNotApplicableScore().get())) {
                valid = Constraints.report(context, "kichi.evaluation.offScale", "notApplicableScore",
                        Map.of("value", c.getNotApplicableScore().get().toPlainString(), "scale", scale.toString()));
            }
            return valid;
        }

        private static boolean section(AbstractSection s, ConstraintValidatorContext context) {
            boolean valid = true;
            List<Criterion> criteria = s.getCriteria();
            Repeats<String> ids = new Repeats<>(criteria.size());
            for (int i = 0; i < criteria.size(); i++) {
                if (criteria.get(i) != null && ids.repeated(criteria.get(i).getId())) {
                    valid = duplicate(context, "criteria[" + i + "].id", criteria.get(i).getId());
                }
            }
            if (s.getMinimum().isPresent() && criteria.stream().allMatch(c -> c != null)) {
                valid &= reachable(context, s.getMinimum().get(), s.getMaxPoints());
            }
            return valid;
        }

        private static boolean stage(AbstractStage s, ConstraintValidatorContext context) {
            boolean valid = true;
            List<Section> sections = s.getSections();
            Repeats<String> sectionIds = new Repeats<>(sections.size());
            int criteria = 0;
            for (Section section : sections) {
                criteria += section == null ? 0 : section.getCriteria().size();
            }
            Repeats<String> criterionIds = new Repeats<>(criteria); // sized for every criterion: it does not grow
            for (int i = 0; i < sections.size(); i++) {
                Section section = sections.get(i);
                if (section == null) {
                    return valid; // reported by the element constraint; no total to check
                }
                if (sectionIds.repeated(section.getId())) {
                    valid = duplicate(context, "sections[" + i + "].id", section.getId());
                }
                for (int j = 0; j < section.getCriteria().size(); j++) {
                    String id = section.getCriteria().get(j).getId();
                    if (criterionIds.repeated(id)) {
                        valid = duplicate(context, "sections[" + i + "].criteria[" + j + "].id", id);
                    }
                }
            }
            if (s.getMinimum().isPresent()) {
                valid &= reachable(context, s.getMinimum().get(), s.getMaxPoints());
            }
            return valid;
        }

        private static boolean grid(AbstractEvaluationGrid g, ConstraintValidatorContext context) {
            boolean valid = true;
            List<Stage> stages = g.getStages();
            Repeats<String> ids = new Repeats<>(stages.size());
            for (int i = 0; i < stages.size(); i++) {
                if (stages.get(i) != null && ids.repeated(stages.get(i).getId())) {
                    valid = duplicate(context, "stages[" + i + "].id", stages.get(i).getId());
                }
            }
            if (g.getDivergenceThreshold().isPresent() && g.getDivergenceThreshold().get().signum() <= 0) {
                valid = Constraints.report(context, "kichi.evaluation.divergence", "divergenceThreshold",
                        Map.of("value", g.getDivergenceThreshold().get().toPlainString()));
            }
            return valid;
        }

        private static boolean review(AbstractReview r, ConstraintValidatorContext context) {
            boolean valid = true;
            List<Score> scores = r.getScores();
            Repeats<String> ids = new Repeats<>(scores.size());
            for (int i = 0; i < scores.size(); i++) {
                if (scores.get(i) != null && ids.repeated(scores.get(i).getCriterion())) {
                    valid = Constraints.report(context, "kichi.evaluation.duplicateScore",
                            "scores[" + i + "].criterion", Map.of("value", scores.get(i).getCriterion()));
                }
            }
            return valid;
        }

        private static boolean policy(AbstractSelectionPolicy p, ConstraintValidatorContext context) {
            boolean valid = true;
            List<TieBreak> tieBreaks = p.getTieBreaks();
            for (int i = 0; i < tieBreaks.size(); i++) {
                if (tieBreaks.get(i) != null && tieBreaks.indexOf(tieBreaks.get(i)) < i) {
                    valid = Constraints.report(context, "kichi.evaluation.duplicateTieBreak", "tieBreaks[" + i + "]",
                            Map.of("value", tieBreaks.get(i).getCode()));
                }
            }
            if (tieBreaks.contains(TieBreak.LOTTERY)
                    && (p.getLotterySeed().isEmpty() || p.getLotterySeed().get().isEmpty())) {
                valid = Constraints.report(context, "kichi.evaluation.lotterySeed", "lotterySeed");
            }
            List<RegionalQuota> quotas = p.getQuotas();
            Repeats<Object> units = new Repeats<>(quotas.size());
            for (int i = 0; i < quotas.size(); i++) {
                if (quotas.get(i) != null && units.repeated(quotas.get(i).getUnit())) {
                    valid = Constraints.report(context, "kichi.evaluation.duplicateQuota", "quotas[" + i + "].unit",
                            Map.of("value", quotas.get(i).getUnit().toString()));
                }
            }
            if (p.getPartialFundingFloor().isPresent()) {
                BigDecimal floor = p.getPartialFundingFloor().get();
                if (floor.signum() <= 0 || floor.compareTo(HUNDRED) > 0) {
                    valid = Constraints.report(context, "kichi.evaluation.floor", "partialFundingFloor",
                            Map.of("value", floor.toPlainString()));
                }
            }
            if (p.getShortlistFactor() != null && p.getShortlistFactor().signum() <= 0) {
                valid = Constraints.report(context, "kichi.evaluation.shortlistFactor", "shortlistFactor",
                        Map.of("value", p.getShortlistFactor().toPlainString()));
            }
            return valid;
        }

        private static boolean duplicate(ConstraintValidatorContext context, String path, String id) {
            return Constraints.report(context, "kichi.evaluation.duplicateId", path, Map.of("value", id));
        }

        private static boolean reachable(ConstraintValidatorContext context, BigDecimal minimum, BigDecimal max) {
            if (minimum.signum() < 0 || minimum.compareTo(max) > 0) {
                return Constraints.report(context, "kichi.evaluation.unreachable", "minimum",
                        Map.of("value", minimum.toPlainString(), "max", max.toPlainString()));
            }
            return true;
        }
    }
}
