package kg.kichi.core.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import kg.kichi.core.money.Money;
import org.junit.jupiter.api.Test;

class QualityReportTextTest {
    @Test
    void showsEachFlaggingCheckWithCountsShareAndPointersThenTheChecksThatPassed() {
        Scenario s = new Scenario();
        s.projects.set(0, s.project().withBudget(Money.of("0", "EUR")));
        String text = QualityReportText.render(s.run(), Locale.ENGLISH);
        assertThat(text).startsWith("1 document(s), 24 checks; objects flagged: 1 by warnings, 0 by info checks\n\n"
                + "WARNING  zero-amount (money): Zero amounts\n"
                + "  looked at 2, flagged 1 (50.0%)\n"
                + "  - doc.json /projects/0/budget: project proj: budget is EUR 0\n\n");
        assertThat(text).contains("ok  INFO  title-too-long (grants): Titles over 140 characters — looked at 1, flagged 0 (0.0%)\n");
        assertThat(text).contains("ok  WARNING  id-with-several-names (identity): One organisation id under names that do"
                + " not match — looked at 0, flagged 0 (–)\n");
    }

    @Test
    void speaksRussian() {
        Scenario s = new Scenario();
        s.projects.set(0, s.project().withBudget(Money.of("0", "EUR")));
        String text = QualityReportText.render(s.run(), Locale.forLanguageTag("ru"));
        assertThat(text).contains("ПРЕДУПРЕЖДЕНИЕ  zero-amount (money): Нулевые суммы\n"
                + "  проверено 2, отмечено 1 (50.0%)\n"
                + "  - doc.json /projects/0/budget: проект proj: бюджет равно EUR 0\n");
    }
}
