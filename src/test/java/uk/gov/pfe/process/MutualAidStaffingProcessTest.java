package uk.gov.pfe.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import uk.gov.pfe.security.Groups;

/** Mutual-aid staffing: partner pools first, agency only with approval, reviewed daily until stable. */
class MutualAidStaffingProcessTest extends ProcessTestBase {

    @TestConfiguration
    static class Coverage {
        @Bean
        @Primary
        ProcessEngineCoverageProperties mutualAidCoverage() {
            return ProcessEngineCoverageProperties.Companion.builder()
                    .excludeProcessDefinitionKeys(ProcessKeys.PROVIDER_FAILURE_EXIT, ProcessKeys.RESIDENT_RELOCATION)
                    .assertClassCoverageAtLeast(0.95)
                    .build();
        }
    }

    private static int count = 0;
    private String caseReference;
    private String provider;

    @BeforeEach
    void aProviderAndPartnerPools() {
        count++;
        caseReference = "PFE-2026-7" + String.format("%03d", count);
        provider = "MA-" + count;
        provider(provider, ServiceType.CARE_HOME_NURSING, CqcRating.GOOD, 40);
        jdbc.update("delete from pfe_staff_allocation");
        jdbc.update("delete from pfe_staff_pool");
        pool("BANK-N", "NHS_BANK", "REGISTERED_NURSE", 2, 0);
        pool("BANK-C", "NHS_BANK", "CARE_WORKER", 3, 0);
        pool("PARTNER-C", "PARTNER_PROVIDER", "CARE_WORKER", 2, 0);
        pool("RETAINER-C", "HOME_CARE_RETAINER", "CARE_WORKER", 50, 0);
        pool("AGENCY-N", "AGENCY", "REGISTERED_NURSE", 10, 450);
        pool("AGENCY-C", "AGENCY", "CARE_WORKER", 10, 220);
    }

    @Test
    void partner_staff_cover_the_need_and_are_released_once_staffing_is_stable() {
        var instance = start();
        assertThat(instance).task("Task_DefineStaffingNeed").hasCandidateGroup(Groups.COMMISSIONING);
        complete(instance, "Task_DefineStaffingNeed", need(2, 4));
        runAsyncJobs(instance);

        assertThat(instance).isWaitingAt("TimerEvent_DailyReviewDue").hasNotPassed("Task_ApproveAgencySpend");
        assertThat(held("NHS_BANK")).isEqualTo(5);
        assertThat(held("PARTNER_PROVIDER")).isEqualTo(1);
        assertThat(held("HOME_CARE_RETAINER")).as("the retainer contract is for home care only").isZero();

        fireTimer(instance, "TimerEvent_DailyReviewDue");
        complete(instance, "Task_ReviewStaffing", Map.of("staffingStatus", "STABLE"));
        runAsyncJobs(instance);

        assertThat(instance).isEnded().hasPassed("Task_ReleaseMutualAid");
        assertThat(held("NHS_BANK") + held("PARTNER_PROVIDER")).isZero();
    }

    @Test
    void a_shortfall_asks_commissioning_to_approve_agency_spend_and_books_agency_staff() {
        var instance = start();
        complete(instance, "Task_DefineStaffingNeed", need(5, 5));
        runAsyncJobs(instance);

        assertThat(instance).isWaitingAt("Task_ApproveAgencySpend");
        assertThat(instance).task().hasCandidateGroup(Groups.COMMISSIONING);
        assertThat(instance).variables().containsEntry("shiftsUncoveredPerDay", 3);
        complete(instance, "Task_ApproveAgencySpend", Map.of("agencySpendDecision", "APPROVE", "agencySpendLimit", 2000));
        runAsyncJobs(instance);

        assertThat(held("AGENCY")).isEqualTo(3);
        assertThat(instance).variables().containsEntry("shiftsUncoveredPerDay", 0);
        assertThat(instance).isWaitingAt("TimerEvent_DailyReviewDue");
    }

    @Test
    void refused_agency_spend_leaves_the_gap_to_the_daily_review_which_can_ask_again() {
        var instance = start();
        complete(instance, "Task_DefineStaffingNeed", need(0, 6));
        runAsyncJobs(instance);
        complete(instance, "Task_ApproveAgencySpend", Map.of("agencySpendDecision", "REFUSE"));

        assertThat(held("AGENCY")).isZero();
        fireTimer(instance, "TimerEvent_DailyReviewDue");
        complete(instance, "Task_ReviewStaffing", Map.of("staffingStatus", "NOT_STABLE"));

        assertThat(instance).isWaitingAt("Task_DefineStaffingNeed");
        assertThat(instance).variables().containsEntry("staffingRequestNumber", 2L);
        complete(instance, "Task_DefineStaffingNeed", need(0, 0));
        runAsyncJobs(instance);
        assertThat(instance).isWaitingAt("TimerEvent_DailyReviewDue");
    }

    @Test
    void a_retried_allocation_takes_no_staff_twice() {
        var instance = start();
        complete(instance, "Task_DefineStaffingNeed", need(1, 1));
        var service = engine.getManagementService();
        var job = service.createJobQuery().processInstanceId(instance.getId()).singleResult();
        // the same request allocated by hand first, as a crashed earlier run would have left it
        service.executeJob(job.getId());
        var afterFirst = jdbc.queryForObject("select count(*) from pfe_staff_allocation", Integer.class);
        engine.getRuntimeService().createProcessInstanceModification(instance.getId())
                .startBeforeActivity("Task_AllocateMutualAid").execute();
        runAsyncJobs(instance);

        assertThat(jdbc.queryForObject("select count(*) from pfe_staff_allocation", Integer.class)).isEqualTo(afterFirst);
    }

    private ProcessInstance start() {
        return engine.getRuntimeService().startProcessInstanceByKey(ProcessKeys.MUTUAL_AID_STAFFING, caseReference,
                Map.of("caseReference", caseReference, "providerId", provider, "escalationLevel", "EMERGENCY"));
    }

    private static Map<String, Object> need(int nurses, int careWorkers) {
        return Map.of("nurseShiftsNeededPerDay", nurses, "careWorkerShiftsNeededPerDay", careWorkers);
    }

    private void pool(String id, String source, String role, int shifts, int cost) {
        jdbc.update("insert into pfe_staff_pool (pool_id, name, source_type, role, shifts_per_day, cost_per_shift) "
                + "values (?, ?, ?, ?, ?, ?)", id, "Pool " + id, source, role, shifts, cost);
    }

    private int held(String source) {
        return jdbc.queryForObject("select coalesce(sum(a.shifts_per_day), 0) from pfe_staff_allocation a "
                + "join pfe_staff_pool p on p.pool_id = a.pool_id where a.case_reference = ? and p.source_type = ? "
                + "and a.released_at is null", Integer.class, caseReference, source);
    }
}
