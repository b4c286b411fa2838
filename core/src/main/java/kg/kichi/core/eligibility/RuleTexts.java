package kg.kichi.core.eligibility;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Language-neutral renderings of rule parameters, quoted as "the limit" in results and messages. */
final class RuleTexts {
    private RuleTexts() {}

    static String limit(Rule r) {
        switch (r.getType()) {
            case APPLICANT_LEGAL_FORM:
            case PARTNER_LEGAL_FORMS:
                return Rule.joinCodes(r.getForms());
            case PARTNER_KINDS:
                return Rule.joinCodes(r.getKinds());
            case APPLICANT_NON_PROFIT:
                return "non-profit";
            case APPLICANT_REGISTERED:
                return r.getMonths().map(String::valueOf).orElse("");
            case APPLICANT_SEAT:
            case COVERAGE:
                return r.getArea().map(Object::toString).orElse("");
            case APPLICANT_NOT_EXCLUDED:
                return r.getDeclaration().orElse("");
            case PARTNER_COUNT:
            case DURATION:
                return bounds(r);
            case APPLICATIONS_PER_LEAD:
                return r.getMax().map(String::valueOf).orElse("");
            case GRANT_SIZE:
                return r.getRange().map(Object::toString).orElse("");
            case CURRENCY_OF_REQUEST:
                return r.getCurrency().orElse("");
            case CO_FINANCING:
            case INDIRECT_COSTS:
                return r.getPercent().map(p -> p.toPlainString() + " %").orElse("");
            case THIRD_PARTY_CAP:
                return r.getCap().map(Object::toString).orElse("");
            case SUBMISSION_DEADLINE:
                return r.getDeadline().map(Object::toString).orElse("")
                        + r.getTimeZone().map(z -> " " + z.getId()).orElse("");
            case IMPLEMENTATION_PERIOD:
                return r.getPeriod().map(Object::toString).orElse("");
            case REQUIRED_DOCUMENTS: {
                List<String> all = new ArrayList<>(r.getDocuments());
                all.addAll(r.getDeclarations());
                return String.join(", ", all);
            }
            case ALL_OF:
            case ANY_OF:
                return r.getRules().stream().map(Rule::getId).collect(Collectors.joining(", "));
            case NOT:
                return r.getRule().map(Rule::getId).orElse("");
            default:
                throw new AssertionError(r.getType());
        }
    }

    private static String bounds(Rule r) {
        return r.getMin().map(String::valueOf).orElse("") + ".." + r.getMax().map(String::valueOf).orElse("");
    }
}
