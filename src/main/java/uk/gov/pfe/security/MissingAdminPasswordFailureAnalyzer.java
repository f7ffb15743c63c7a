package uk.gov.pfe.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a missing admin password into Spring Boot's short "APPLICATION FAILED TO START" report. */
class MissingAdminPasswordFailureAnalyzer extends AbstractFailureAnalyzer<MissingAdminPasswordException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MissingAdminPasswordException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Set the environment variable PFE_ADMIN_PASSWORD to the password of the administrator "
                        + "(user PFE_ADMIN_USER, default 'admin'), or run the demo profile for a local trial.",
                cause);
    }
}
