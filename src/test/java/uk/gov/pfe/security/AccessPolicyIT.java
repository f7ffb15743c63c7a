package uk.gov.pfe.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.gov.pfe.IntegrationTestBase;
import uk.gov.pfe.RestClient;
import uk.gov.pfe.process.ProcessKeys;

/** The declared access policy, seen from outside through the engine REST API and our API. */
class AccessPolicyIT extends IntegrationTestBase {

    @Autowired
    private ProcessEngine engine;

    private String caseInstanceId;
    private String assessTaskId;
    private String placementTaskId;

    @BeforeEach
    void aCaseAndAPersonWaitingForTwoTeams() {
        var admin = as("admin");
        var started = admin.post("/engine-rest/process-definition/key/" + ProcessKeys.PROVIDER_FAILURE_EXIT + "/start",
                caseStart("PFE-2026-0" + (100 + (int) (Math.random() * 899))));
        assertThat(started.status()).isEqualTo(200);
        caseInstanceId = started.json().get("id").asText();
        assessTaskId = singleTaskId(admin.get("/engine-rest/task?processInstanceId=" + caseInstanceId).json());

        // a person of the demo city whose review is done waits for the placement service
        var person = admin.post("/engine-rest/process-definition/key/" + ProcessKeys.RESIDENT_RELOCATION + "/start",
                "{\"businessKey\":\"PFE-2026-0001/DEMO-R01-P001\",\"variables\":{\"personId\":{\"value\":\"DEMO-R01-P001\"},"
                        + "\"caseReference\":{\"value\":\"PFE-2026-0001\"},\"escalationLevel\":{\"value\":\"PROVIDER_FAILURE\"}}}");
        assertThat(person.status()).as(person.body()).isEqualTo(200);
        var personInstanceId = person.json().get("id").asText();
        var review = singleTaskId(admin.get("/engine-rest/task?processInstanceId=" + personInstanceId).json());
        assertThat(as("socialwork").post("/engine-rest/task/" + review + "/complete", "{\"variables\":{"
                + "\"mentalCapacity\":{\"value\":\"HAS_CAPACITY\"},\"safeguardingRisk\":{\"value\":\"LOW\"}}}").status())
                .isEqualTo(204);
        placementTaskId = null;
        for (int i = 0; i < 150 && placementTaskId == null; i++) {
            var tasks = admin.get("/engine-rest/task?processInstanceId=" + personInstanceId).json();
            placementTaskId = tasks.isEmpty() ? null : tasks.get(0).get("id").asText();
            if (placementTaskId == null) {
                sleep();
            }
        }
        assertThat(placementTaskId).as("placement task after the asynchronous proposal").isNotNull();
    }

    @Test
    void the_engine_rest_api_refuses_a_caller_without_credentials() {
        assertThat(anonymous().get("/engine-rest/task").status()).isEqualTo(401);
        assertThat(RestClient.as(port, "nobody", "nothing").get("/engine-rest/task").status()).isEqualTo(401);
    }

    @Test
    void the_placement_service_sees_its_own_tasks_and_no_others() {
        var response = as("placement").get("/engine-rest/task");

        assertThat(response.status()).isEqualTo(200);
        var ids = ids(response.json());
        assertThat(ids).contains(placementTaskId).doesNotContain(assessTaskId);
        for (var id : ids) {
            var links = as("admin").get("/engine-rest/task/" + id + "/identity-links?type=candidate").json();
            var groups = new ArrayList<String>();
            links.forEach(link -> groups.add(link.path("groupId").asText()));
            assertThat(groups).as("candidate groups of task %s", id).contains(Groups.PLACEMENT_SERVICE);
        }
    }

    @Test
    void a_team_can_work_its_own_task_but_not_another_teams() {
        assertThat(as("placement").post("/engine-rest/task/" + assessTaskId + "/complete", "{}").status()).isEqualTo(403);
        assertThat(as("admin").get("/engine-rest/task/" + assessTaskId).status()).isEqualTo(200);
    }

    @Test
    void an_auditor_reads_history_but_cannot_complete_a_task() {
        var auditor = as("auditor");

        var complete = auditor.post("/engine-rest/task/" + placementTaskId + "/complete", "{}");
        assertThat(complete.status()).isEqualTo(403);
        assertThat(complete.body()).doesNotContain("\tat ", ".java:");
        assertThat(as("admin").get("/engine-rest/task/" + placementTaskId).status()).isEqualTo(200);

        var history = auditor.get("/engine-rest/history/process-instance?processInstanceId=" + caseInstanceId);
        assertThat(history.status()).isEqualTo(200);
        assertThat(ids(history.json())).containsExactly(caseInstanceId);
        assertThat(auditor.get("/engine-rest/task").json()).isEmpty();
    }

