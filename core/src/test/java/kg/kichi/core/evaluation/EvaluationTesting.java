package kg.kichi.core.evaluation;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import kg.kichi.core.application.Application;
import kg.kichi.core.application.ApplicationStatus;
import kg.kichi.core.application.Partner;
import kg.kichi.core.application.PartnerRole;
import kg.kichi.core.application.Partnership;
import kg.kichi.core.application.StatusChange;
import kg.kichi.core.geo.RegionalCoverage;
import kg.kichi.core.geo.UnitRef;
import kg.kichi.core.money.Money;
import kg.kichi.core.organisation.OrganisationId;
import kg.kichi.core.text.LocalizedText;

/** Small builders for evaluation tests: a one-criterion grid whose score is the total, and plain applications. */
final class EvaluationTesting {
    private EvaluationTesting() {}

    static LocalizedText en(String text) {
        return LocalizedText.of("en", text);
    }

    static Criterion criterion(String id, String min, String max, String step, String weight) {
        return Criterion.builder().id(id).title(en(id)).scale(Scale.of(min, max, step))
                .weight(new BigDecimal(weight)).build();
    }

    /** A grid of one stage {@code s}, one section {@code main}, one criterion {@code points} 0–100: score = total. */
    static EvaluationGrid pointsGrid(int minimumReviews) {
        return EvaluationGrid.builder().minimumReviews(minimumReviews)
                .addStage(Stage.builder().id("s").title(en("Stage")).addSection(Section.builder().id("main")
                        .title(en("Main")).addCriterion(criterion("points", "0", "100", "1", "1")).build()).build())
                .build();
    }

    static Application application(String id, String requested, String unit) {
        return applicationBy(id, requested, unit, OrganisationId.local("lead-" + id));
    }

    static Application applicationBy(String id, String requested, String unit, OrganisationId lead) {
        Application.Builder b = Application.builder().id(id).call("c1").title(en("Application " + id))
                .partnership(Partnership.builder().addMember(Partner.of(lead, PartnerRole.LEAD)).build())
                .addStatusHistory(StatusChange.of(ApplicationStatus.SUBMITTED, null))
                .addStatusHistory(StatusChange.of(ApplicationStatus.ELIGIBLE, null));
        if (requested != null) {
            b.requestedAmount(Money.of(requested, "KGS"));
        }
        if (unit != null) {
            b.coverage(unit.equals("KG") ? RegionalCoverage.nationwide("KG") : RegionalCoverage.of(UnitRef.iso(unit)));
        }
        return b.build();
    }

    static Application submittedAt(Application a, String time) {
        return Application.builder().from(a).submittedAt(OffsetDateTime.parse(time)).build();
    }

    static Review review(String id, String application, String reviewer, String points) {
        return Review.builder().id(id).application(application).reviewer(reviewer).stage("s")
                .addScore(Score.of("points", points)).build();
    }

    static Reviewer reviewer(String id, OrganisationId... affiliations) {
        return Reviewer.builder().id(id).addAffiliations(affiliations).build();
    }

    static Money kgs(String amount) {
        return Money.of(amount, "KGS");
    }
}
