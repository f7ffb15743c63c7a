package uk.gov.pfe.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.gov.pfe.RestClient;
import uk.gov.pfe.TestDatabases;

/** The production profile: no demo user, the administrator from the environment, models deployed. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "pfe.security.admin-user=ops-admin",
        "pfe.security.admin-password=a-long-test-password"})
// The engine REST API serves the engine named "default": one application context at a time.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@ActiveProfiles("postgres")
class PostgresProfileIT {

    @LocalServerPort
    private int port;

    @Autowired
    private JdbcTemplate jdbc;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.register(registry);
    }

    @Test
    void only_the_administrator_from_the_environment_can_log_in() {
        var admin = RestClient.as(port, "ops-admin", "a-long-test-password");
        assertThat(admin.get("/engine-rest/user?id=quality").json()).isEmpty();
        assertThat(RestClient.as(port, "quality").get("/engine-rest/task").status()).isEqualTo(401);
        assertThat(RestClient.as(port, "admin").get("/engine-rest/task").status()).isEqualTo(401);
        assertThat(admin.get("/engine-rest/group?member=ops-admin").json().get(0).get("id").asText())
                .isEqualTo(Groups.CAMUNDA_ADMIN);
    }

    @Test
    void the_models_are_deployed_and_the_application_is_healthy() {
        var admin = RestClient.as(port, "ops-admin", "a-long-test-password");
        var keys = admin.get("/engine-rest/process-definition?latestVersion=true").json().findValuesAsText("key");
        assertThat(keys).contains("providerFailureExit", "residentRelocation");
        assertThat(RestClient.anonymous(port).get("/actuator/health").body()).contains("\"UP\"");
    }

    @Test
    void our_own_tables_are_migrated_beside_the_engines() {
        assertThat(jdbc.queryForObject("select count(*) from pfe_case", Integer.class)).isZero();
        assertThat(jdbc.queryForList("select \"version\" from \"flyway_schema_history\" where \"success\" = true", String.class))
                .contains("1");
    }
}
