package uk.gov.pfe.config;

import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import uk.gov.pfe.security.AccessPolicy;
import uk.gov.pfe.security.SecurityProperties;

/** One clear line at start-up: where the application is and who can log in. */
@Component
class StartupReport {

    private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

    private final Environment environment;
    private final SecurityProperties security;

    StartupReport(Environment environment, SecurityProperties security) {
        this.environment = environment;
        this.security = security;
    }

    @EventListener
    void ready(ApplicationReadyEvent event) {
        var port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        var base = "http://localhost:" + port;
        var users = security.demoUsers()
                ? "demo users " + String.join(", ", AccessPolicy.demoUsers().keySet()) + " (password = user id)"
                : "administrator '" + security.adminUser() + "' (password from PFE_ADMIN_PASSWORD)";
        log.info("Provider Failure and Exit ready [profiles {}]: Tasklist {}/camunda/app/tasklist/ | Cockpit {}/camunda/app/cockpit/"
                        + " | Admin {}/camunda/app/admin/ | REST {}/engine-rest | API {}/api | health {}/actuator/health | {}",
                Arrays.toString(environment.getActiveProfiles().length > 0
                        ? environment.getActiveProfiles() : environment.getDefaultProfiles()), base, base, base, base, base, base, users);
    }
}
