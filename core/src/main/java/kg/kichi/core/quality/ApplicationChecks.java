package kg.kichi.core.quality;

import static kg.kichi.core.quality.Findings.args;

import java.util.List;
import kg.kichi.core.application.ApplicationStatus;
import kg.kichi.core.quality.DocumentState.ApplicationFacts;

/**
 * {@link QualityCheck#AWARDED_APPLICATION_WITHOUT_GRANT}: at the end of a document, when all its grants have
 * named their applications, each awarded application that no grant names. (The converse, a grant on an
 * application not awarded, is a grant check: {@link GrantChecks}.) Keeps nothing itself.
 */
final class ApplicationChecks {
    private final Findings findings;

    ApplicationChecks(Findings findings) {
        this.findings = findings;
    }

    /** @param d the document, all of it read */
    void check(DocumentState d) {
        for (ApplicationFacts a : d.applications.values()) {
            if (a.status() == ApplicationStatus.AWARDED) {
                findings.looked(QualityCheck.AWARDED_APPLICATION_WITHOUT_GRANT);
                if (!d.grantedApplications.contains(a.id())) {
                    findings.flag(QualityCheck.AWARDED_APPLICATION_WITHOUT_GRANT, () -> Finding.of(
                            QualityCheck.AWARDED_APPLICATION_WITHOUT_GRANT,
                            List.of(d.subject("application", a.id(), "", a.pointer())), args("application", a.id())));
                }
            }
        }
    }
}
