package uk.gov.pfe.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.gov.pfe.EngineRestDriver;
import uk.gov.pfe.IntegrationTestBase;
import uk.gov.pfe.market.Provider;
import uk.gov.pfe.market.ProviderRegister;
import uk.gov.pfe.process.CqcRating;
import uk.gov.pfe.process.ServiceType;

/**
 * A case driven from outside, the way other tools and Tasklist do it: opened through our API, every
 * task completed through /engine-rest by the team it belongs to with values its form allows, the
 * job executor running the asynchronous steps, until the case is closed and its report written.
 */
class CaseLifecycleIT extends IntegrationTestBase {

    @Autowired
    private ProviderRegister providers;

    private String provider;

    @BeforeEach
    void aProviderWithTwoResidentsAndAFreeBedElsewhere() {
        provider = "IT-" + System.nanoTime() % 1_000_000;
        providers.save(new Provider(provider, "Synthetic Court Nursing Home", ServiceType.CARE_HOME_NURSING,
                CqcRating.INADEQUATE, 60, "AB1 2CD", 52.6, -1.1, "Test City Council", false));
        var jdbc = new org.springframework.jdbc.core.JdbcTemplate(dataSource);
        for (var person : new String[] {"A", "B"}) {
            jdbc.update("insert into pfe_person (person_id, provider_id, nhs_number, given_name, family_name, date_of_birth, "
                    + "funding_type, funding_authority) values (?, ?, '9434765919', 'Test', 'Person', DATE '1938-05-01', "
                    + "'OTHER_AUTHORITY', 'Neighbouring County Council')", provider + "-" + person, provider);
        }
        providers.save(new Provider(provider + "-NEW", "Synthetic Harbour Nursing Home", ServiceType.CARE_HOME_NURSING,
                CqcRating.GOOD, 50, "AB1 3CD", 52.61, -1.12, "Test City Council", false));
        jdbc.update("insert into pfe_vacancy (provider_id, bed_type, vacancies, as_of) values (?, 'NURSING', 2, DATE '2026-11-20')",
                provider + "-NEW");
    }

    @Autowired
    private javax.sql.DataSource dataSource;

