package uk.gov.pfe.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import uk.gov.pfe.EngineRestDriver;
import uk.gov.pfe.IntegrationTestBase;
import uk.gov.pfe.market.Provider;
import uk.gov.pfe.market.ProviderRegister;
import uk.gov.pfe.process.CqcRating;
import uk.gov.pfe.process.ProcessKeys;
import uk.gov.pfe.process.ServiceType;
import uk.gov.pfe.residents.NhsNumber;

/**
 * The benchmark of the relocation fan-out ({@code mvn -Pbenchmark verify}; add {@code -Ppostgres} for
 * PostgreSQL; sizes with {@code -Dpfe.bench.people=250,1000}). In one run on one engine and database it
 * times, for N people:
 * <ul>
 * <li>the bare-engine baseline: a parallel multi-instance call activity starting N children that wait at
 * a user task, all in the caller's transaction (the cheapest fan-out the engine can do);</li>
 * <li>ours: from the decision RELOCATE to every person's relocation waiting at its first review task,
 * through the batches, the asynchronous multi-instance, loading each person and the review-team decision.</li>
 * </ul>
 * and reports the ratio ours / baseline. It asserts correctness (everyone started, no incident), never
 * a time: times depend on the machine; the ratio is what to compare between versions.
 */
@TestPropertySource(properties = "pfe.demo.data=false")
class RelocationFanOutBenchmark extends IntegrationTestBase {

    private static final long PATIENCE_MS = 600_000;

    @Autowired
    private RepositoryService repository;

    @Autowired
    private RuntimeService runtime;

    @Autowired
    private TaskService tasks;

    @Autowired
    private ManagementService management;

    @Autowired
    private ProviderRegister providers;

    @Autowired
    private DataSource dataSource;