    @Test
    void a_manager_reads_process_instances_but_cannot_start_or_change_one() {
        var manager = as("manager");

        var instances = manager.get("/engine-rest/process-instance?processInstanceIds=" + caseInstanceId);
        assertThat(instances.status()).isEqualTo(200);
        assertThat(ids(instances.json())).containsExactly(caseInstanceId);

        assertThat(manager.post("/engine-rest/process-definition/key/" + ProcessKeys.PROVIDER_FAILURE_EXIT + "/start",
                caseStart("PFE-2026-7700")).status()).isEqualTo(403);
        assertThat(manager.post("/engine-rest/process-instance/" + caseInstanceId + "/modification",
                "{\"instructions\":[{\"type\":\"cancel\",\"activityId\":\"Task_AssessConcern\"}]}").status()).isEqualTo(403);
        assertThat(manager.put("/engine-rest/process-instance/" + caseInstanceId + "/variables/decision",
                "{\"value\":\"RELOCATE\",\"type\":\"String\"}").status()).isEqualTo(403);
        assertThat(manager.delete("/engine-rest/process-instance/" + caseInstanceId).status()).isEqualTo(403);
        assertThat(as("admin").get("/engine-rest/process-instance/" + caseInstanceId).status()).isEqualTo(200);
    }

    @Test
    void only_the_contracts_teams_may_start_a_case() {
        for (var user : List.of("quality", "commissioning", "senior")) {
            assertThat(as(user).post("/engine-rest/process-definition/key/" + ProcessKeys.PROVIDER_FAILURE_EXIT + "/start",
                    caseStart("PFE-2026-9" + user.length() + "00")).status()).as(user).isEqualTo(200);
        }
        for (var user : List.of("placement", "safeguarding", "socialwork", "chc", "auditor")) {
            assertThat(as(user).post("/engine-rest/process-definition/key/" + ProcessKeys.PROVIDER_FAILURE_EXIT + "/start",
                    caseStart("PFE-2026-8" + user.length() + "00")).status()).as(user).isEqualTo(403);
        }
    }

    @Test
    void our_api_needs_login_and_answers_with_a_problem() {
        var refused = anonymous().get("/api/me");
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("status").asInt()).isEqualTo(401);

        // (a user whose password was wrong is held back a few seconds by the engine: not one the other tests use)
        assertThat(RestClient.as(port, "chc", "wrong-password").get("/api/me").status()).isEqualTo(401);

        var me = as("coordinator").get("/api/me");
        assertThat(me.status()).isEqualTo(200);
        var groups = new ArrayList<String>();
        me.json().get("groups").forEach(g -> groups.add(g.asText()));
        assertThat(groups).containsExactlyInAnyOrderElementsOf(Groups.OPERATIONAL);
    }

    @Test
    void errors_carry_no_stack_trace() {
        var missing = as("admin").get("/engine-rest/task/no-such-task");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body()).doesNotContain("\tat ", ".java:", "Exception:");

        var unknown = as("admin").get("/api/no-such-endpoint");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(unknown.body()).doesNotContain("\tat ", ".java:");
    }

    @Test
    void the_webapps_need_login() {
        var api = "/camunda/api/engine/engine/" + engine.getName();
        assertThat(anonymous().get(api + "/task").status()).isEqualTo(401);
        assertThat(anonymous().get(api + "/process-definition").status()).isEqualTo(401);
        assertThat(anonymous().get(api + "/history/process-instance").status()).isEqualTo(401);
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String caseStart(String reference) {
        return "{\"businessKey\":\"" + reference + "\",\"variables\":{\"providerId\":{\"value\":\"ANY-PROVIDER\"},"
                + "\"trigger\":{\"value\":\"QUALITY_CONCERN\"}}}";
    }

    private static List<String> ids(JsonNode array) {
        var ids = new ArrayList<String>();
        array.forEach(node -> ids.add(node.get("id").asText()));
        return ids;
    }

    private static String singleTaskId(JsonNode tasks) {
        assertThat(tasks).hasSize(1);
        return tasks.get(0).get("id").asText();
    }
}