    @Test
    void a_provider_failure_is_driven_from_opening_to_closure_through_the_rest_api() throws Exception {
        var opened = as("quality").post("/api/cases", "{\"providerId\":\"" + provider + "\",\"trigger\":\"PROVIDER_EXIT_NOTICE\","
                + "\"concernSummary\":\"Provider gave 60 days notice\"}");
        assertThat(opened.status()).isEqualTo(201);
        var reference = opened.json().get("caseReference").asText();
        var instanceId = opened.json().get("processInstanceId").asText();
        assertThat(reference).matches("PFE-\\d{4}-\\d{4}");

        completeTask("quality", instanceId, "Task_AssessConcern", Map.of("cqcRating", "INADEQUATE", "peopleAffected", 2,
                "staffingShortfallPercent", 0, "safeguardingConcernsOpen", 0, "daysUntilServiceEnds", 60));
        completeTask("commissioning", instanceId, "Task_ConveneProviderGroup", Map.of(
                "groupMeetingAt", "2026-11-23T09:00:00Z", "actionPlanSummary", "Plan the moves"));
        completeTask("safeguarding", instanceId, "Task_AssessSafeguardingRisk", Map.of("safeguardingRisk", "LOW"));
        completeTask("commissioning", instanceId, "Task_AgreeCommunications", Map.of(
                "communicationsAudiences", "[\"PEOPLE\",\"FAMILIES\"]", "keyMessages", "Everyone will be supported to move"));
        completeTask("commissioning", instanceId, "Task_DecideProviderFuture", Map.of("decision", "RELOCATE",
                "section48Applies", false, "section48Reason", "Planned exit, not business failure",
                "decisionRationale", "Provider leaving the market"));

        // person A goes through every step of the relocation
        var childA = new EngineRestDriver(port).instanceByBusinessKey(reference + "/" + provider + "-A");
        completeTask("socialwork", childA, "Task_ReviewNeedsAndWishes", Map.of("mentalCapacity", "HAS_CAPACITY",
                "safeguardingRisk", "LOW", "nursingNeed", true, "familyInformed", true));
        var agreeTask = taskId(childA, "Task_AgreeNewPlacement");
        var options = as("placement").get("/engine-rest/task/" + agreeTask
                + "/variables/placementOptions?deserializeValue=false").json().get("value").asText();
        var chosen = new com.fasterxml.jackson.databind.ObjectMapper().readTree(options).get(0).get("value").asText();
        completeTask("placement", childA, "Task_AgreeNewPlacement", Map.of("chosenPlacement", chosen, "familyAgreed", true));
        completeTask("placement", childA, "Task_ArrangeMove", Map.of("movingDate", "2026-12-14T10:00:00Z",
                "moveChecklist", "[\"CARE_PLAN_SENT\",\"MEDICAL_RECORDS_SENT\"]"));
        fireTimer(childA, "TimerEvent_SeventyTwoHoursAfterMove");
        completeTask("socialwork", childA, "Task_ReviewAfter72Hours", Map.of("settlingIn", "WELL", "reviewNotes", "Fine"));
        fireTimer(childA, "TimerEvent_TwentyEightDaysAfterMove");
        completeTask("socialwork", childA, "Task_ReviewAfter28Days", Map.of("settlingIn", "WELL", "reviewNotes", "Settled"));
        // person B leaves the service (own arrangements)
        var left = as("placement").post("/engine-rest/message", "{\"messageName\":\"PersonLeftService\",\"businessKey\":\""
                + reference + "/" + provider + "-B\",\"processVariables\":{\"leftReason\":{\"value\":\"OWN_ARRANGEMENTS\"}}}");
        assertThat(left.status()).as(left.body()).isIn(200, 204);
        completeTask("commissioning", instanceId, "Task_CloseCase", Map.of("debriefHeldOn", "2027-01-10",
                "lessonsLearned", "Start reviews on the day notice arrives"));

        waitFor(() -> as("auditor").get("/engine-rest/history/process-instance?processInstanceId=" + instanceId)
                .json().get(0).get("state").asText().equals("COMPLETED") ? "done" : null);
        var view = as("manager").get("/api/cases/" + reference).json();
        assertThat(view.get("record").get("decision").asText()).isEqualTo("RELOCATE");
        assertThat(view.get("record").get("closedAt").isNull()).isFalse();
        var report = as("commissioning").get("/api/cases/" + reference + "/report");
        assertThat(report.status()).isEqualTo(200);
        assertThat(report.body()).contains("People in relocation: 2", "Neighbouring County Council",
                "Start reviews on the day notice arrives", "Decide the provider's future (commissioning)",
                "Assess the concern (quality)");
        assertThat(as("commissioning").get("/api/cases/" + reference + "/report?format=html").contentType())
                .startsWith("text/html");

        // an auditor replays the closed case from the engine's history, and checks it against its seal
        var timeline = as("auditor").get("/api/audit/cases/" + reference);
        assertThat(timeline.status()).isEqualTo(200);
        var events = timeline.json().get("events");
        assertThat(events.findValuesAsText("element")).contains("Task_CloseCase", "decision", "Task_AgreeNewPlacement");
        assertThat(events.toString()).contains("RELOCATE").contains("\"user\":\"commissioning\"");
        assertThat(as("auditor").get("/api/audit/cases/" + reference + "?format=csv").body())
                .startsWith("time,processInstanceId,businessKey,type,element,detail,user").contains("Task_SealCaseRecord");
        // ... and sees the case as it stood just before the decision was taken: before anyone was relocated
        java.time.Instant decided = null;
        for (var e : events) {
            if (e.get("type").asText().equals("VARIABLE_SET") && e.get("element").asText().equals("decision")
                    && e.get("processInstanceId").asText().equals(instanceId)) {
                decided = java.time.OffsetDateTime.parse(e.get("time").asText()).toInstant();
            }
        }
        assertThat(decided).isNotNull();
        var then = as("auditor").get("/api/audit/cases/" + reference + "/replay?at=" + decided.minusMillis(1));
        assertThat(then.status()).as(then.body()).isEqualTo(200);
        var thenInstances = then.json().get("instances");
        assertThat(thenInstances.findValuesAsText("businessKey")).doesNotContain(reference + "/" + provider + "-A");
        var caseThen = thenInstances.get(0);
        assertThat(caseThen.get("businessKey").asText()).isEqualTo(reference);
        assertThat(caseThen.get("state").asText()).isEqualTo("RUNNING");
        assertThat(caseThen.get("openTasks").findValuesAsText("taskDefinitionKey")).contains("Task_DecideProviderFuture");
        assertThat(caseThen.get("activeSteps").findValuesAsText("activityId")).contains("Task_DecideProviderFuture");
        assertThat(caseThen.get("variables").has("decision")).isFalse();
        assertThat(caseThen.get("variables").get("cqcRating").asText()).isEqualTo("INADEQUATE");
        var now = as("auditor").get("/api/audit/cases/" + reference + "/replay").json().get("instances");
        assertThat(now.get(0).get("state").asText()).isEqualTo("ENDED");
        assertThat(now.get(0).get("openTasks")).isEmpty();
        assertThat(now.get(0).get("variables").get("decision").asText()).isEqualTo("RELOCATE");
        assertThat(now.findValuesAsText("businessKey")).contains(reference + "/" + provider + "-A", reference + "/" + provider + "-B");
        assertThat(as("auditor").get("/api/audit/cases/" + reference + "/replay?at=yesterday").status()).isEqualTo(400);
        assertThat(as("socialwork").get("/api/audit/cases/" + reference + "/replay").status()).isEqualTo(403);

        waitFor(() -> as("auditor").get("/api/audit/cases/" + reference + "/verify").json().get("sealed").asBoolean() ? "y" : null);
        var verified = as("auditor").get("/api/audit/cases/" + reference + "/verify").json();
        assertThat(verified.get("intact").asBoolean()).as(verified.toString()).isTrue();
        assertThat(verified.get("sealedEvents").asInt()).isEqualTo(verified.get("eventsNow").asInt()).isGreaterThan(50);

        jdbc().update("update ACT_HI_DETAIL set TEXT_ = 'STABILISE' where NAME_ = 'decision' and PROC_INST_ID_ = ?", instanceId);
        var tampered = as("auditor").get("/api/audit/cases/" + reference + "/verify").json();
        assertThat(tampered.get("intact").asBoolean()).isFalse();
        assertThat(tampered.get("firstDifference").asInt()).isPositive();

        assertThat(as("placement").get("/api/audit/cases/" + reference).status()).isEqualTo(403);
        assertThat(as("auditor").get("/api/audit/cases/PFE-1999-0001").status()).isEqualTo(404);
    }