    @Test
    void fan_out_of_a_relocation_against_the_bare_engine() throws Exception {
        var jdbc = new JdbcTemplate(dataSource);
        var postgres = jdbc.getDataSource().getConnection().getMetaData().getDatabaseProductName().contains("PostgreSQL");
        deployBaseline();
        var sizes = Arrays.stream(System.getProperty("pfe.bench.people", "250,1000").split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).map(Integer::valueOf).toList();

        baseline(20);                                  // warm-up: class loading, caches, statement plans
        ours(jdbc, 20, postgres);

        var rows = new ArrayList<String>();
        for (int people : sizes) {
            var baselineRuns = List.of(baseline(people), baseline(people), baseline(people));
            long baselineMs = baselineRuns.stream().sorted().toList().get(1);
            long oursMs = ours(jdbc, people, postgres);
            rows.add(String.format("| %d | %d | %d | %.1f |", people, baselineMs, oursMs, (double) oursMs / Math.max(1, baselineMs)));
        }

        var report = new StringBuilder("# Relocation fan-out benchmark\n\n")
                .append("Database: ").append(postgres ? "PostgreSQL" : "H2").append(", ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores. Baseline: median of 3 runs.\n\n")
                .append("| people | bare engine fan-out (ms) | decision to every review task ready (ms) | ratio |\n")
                .append("| ---: | ---: | ---: | ---: |\n");
        rows.forEach(r -> report.append(r).append('\n'));
        var out = Path.of("target", "benchmark", "relocation-fan-out.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println("\n" + report);
    }

    /** A process like ours stripped to the engine: N children started in one transaction, each waiting at a task. */
    private void deployBaseline() {
        var child = Bpmn.createExecutableProcess("benchBaselineChild").camundaHistoryTimeToLive(1)
                .startEvent().userTask("Task_Wait").endEvent().done();
        var parent = Bpmn.createExecutableProcess("benchBaselineParent").camundaHistoryTimeToLive(1)
                .startEvent().callActivity("CallActivity_Children").calledElement("benchBaselineChild")
                .multiInstance().parallel().camundaCollection("${people}").camundaElementVariable("personId").multiInstanceDone()
                .endEvent().done();
        repository.createDeployment().name("benchmark baseline").addModelInstance("bench-baseline-child.bpmn", child)
                .addModelInstance("bench-baseline-parent.bpmn", parent).deploy();
    }

    private long baseline(int people) {
        var ids = IntStream.range(0, people).mapToObj(i -> "B" + i).toList();
        long start = System.nanoTime();
        var instance = runtime.startProcessInstanceByKey("benchBaselineParent", Map.of("people", ids));
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertThat(runtime.createProcessInstanceQuery().superProcessInstanceId(instance.getId()).count()).isEqualTo(people);
        runtime.deleteProcessInstance(instance.getId(), "benchmark", true, true);
        return ms;
    }

    private long ours(JdbcTemplate jdbc, int people, boolean postgres) {
        var home = "BENCH-" + people + "-" + System.nanoTime() % 1_000_000;
        providers.save(new Provider(home, "Synthetic Bench Court", ServiceType.CARE_HOME_RESIDENTIAL, CqcRating.GOOD, people + 10,
                null, 52.6, -1.1, "Test City Council", false));
        var rows = new ArrayList<Object[]>();
        for (int i = 1; i <= people; i++) {
            rows.add(new Object[] {home + "-" + i, home, NhsNumber.withCheckDigit(600_000_000L + i * 13L)});
        }
        jdbc.batchUpdate("insert into pfe_person (person_id, provider_id, nhs_number, given_name, family_name, date_of_birth, "
                + "funding_type) values (?, ?, ?, 'Bench', 'Person', DATE '1944-04-04', 'COUNCIL')", rows);
        if (postgres) {
            jdbc.execute("analyze");                   // untimed: fresh tables plan badly until analysed
        }
        var driver = new EngineRestDriver(port);
        var opened = as("coordinator").post("/api/cases", "{\"providerId\":\"" + home + "\",\"trigger\":\"INSOLVENCY\"}");
        var caseId = opened.json().get("processInstanceId").asText();
        driver.complete("coordinator", caseId, "Task_AssessConcern", Map.of("cqcRating", "GOOD", "peopleAffected", people,
                "staffingShortfallPercent", 0, "safeguardingConcernsOpen", 0));
        driver.complete("coordinator", caseId, "Task_ConveneProviderGroup", Map.of("groupMeetingAt", "2026-11-23T09:00:00Z",
                "actionPlanSummary", "Benchmark"));
        driver.complete("coordinator", caseId, "Task_AssessSafeguardingRisk", Map.of("safeguardingRisk", "LOW"));
        driver.complete("coordinator", caseId, "Task_AgreeCommunications", Map.of("communicationsAudiences", "[\"PEOPLE\"]",
                "keyMessages", "Benchmark"));
        var decideId = EngineRestDriver.waitFor(() -> {
            var task = tasks.createTaskQuery().processInstanceId(caseId).taskDefinitionKey("Task_DecideProviderFuture").singleResult();
            return task == null ? null : task.getId();
        });

        long start = System.nanoTime();
        tasks.complete(decideId, Map.of("decision", "RELOCATE", "section48Applies", true,
                "section48Reason", "Administrator appointed, service not continuing", "decisionRationale", "Benchmark"));
        var deadline = System.currentTimeMillis() + PATIENCE_MS;
        while (tasks.createTaskQuery().processDefinitionKey(ProcessKeys.RESIDENT_RELOCATION).taskDefinitionKey("Task_ReviewNeedsAndWishes")
                .processInstanceBusinessKeyLike(opened.json().get("caseReference").asText() + "/%").count() < people) {
            assertThat(System.currentTimeMillis()).as("every relocation ready within the patience").isLessThan(deadline);
            sleep();
        }
        long ms = (System.nanoTime() - start) / 1_000_000;

        assertThat(runtime.createIncidentQuery().count()).isZero();
        assertThat(management.createJobQuery().withException().count()).isZero();
        runtime.deleteProcessInstance(caseId, "benchmark", true, true);
        return ms;
    }

    private static void sleep() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
