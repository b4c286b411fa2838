package kg.kichi.core.eligibility;

import static kg.kichi.core.eligibility.Checks.fail;
import static kg.kichi.core.eligibility.Checks.pass;
import static kg.kichi.core.eligibility.Checks.unknown;

import java.util.ArrayList;
import java.util.List;
import kg.kichi.core.application.Application;

/**
 * The check of the {@linkplain RuleCategory#DOCUMENTS documents} category: required documents and declarations
 * present. An application stating neither documents nor declarations is unknown, not failing: its source may list
 * none.
 */
final class DocumentChecks {
    private DocumentChecks() {}

    static RuleResult documents(Rule rule, Facts f) {
        Application a = f.application;
        if (a.getDocuments().isEmpty() && a.getDeclarations().isEmpty()) {
            return unknown(rule, null, "documents", List.of("documents", "declarations"));
        }
        if (a.getDocuments().containsAll(rule.getDocuments()) && a.getDeclarations().containsAll(rule.getDeclarations())) {
            return pass(rule, null, "documents");
        }
        List<String> lacking = new ArrayList<>();
        boolean lackingDocument = false;
        for (String d : rule.getDocuments()) {
            if (!a.getDocuments().contains(d)) {
                lacking.add(d);
                lackingDocument = true;
            }
        }
        for (String d : rule.getDeclarations()) {
            if (!a.getDeclarations().contains(d)) {
                lacking.add(d);
            }
        }
        return fail(rule, String.join(", ", lacking), lackingDocument ? "documents" : "declarations");
    }
}