    @Test
    void an_open_case_is_not_sealed_yet() {
        var opened = as("quality").post("/api/cases", "{\"providerId\":\"" + provider + "\",\"trigger\":\"QUALITY_CONCERN\"}");
        var reference = opened.json().get("caseReference").asText();
        var verified = as("manager").get("/api/audit/cases/" + reference + "/verify").json();
        assertThat(verified.get("sealed").asBoolean()).isFalse();
        assertThat(verified.get("intact").asBoolean()).isFalse();
        assertThat(as("manager").get("/api/audit/cases/" + reference).json().get("events")).isNotEmpty();
    }

    private org.springframework.jdbc.core.JdbcTemplate jdbc() {
        return new org.springframework.jdbc.core.JdbcTemplate(dataSource);
    }

    @Test
    void a_task_completed_without_a_required_field_is_refused_naming_the_field_and_stays_open() {
        var opened = as("commissioning").post("/api/cases", "{\"providerId\":\"" + provider + "\",\"trigger\":\"QUALITY_CONCERN\"}");
        var instanceId = opened.json().get("processInstanceId").asText();
        var taskId = taskId(instanceId, "Task_AssessConcern");

        var refused = as("quality").post("/engine-rest/task/" + taskId + "/complete", "{\"variables\":{"
                + "\"cqcRating\":{\"value\":\"GOOD\"},\"staffingShortfallPercent\":{\"value\":0},"
                + "\"safeguardingConcernsOpen\":{\"value\":0}}}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("peopleAffected").contains("required");
        assertThat(as("admin").get("/engine-rest/task/" + taskId).status()).isEqualTo(200);

        var wrong = as("quality").post("/engine-rest/task/" + taskId + "/submit-form", "{\"variables\":{"
                + "\"cqcRating\":{\"value\":\"EXCELLENT\"},\"peopleAffected\":{\"value\":-3},"
                + "\"staffingShortfallPercent\":{\"value\":0},\"safeguardingConcernsOpen\":{\"value\":0}}}");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.body()).contains("cqcRating").contains("peopleAffected").contains("at least 0");
        assertThat(as("admin").get("/engine-rest/task/" + taskId).status()).isEqualTo(200);
    }

