package uk.gov.pfe;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Drives processes through /engine-rest as Tasklist and other tools do: waits for a task (the job
 * executor runs the asynchronous steps in between), completes it with form values, fires timers.
 */
public final class EngineRestDriver {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    private final int port;

    public EngineRestDriver(int port) {
        this.port = port;
    }

    /** Completes the task (waiting for it to appear) as this user with these form values; 204 expected. */
    public void complete(String user, String instanceId, String taskKey, Map<String, Object> values) {
        var taskId = taskId(instanceId, taskKey);
        var variables = new HashMap<String, Object>();
        values.forEach((k, v) -> variables.put(k, Map.of("value", v)));
        try {
            var response = RestClient.as(port, user).post("/engine-rest/task/" + taskId + "/complete",
                    JSON.writeValueAsString(Map.of("variables", variables)));
            assertThat(response.status()).as("%s completes %s: %s", user, taskKey, response.body()).isEqualTo(204);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** The id of the open task, once it is there. */
    public String taskId(String instanceId, String taskKey) {
        return waitFor(() -> firstId(admin().get("/engine-rest/task?processInstanceId=" + instanceId
                + "&taskDefinitionKey=" + taskKey)));
    }

    /** Fires the timer of this activity now (as the administrator would from Cockpit). */
    public void fireTimer(String instanceId, String activityId) {
        var job = waitFor(() -> firstId(admin().get("/engine-rest/job?processInstanceId=" + instanceId
                + "&activityId=" + activityId + "&timers=true")));
        assertThat(admin().post("/engine-rest/job/" + job + "/execute", "").status()).isEqualTo(204);
    }

    /** The id of the first process instance with this business key, once it exists. */
    public String instanceByBusinessKey(String businessKey) {
        return waitFor(() -> firstId(admin().get("/engine-rest/process-instance?businessKey=" + businessKey)));
    }

    public static String firstId(RestClient.Response response) {
        var json = response.json();
        return json.isEmpty() ? null : json.get(0).get("id").asText();
    }

    public static String waitFor(Supplier<String> probe) {
        var deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            var value = probe.get();
            if (value != null) {
                return value;
            }
            pause();
        }
        throw new AssertionError("Timed out waiting (did an asynchronous step fail?)");
    }

    public static void waitUntil(BooleanSupplier condition) {
        waitFor(() -> condition.getAsBoolean() ? "yes" : null);
    }

    private RestClient admin() {
        return RestClient.as(port, "admin");
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
