package uk.gov.pfe.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestExecutionListeners;
import uk.gov.pfe.TestDatabases;
import uk.gov.pfe.market.Provider;
import uk.gov.pfe.market.ProviderRegister;

/**
 * Process tests drive the real deployed models with the application's real delegates, on a fresh
 * in-memory database, with the job executor off: timers and async steps run when the test says so.
 * Each test class measures the coverage of its own process and fails the build below 95 %.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK,
        properties = {"camunda.bpm.job-execution.enabled=false", "pfe.demo.data=false"})
@ActiveProfiles("demo")
@Import(ProcessEngineCoverageConfiguration.class)
@TestExecutionListeners(listeners = ProcessEngineCoverageTestExecutionListener.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
public abstract class ProcessTestBase {

    @Autowired
    protected ProcessEngine engine;

    @Autowired
    protected JdbcTemplate jdbc;

    @Autowired
    protected ProviderRegister providers;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.register(registry);
    }

    @BeforeEach
    void initAssertions() {
        init(engine);
    }

    @AfterEach
    void clearAuthentication() {
        engine.getIdentityService().clearAuthentication();
    }

    protected void provider(String id, ServiceType type, CqcRating rating, int capacity) {
        providers.save(new Provider(id, "Test provider " + id, type, rating, capacity, "AB1 2CD", 52.6, -1.1,
                "Test City Council", false));
    }

    /** A person at a provider; funder may be null. Synthetic, no real data. */
    protected void person(String personId, String providerId, FundingType funding, String funder) {
        jdbc.update("insert into pfe_person (person_id, provider_id, nhs_number, given_name, family_name, date_of_birth, "
                        + "funding_type, funding_authority) values (?, ?, '9434765919', 'Test', 'Person', DATE '1940-01-01', ?, ?)",
                personId, providerId, funding.name(), funder);
    }

    protected List<Task> tasksOf(ProcessInstance instance) {
        return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).list();
    }

    protected Task task(ProcessInstance instance, String taskDefinitionKey) {
        return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(taskDefinitionKey).singleResult();
    }

    protected void complete(ProcessInstance instance, String taskDefinitionKey, Map<String, Object> values) {
        var task = task(instance, taskDefinitionKey);
        if (task == null) {
            throw new AssertionError("No open task " + taskDefinitionKey + " in " + instance.getBusinessKey()
                    + "; open: " + tasksOf(instance).stream().map(Task::getTaskDefinitionKey).toList());
        }
        engine.getTaskService().complete(task.getId(), values);
    }

    /** Runs the asynchronous continuations waiting now, once (not the jobs they create). */
    protected void runAsyncJobsOnce(ProcessInstance instance) {
        engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).executable().list()
                .stream().filter(j -> !isTimer(j))
                .forEach(j -> engine.getManagementService().executeJob(j.getId()));
    }

    /** Runs every job of the instance that is due now or is an async continuation, until none is left. */
    protected void runAsyncJobs(ProcessInstance instance) {
        for (int round = 0; round < 50; round++) {
            var jobs = engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                    .executable().list().stream().filter(j -> !isTimer(j)).toList();
            if (jobs.isEmpty()) {
                return;
            }
            jobs.forEach(j -> engine.getManagementService().executeJob(j.getId()));
        }
        throw new AssertionError("Async jobs keep appearing in " + instance.getBusinessKey());
    }

    /** The timer of this activity (boundary or catch event), fired now whatever its due date. */
    protected void fireTimer(ProcessInstance instance, String activityId) {
        var timer = engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                .activityId(activityId).timers().singleResult();
        if (timer == null) {
            throw new AssertionError("No timer at " + activityId + " in " + instance.getBusinessKey());
        }
        engine.getManagementService().executeJob(timer.getId());
    }

    protected Job timer(ProcessInstance instance, String activityId) {
        return engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                .activityId(activityId).timers().singleResult();
    }

    protected static boolean isTimer(Job job) {
        return job instanceof org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;
    }
}