    @Test
    void starting_a_case_through_engine_rest_without_what_the_start_form_requires_is_a_bad_request() {
        var refused = as("quality").post("/engine-rest/process-definition/key/providerFailureExit/start",
                "{\"businessKey\":\"PFE-2026-7001\",\"variables\":{\"providerId\":{\"value\":\"" + provider + "\"}}}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("trigger").contains("required");
        assertThat(refused.json().get("code").asInt()).isEqualTo(uk.gov.pfe.process.Refusals.INPUT_REFUSED);
        assertThat(as("manager").get("/api/cases/PFE-2026-7001").status()).isEqualTo(404);
        assertThat(as("admin").get("/engine-rest/process-instance?businessKey=PFE-2026-7001").json()).isEmpty();

        var started = as("quality").post("/engine-rest/process-definition/key/providerFailureExit/start",
                "{\"businessKey\":\"PFE-2026-7001\",\"variables\":{\"providerId\":{\"value\":\"" + provider + "\"},"
                + "\"trigger\":{\"value\":\"QUALITY_CONCERN\"}}}");
        assertThat(started.status()).isEqualTo(200);

        var broken = as("admin").post("/engine-rest/process-definition/key/noSuchProcess/start", "{}");
        assertThat(broken.status()).as("other engine failures keep Camunda's own status").isEqualTo(404);
    }

    @Test
    void opening_a_case_checks_every_field_and_who_asks() {
        var unknown = as("quality").post("/api/cases", "{\"providerId\":\"NO-SUCH\",\"trigger\":\"NOT_A_TRIGGER\"}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(unknown.json().get("errors").toString()).contains("NO-SUCH", "NOT_A_TRIGGER");

        assertThat(as("quality").post("/api/cases", "{\"providerId\":\"" + provider + "\",\"trigger\":\"QUALITY_CONCERN\","
                + "\"caseReference\":\"CASE-1\"}").status()).isEqualTo(400);
        assertThat(as("quality").post("/api/cases", "").status()).isEqualTo(400);
        var refused = as("placement").post("/api/cases", "{\"providerId\":\"" + provider + "\",\"trigger\":\"QUALITY_CONCERN\"}");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");

        var given = as("senior").post("/api/cases", "{\"providerId\":\"" + provider + "\",\"trigger\":\"INSOLVENCY\","
                + "\"caseReference\":\"PFE-2026-9876\"}");
        assertThat(given.status()).isEqualTo(201);
        assertThat(given.json().get("caseReference").asText()).isEqualTo("PFE-2026-9876");
        assertThat(as("senior").post("/api/cases", "{\"providerId\":\"" + provider + "\",\"trigger\":\"INSOLVENCY\","
                + "\"caseReference\":\"PFE-2026-9876\"}").status()).isEqualTo(409);
        assertThat(as("manager").get("/api/cases/PFE-2026-0000").status()).isEqualTo(404);
    }

    @Test
    void a_concern_raised_by_message_through_rest_opens_a_case() {
        var response = as("quality").post("/engine-rest/message", "{\"messageName\":\"ProviderConcernRaised\","
                + "\"businessKey\":\"PFE-2026-5555\",\"processVariables\":{\"providerId\":{\"value\":\"" + provider + "\"},"
                + "\"trigger\":{\"value\":\"SAFEGUARDING_CONCERN\"}},\"resultEnabled\":true}");
        assertThat(response.status()).isEqualTo(200);
        assertThat(as("manager").get("/api/cases/PFE-2026-5555").json().get("record").get("trigger").asText())
                .isEqualTo("SAFEGUARDING_CONCERN");
        assertThat(as("placement").post("/engine-rest/message", "{\"messageName\":\"ProviderConcernRaised\","
                + "\"businessKey\":\"PFE-2026-5556\",\"processVariables\":{\"providerId\":{\"value\":\"" + provider + "\"}}}")
                .status()).isEqualTo(403);
    }

    // ---- helpers ----

    private void completeTask(String user, String instanceId, String taskKey, Map<String, Object> values) {
        new EngineRestDriver(port).complete(user, instanceId, taskKey, values);
    }

    private void fireTimer(String instanceId, String activityId) {
        new EngineRestDriver(port).fireTimer(instanceId, activityId);
    }

    private String taskId(String instanceId, String taskKey) {
        return new EngineRestDriver(port).taskId(instanceId, taskKey);
    }

    private static String waitFor(java.util.function.Supplier<String> probe) {
        return EngineRestDriver.waitFor(probe);
    }
}
