package kg.kichi.core.quality;

import static kg.kichi.core.quality.Findings.args;

import java.util.List;
import java.util.Map;
import kg.kichi.core.money.Money;

/**
 * {@link QualityCheck#ZERO_AMOUNT}: the amounts of a programme, project or call on their own (a budget, an
 * envelope, a largest grant size). An object with any amount counts once as looked at, and is flagged at most
 * once: at its first amount of zero. Keeps nothing between objects.
 */
final class ZeroAmountCheck {
    private final Findings findings;

    ZeroAmountCheck(Findings findings) {
        this.findings = findings;
    }

    /**
     * @param self the object
     * @param amounts its amounts by property path, in the order to report them; empty when it states none
     */
    void check(Subject self, Map<String, Money> amounts) {
        if (amounts.isEmpty()) {
            return;
        }
        findings.looked(QualityCheck.ZERO_AMOUNT);
        for (Map.Entry<String, Money> e : amounts.entrySet()) {
            if (e.getValue().getAmount().signum() == 0) {
                findings.flag(QualityCheck.ZERO_AMOUNT, () -> Finding.of(QualityCheck.ZERO_AMOUNT,
                        List.of(at(self, e.getKey())),
                        args("object", self.getKind() + " " + self.getId(), "property", e.getKey().replace('/', '.'),
                                "amount", e.getValue().toString())));
                return;
            }
        }
    }

    private static Subject at(Subject self, String property) {
        return Subject.of(self.getKind(), self.getId(), property,
                self.getPointer().orElse(null), self.getDocument().orElse(null));
    }
}
