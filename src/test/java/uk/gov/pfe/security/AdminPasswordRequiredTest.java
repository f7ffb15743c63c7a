package uk.gov.pfe.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import uk.gov.pfe.PfeApplication;

class AdminPasswordRequiredTest {

    @Test
    void the_postgres_profile_refuses_to_start_without_an_admin_password() {
        var failure = catchThrowable(() -> new SpringApplicationBuilder(PfeApplication.class)
                .profiles("postgres")
                .properties("pfe.security.admin-password=", "server.port=0",
                        "spring.datasource.url=jdbc:h2:mem:no-password",
                        "camunda.bpm.generate-unique-process-engine-name=true")
                .run());

        assertThat(failure).hasRootCauseInstanceOf(MissingAdminPasswordException.class);
        var analysis = new MissingAdminPasswordFailureAnalyzer().analyze(failure);
        assertThat(analysis.getDescription()).contains("PFE_ADMIN_PASSWORD is not set");
        assertThat(analysis.getAction()).contains("PFE_ADMIN_PASSWORD");
    }

    @Test
    void the_demo_needs_no_admin_password() {
        var policy = new SecurityProperties("admin", "", true);
        assertThat(new AccessPolicyApplier(policy)).isNotNull();
    }
}
