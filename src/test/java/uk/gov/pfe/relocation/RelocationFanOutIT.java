package uk.gov.pfe.relocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.gov.pfe.EngineRestDriver;
import uk.gov.pfe.IntegrationTestBase;
import uk.gov.pfe.market.Provider;
import uk.gov.pfe.market.ProviderRegister;
import uk.gov.pfe.process.CqcRating;
import uk.gov.pfe.process.ServiceType;
import uk.gov.pfe.residents.NhsNumber;

/**
 * 120 relocations ending at the same moment (8 callers at once) with the job executor running:
 * the case collects every one of them without a failed job or an incident.
 */
class RelocationFanOutIT extends IntegrationTestBase {

    private static final int PEOPLE = 120;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private ProviderRegister providers;

    @Autowired
    private ManagementService management;

    @Autowired
    private org.camunda.bpm.engine.RuntimeService runtime;

    @Test
    void relocations_ending_together_never_fail_the_case() throws Exception {
        var home = "FAN-" + System.nanoTime() % 100000;
        providers.save(new Provider(home, "Synthetic Fan Court", ServiceType.CARE_HOME_RESIDENTIAL, CqcRating.GOOD, 150,
                null, 52.6, -1.1, "Test City Council", false));
        var rows = new ArrayList<Object[]>();
        for (int i = 1; i <= PEOPLE; i++) {
            rows.add(new Object[] {home + "-" + i, home, NhsNumber.withCheckDigit(700_000_000L + i * 17L)});
        }
        jdbc.batchUpdate("insert into pfe_person (person_id, provider_id, nhs_number, given_name, family_name, date_of_birth, "
                + "funding_type) values (?, ?, ?, 'Test', 'Person', DATE '1944-04-04', 'COUNCIL')", rows);

        var driver = new EngineRestDriver(port);
        var opened = as("coordinator").post("/api/cases", "{\"providerId\":\"" + home + "\",\"trigger\":\"INSOLVENCY\"}");
        var reference = opened.json().get("caseReference").asText();
        var caseId = opened.json().get("processInstanceId").asText();
        driver.complete("coordinator", caseId, "Task_AssessConcern", Map.of("cqcRating", "GOOD", "peopleAffected", PEOPLE,
                "staffingShortfallPercent", 0, "safeguardingConcernsOpen", 0));
        driver.complete("coordinator", caseId, "Task_ConveneProviderGroup", Map.of("groupMeetingAt", "2026-11-23T09:00:00Z", "actionPlanSummary", "x"));
        driver.complete("coordinator", caseId, "Task_AssessSafeguardingRisk", Map.of("safeguardingRisk", "LOW"));
        driver.complete("coordinator", caseId, "Task_AgreeCommunications", Map.of("communicationsAudiences", "[\"PEOPLE\"]", "keyMessages", "x"));
        driver.complete("coordinator", caseId, "Task_DecideProviderFuture", Map.of("decision", "RELOCATE", "section48Applies", true,
                "section48Reason", "Administrator appointed, service not continuing", "decisionRationale", "Insolvency"));

        EngineRestDriver.waitUntil(() -> as("admin").get("/engine-rest/process-instance/count?superProcessInstance=" + caseId)
                .json().get("count").asInt() == PEOPLE);

        var pool = Executors.newFixedThreadPool(8);
        var results = new ArrayList<Future<Integer>>();
        for (int i = 1; i <= PEOPLE; i++) {
            var key = reference + "/" + home + "-" + i;
            results.add(pool.submit(() -> as("coordinator").post("/engine-rest/message",
                    "{\"messageName\":\"PersonLeftService\",\"businessKey\":\"" + key + "\","
                            + "\"processVariables\":{\"leftReason\":{\"value\":\"OWN_ARRANGEMENTS\"}}}").status()));
        }
        for (var result : results) {
            assertThat(result.get(60, TimeUnit.SECONDS)).isIn(200, 204);
        }
        pool.shutdown();

        EngineRestDriver.waitUntil(() -> !as("admin").get("/engine-rest/task?processInstanceId=" + caseId + "&taskDefinitionKey=Task_CloseCase")
                .json().isEmpty());
        assertThat(runtime.createIncidentQuery().processInstanceId(caseId).count()).isZero();
        assertThat(management.createJobQuery().processInstanceId(caseId).withException().count()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from pfe_person where provider_id = ? and status = 'LEFT'",
                Integer.class, home)).isEqualTo(PEOPLE);
    }
}
