package uk.gov.pfe.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import uk.gov.pfe.security.Groups;

/** The case process, path by path, with the real deployed model and delegates. */
class ProviderFailureExitProcessTest extends ProcessTestBase {

    @TestConfiguration
    static class Coverage {
        @Bean
        @Primary
        ProcessEngineCoverageProperties caseProcessCoverage() {
            return ProcessEngineCoverageProperties.Companion.builder()
                    .excludeProcessDefinitionKeys(ProcessKeys.MUTUAL_AID_STAFFING, ProcessKeys.RESIDENT_RELOCATION)
                    .assertClassCoverageAtLeast(0.95)
                    .build();
        }
    }

    private static int providerCount = 0;

    // ---- starting ------------------------------------------------------------------------------------------

    @Test
    void a_concern_raised_by_message_opens_a_case_with_its_reference_for_the_quality_team() {
        var provider = newProvider(CqcRating.GOOD);
        var instance = engine.getRuntimeService().createMessageCorrelation(ProcessKeys.MESSAGE_PROVIDER_CONCERN_RAISED)
                .processInstanceBusinessKey("PFE-2026-0101")
                .setVariable("providerId", provider)
                .setVariable("trigger", "SAFEGUARDING_CONCERN")
                .correlateStartMessage();

        assertThat(instance).isStarted().isWaitingAt("Task_AssessConcern").hasBusinessKey("PFE-2026-0101");
        assertThat(instance).task().hasCandidateGroup(Groups.QUALITY_TEAM);
        var assess = task(instance, "Task_AssessConcern");
        assertThat(Duration.ofMillis(assess.getDueDate().getTime() - assess.getCreateTime().getTime()))
                .isBetween(Duration.ofHours(24).minusSeconds(5), Duration.ofHours(24).plusSeconds(5));
        assertThat(instance).variables().containsEntry("caseReference", "PFE-2026-0101");
        assertThat(jdbc.queryForObject("select trigger_type from pfe_case where case_reference = 'PFE-2026-0101'",
                String.class)).isEqualTo("SAFEGUARDING_CONCERN");
    }

    @Test
    void an_exit_notice_without_a_reference_gets_the_next_reference_of_the_year_and_its_trigger() {
        var provider = newProvider(CqcRating.GOOD);
        var instance = engine.getRuntimeService().createMessageCorrelation(ProcessKeys.MESSAGE_PROVIDER_EXIT_NOTIFIED)
                .setVariable("providerId", provider)
                .correlateStartMessage();

        assertThat(instance).isWaitingAt("Task_AssessConcern");
        var reference = (String) engine.getRuntimeService().getVariable(instance.getId(), "caseReference");
        assertThat(reference).matches("PFE-\\d{4}-\\d{4}");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance.getId())
                .singleResult().getBusinessKey()).isEqualTo(reference);
        assertThat(engine.getRuntimeService().getVariable(instance.getId(), "trigger")).isEqualTo("PROVIDER_EXIT_NOTICE");
    }

    @Test
    void an_assessment_without_a_required_answer_is_refused_and_the_task_stays_open() {
        var instance = openCase(newProvider(CqcRating.GOOD), "QUALITY_CONCERN");
        var values = assessment(CqcRating.GOOD, 20, 0, 0, null);
        values.remove("peopleAffected");
        values.put("cqcRating", "BRILLIANT");

        assertThatThrownBy(() -> complete(instance, "Task_AssessConcern", values))
                .isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("peopleAffected")
                .hasMessageContaining("is required")
                .hasMessageContaining("cqcRating");
        assertThat(instance).isWaitingAt("Task_AssessConcern");
    }

    // ---- monitoring -----------------------------------------------------------------------------------------

    @Test
    void a_minor_concern_is_monitored_on_a_cycle_reassessed_when_worse_and_closed_when_resolved() {
        var provider = newProvider(CqcRating.GOOD);
        var instance = openCase(provider, "QUALITY_CONCERN");
        complete(instance, "Task_AssessConcern", assessment(CqcRating.GOOD, 20, 0, 0, null));

        assertThat(instance).variables().containsEntry("escalationLevel", "MONITORING");
        assertThat(instance).isWaitingAt("TimerEvent_MonitoringReviewDue");
        fireTimer(instance, "TimerEvent_MonitoringReviewDue");
        assertThat(instance).task("Task_ReviewMonitoring").hasCandidateGroup(Groups.QUALITY_TEAM);
        complete(instance, "Task_ReviewMonitoring", Map.of("monitoringVisitType", "VIRTUAL_REVIEW",
                "monitoringOutcome", "CONTINUE_MONITORING"));
        fireTimer(instance, "TimerEvent_MonitoringReviewDue");
        complete(instance, "Task_ReviewMonitoring", Map.of("monitoringVisitType", "FACE_TO_FACE_VISIT",
                "monitoringOutcome", "SITUATION_WORSENED"));

        assertThat(instance).isWaitingAt("Task_AssessConcern");
        complete(instance, "Task_AssessConcern", assessment(CqcRating.REQUIRES_IMPROVEMENT, 20, 0, 0, null));
        fireTimer(instance, "TimerEvent_MonitoringReviewDue");
        complete(instance, "Task_ReviewMonitoring", Map.of("monitoringVisitType", "VIRTUAL_REVIEW",
                "monitoringOutcome", "CONCERN_RESOLVED"));

        closeCase(instance);
        assertThat(instance).isEnded().hasPassed("Task_WriteCaseReport").hasNotPassed("Gateway_Respond");
        assertThat(report(instance)).contains("# Case report " + instance.getBusinessKey(), "MONITORING");
    }

    // ---- serious concern and stabilise ---------------------------------------------------------------------

    @Test
    void a_serious_concern_lets_the_placement_service_decide_and_a_stabilised_provider_gets_its_suspension_lifted() {
        var provider = newProvider(CqcRating.INADEQUATE);
        var instance = openCase(provider, "CQC_ENFORCEMENT");
        complete(instance, "Task_AssessConcern", assessment(CqcRating.INADEQUATE, 30, 0, 1, null));

        assertThat(instance).variables().containsEntry("escalationLevel", "SERIOUS_CONCERN");
        assertThat(instance).isWaitingAt("Task_ConveneProviderGroup", "Task_DecidePlacementSuspension",
                "Task_AssessSafeguardingRisk", "Task_AgreeCommunications", "Task_NotifyCqcAndFunders");
        assertThat(instance).task("Task_ConveneProviderGroup").hasCandidateGroup(Groups.COMMISSIONING);
        assertThat(instance).task("Task_DecidePlacementSuspension").hasCandidateGroup(Groups.PLACEMENT_SERVICE);
        assertThat(instance).task("Task_AssessSafeguardingRisk").hasCandidateGroup(Groups.SAFEGUARDING);
        assertThat(instance).task("Task_AgreeCommunications").hasCandidateGroup(Groups.COMMISSIONING);

        complete(instance, "Task_DecidePlacementSuspension", Map.of("suspensionDecision", "SUSPEND",
                "suspensionScope", "NEW_ADMISSIONS", "suspensionReviewDate", "2027-01-15"));
        respond(instance);
        assertThat(providers.find(provider).orElseThrow().placementsSuspended()).isTrue();
        assertThat(jdbc.queryForObject("select scope from pfe_suspension where provider_id = ?", String.class, provider))
                .isEqualTo("NEW_ADMISSIONS");

        decide(instance, "STABILISE");
        fireTimer(instance, "TimerEvent_ActionPlanReviewDue");
        assertThat(instance).task("Task_ReviewActionPlan").hasCandidateGroup(Groups.QUALITY_TEAM);
        complete(instance, "Task_ReviewActionPlan", Map.of("actionPlanOutcome", "ON_TRACK"));
        fireTimer(instance, "TimerEvent_ActionPlanReviewDue");
        complete(instance, "Task_ReviewActionPlan", Map.of("actionPlanOutcome", "COMPLETED"));
        runAsyncJobs(instance);

        assertThat(providers.find(provider).orElseThrow().placementsSuspended()).isFalse();
        closeCase(instance);
        assertThat(instance).isEnded().hasPassed("Task_LiftPlacementSuspension");
        assertThat(jdbc.queryForObject("select decision from pfe_case where case_reference = ?", String.class,
                instance.getBusinessKey())).isEqualTo("STABILISE");
    }

    @Test
    void a_serious_concern_need_not_suspend_and_a_failed_action_plan_goes_back_to_the_group() {
        var provider = newProvider(CqcRating.REQUIRES_IMPROVEMENT);
        var instance = openCase(provider, "FINANCIAL_DISTRESS");
        complete(instance, "Task_AssessConcern", assessment(CqcRating.REQUIRES_IMPROVEMENT, 30, 0, 0, null));
        complete(instance, "Task_DecidePlacementSuspension", Map.of("suspensionDecision", "DO_NOT_SUSPEND"));
        respond(instance);

        assertThat(providers.find(provider).orElseThrow().placementsSuspended()).isFalse();
        assertThat(instance).hasNotPassed("Task_SuspendPlacements");
        decide(instance, "STABILISE");
        fireTimer(instance, "TimerEvent_ActionPlanReviewDue");
        complete(instance, "Task_ReviewActionPlan", Map.of("actionPlanOutcome", "FAILED"));

        assertThat(instance).isWaitingAt("Task_DecideProviderFuture");
    }

    // ---- provider failure and relocation -------------------------------------------------------------------

    @Test
    void a_provider_failure_suspends_placements_tells_every_funder_and_relocates_everyone() {
        var provider = newProvider(CqcRating.INADEQUATE);
        person(provider + "-P1", provider, FundingType.COUNCIL, null);
        person(provider + "-P2", provider, FundingType.NHS_CHC, "Test Integrated Care Board");
        person(provider + "-P3", provider, FundingType.OTHER_AUTHORITY, "Neighbouring County Council");
        person(provider + "-P4", provider, FundingType.OTHER_AUTHORITY, "Neighbouring County Council");
        var instance = openCase(provider, "PROVIDER_EXIT_NOTICE");
        complete(instance, "Task_AssessConcern", assessment(CqcRating.INADEQUATE, 4, 0, 0, 60));

        assertThat(instance).variables().containsEntry("escalationLevel", "PROVIDER_FAILURE");
        assertThat(instance).isWaitingAt("Task_SuspendPlacements").hasNotPassed("Task_DecidePlacementSuspension");
        respond(instance);

        assertThat(providers.find(provider).orElseThrow().placementsSuspended()).isTrue();
        var told = jdbc.queryForList("select recipient || '/' || recipient_type from pfe_notification "
                + "where case_reference = ? and sent_at is not null", String.class, instance.getBusinessKey());
        assertThat(told).containsExactlyInAnyOrder("Care Quality Commission/CQC",
                "Test Integrated Care Board/NHS_FUNDER", "Neighbouring County Council/PLACING_AUTHORITY");

        decide(instance, "RELOCATE");
        runAsyncJobs(instance);
        var relocations = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(ProcessKeys.RESIDENT_RELOCATION).superProcessInstanceId(instance.getId()).list();
        assertThat(relocations).extracting(ProcessInstance::getBusinessKey).containsExactlyInAnyOrder(
                instance.getBusinessKey() + "/" + provider + "-P1", instance.getBusinessKey() + "/" + provider + "-P2",
                instance.getBusinessKey() + "/" + provider + "-P3", instance.getBusinessKey() + "/" + provider + "-P4");
        relocations.forEach(this::finishRelocation);
        runAsyncJobs(instance);

        closeCase(instance);
        assertThat(instance).isEnded().hasPassed("SubProcess_RelocateBatch", "CallActivity_RelocateEveryone");
        assertThat(report(instance)).contains("People in relocation: 4", "Neighbouring County Council");
    }

    @Test
    void a_large_relocation_starts_in_batches_of_fifty_and_the_case_goes_on_when_everyone_is_done() {
        var provider = newProvider(CqcRating.GOOD);
        for (int i = 1; i <= 230; i++) {
            person(provider + "-M" + i, provider, FundingType.SELF_FUNDED, null);
        }
        var instance = openCase(provider, "PROVIDER_EXIT_NOTICE");
        complete(instance, "Task_AssessConcern", assessment(CqcRating.GOOD, 230, 0, 0, 90));
        respond(instance);
        decide(instance, "RELOCATE");

        var management = engine.getManagementService();
        runAsyncJobsOnce(instance); // the multi-instance body: the collection of batches
        assertThat(management.createJobQuery().processInstanceId(instance.getId()).executable().count())
                .as("one job per batch of 50").isEqualTo(5);
        long started = System.nanoTime();
        runAsyncJobs(instance);
        long millis = (System.nanoTime() - started) / 1_000_000;
        var relocations = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(ProcessKeys.RESIDENT_RELOCATION).superProcessInstanceId(instance.getId()).list();
        assertThat(relocations).hasSize(230);
        System.out.printf("230 relocations started in 5 batch jobs in %d ms%n", millis);

        relocations.forEach(this::finishRelocation);
        runAsyncJobs(instance);
        assertThat(instance).isWaitingAt("Task_CloseCase");
    }

    @Test
    void an_emergency_with_a_staffing_shortfall_calls_mutual_aid_and_closing_the_case_releases_the_staff() {
        var provider = newProvider(CqcRating.GOOD);
        jdbc.update("insert into pfe_staff_pool (pool_id, name, source_type, role, shifts_per_day) values "
                + "(?, 'NHS bank', 'NHS_BANK', 'CARE_WORKER', 10)", provider + "-BANK");
        var instance = openCase(provider, "STAFFING_SHORTFALL");
        complete(instance, "Task_AssessConcern", assessment(CqcRating.GOOD, 40, 60, 0, null));

        assertThat(instance).variables().containsEntry("escalationLevel", "EMERGENCY");
        assertThat(instance).isWaitingAt("CallActivity_MutualAidStaffing");
        var mutualAid = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(ProcessKeys.MUTUAL_AID_STAFFING).superProcessInstanceId(instance.getId()).singleResult();
        assertThat(mutualAid.getBusinessKey()).isEqualTo(instance.getBusinessKey());
        complete(mutualAid, "Task_DefineStaffingNeed", Map.of("nurseShiftsNeededPerDay", 0, "careWorkerShiftsNeededPerDay", 6));
        runAsyncJobs(mutualAid);
        assertThat(jdbc.queryForObject("select count(*) from pfe_staff_allocation where case_reference = ? "
                + "and released_at is null", Integer.class, instance.getBusinessKey())).isEqualTo(1);

        respond(instance);
        decide(instance, "RELOCATE");
        runAsyncJobs(instance);
        closeCase(instance);

        assertThat(instance).isEnded();
        assertThat(mutualAid).isEnded();
        assertThat(jdbc.queryForObject("select count(*) from pfe_staff_allocation where case_reference = ? "
                + "and released_at is null", Integer.class, instance.getBusinessKey())).isZero();
    }

    @Test
    void mutual_aid_ends_on_its_own_when_staffing_is_stable_while_the_case_goes_on() {
        var provider = newProvider(CqcRating.GOOD);
        var instance = openCase(provider, "STAFFING_SHORTFALL");
        complete(instance, "Task_AssessConcern", assessment(CqcRating.GOOD, 40, 30, 0, null));
        var mutualAid = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(ProcessKeys.MUTUAL_AID_STAFFING).superProcessInstanceId(instance.getId()).singleResult();
        complete(mutualAid, "Task_DefineStaffingNeed", Map.of("nurseShiftsNeededPerDay", 0, "careWorkerShiftsNeededPerDay", 0));
        runAsyncJobs(mutualAid);
        fireTimer(mutualAid, "TimerEvent_DailyReviewDue");
        complete(mutualAid, "Task_ReviewStaffing", Map.of("staffingStatus", "STABLE"));
        runAsyncJobs(mutualAid);

        assertThat(mutualAid).isEnded();
        assertThat(instance).hasPassed("EndEvent_StaffingStable").isWaitingAt("Task_ConveneProviderGroup");
    }

    @Test
    void no_staffing_shortfall_needs_no_mutual_aid() {
        var instance = openCase(newProvider(CqcRating.GOOD), "INSOLVENCY");
        complete(instance, "Task_AssessConcern", assessment(CqcRating.GOOD, 40, 0, 0, null));
        assertThat(instance).hasPassed("EndEvent_NoMutualAidNeeded").hasNotPassed("CallActivity_MutualAidStaffing");
    }

    // ---- deadlines ------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} overdue at {1}: due after {2}")
    @CsvSource({
            "Task_ConveneProviderGroup, BoundaryEvent_GroupConveningOverdue, EMERGENCY, PT4H, Task_ActOnOverdueGroupConvening, commissioning",
            "Task_ConveneProviderGroup, BoundaryEvent_GroupConveningOverdue, PROVIDER_FAILURE, PT24H, Task_ActOnOverdueGroupConvening, commissioning",
            "Task_ConveneProviderGroup, BoundaryEvent_GroupConveningOverdue, SERIOUS_CONCERN, P3D, Task_ActOnOverdueGroupConvening, commissioning",
            "Task_AssessSafeguardingRisk, BoundaryEvent_SafeguardingAssessmentOverdue, EMERGENCY, PT4H, Task_ActOnOverdueSafeguardingAssessment, safeguarding",
            "Task_AgreeCommunications, BoundaryEvent_CommunicationsOverdue, PROVIDER_FAILURE, P2D, Task_ActOnOverdueCommunications, commissioning",
    })
    void a_passed_deadline_is_escalated_to_senior_managers_and_the_task_stays_open(String taskKey, String boundary,
            EscalationLevel level, String duration, String seniorTask, String team) {
        var instance = openCase(newProvider(CqcRating.GOOD), "QUALITY_CONCERN");
        complete(instance, "Task_AssessConcern", levelFor(level));
        assertThat(instance).variables().containsEntry("escalationLevel", level.name());

        var timer = timer(instance, boundary);
        var created = task(instance, taskKey).getCreateTime();
        assertThat(Duration.ofMillis(timer.getDuedate().getTime() - created.getTime()))
                .isBetween(Duration.parse(duration).minusSeconds(5), Duration.parse(duration).plusSeconds(5));
        fireTimer(instance, boundary);

        assertOverdueEscalated(instance, taskKey, seniorTask, team, level);
    }

    @Test
    void an_assessment_not_made_in_time_is_escalated() {
        var instance = openCase(newProvider(CqcRating.GOOD), "QUALITY_CONCERN");
        fireTimer(instance, "BoundaryEvent_AssessmentOverdue");
        assertOverdueEscalated(instance, "Task_AssessConcern", "Task_ActOnOverdueAssessment", Groups.QUALITY_TEAM, null);
    }

    @Test
    void a_decision_not_taken_in_time_is_escalated_and_senior_managers_record_what_they_did() {
        var instance = openCase(newProvider(CqcRating.GOOD), "INSOLVENCY");
        complete(instance, "Task_AssessConcern", assessment(CqcRating.GOOD, 40, 0, 0, null));
        respond(instance);
        fireTimer(instance, "BoundaryEvent_DecisionOverdue");
        assertOverdueEscalated(instance, "Task_DecideProviderFuture", "Task_ActOnOverdueDecision", Groups.COMMISSIONING,
                EscalationLevel.PROVIDER_FAILURE);

        complete(instance, "Task_ActOnOverdueDecision", Map.of("escalationAction", "CHASED_TEAM",
                "escalationNotes", "Chair reminded; meeting at 14:00"));
        assertThat(instance).hasPassed("EndEvent_DecisionEscalationHandled").isWaitingAt("Task_DecideProviderFuture");
    }

    @Test
    void every_escalation_path_can_be_handled_by_senior_managers() {
        var instance = openCase(newProvider(CqcRating.GOOD), "QUALITY_CONCERN");
        fireTimer(instance, "BoundaryEvent_AssessmentOverdue");
        complete(instance, "Task_ActOnOverdueAssessment", Map.of("escalationAction", "REASSIGNED", "escalationNotes", "n"));
        complete(instance, "Task_AssessConcern", levelFor(EscalationLevel.EMERGENCY));
        for (var step : List.of("GroupConvening", "SafeguardingAssessment", "Communications")) {
            fireTimer(instance, "BoundaryEvent_" + step + "Overdue");
            complete(instance, "Task_ActOnOverdue" + step, Map.of("escalationAction", "EXTRA_RESOURCES", "escalationNotes", "n"));
        }
        assertThat(instance).hasPassed("EndEvent_AssessmentEscalationHandled", "EndEvent_GroupConveningEscalationHandled",
                "EndEvent_SafeguardingAssessmentEscalationHandled", "EndEvent_CommunicationsEscalationHandled");
        assertThat(jdbc.queryForObject("select count(*) from pfe_escalation where case_reference = ?", Integer.class,
                instance.getBusinessKey())).isEqualTo(4);
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    private void assertOverdueEscalated(ProcessInstance instance, String taskKey, String seniorTask, String team,
            EscalationLevel level) {
        var overdue = task(instance, taskKey);
        assertThat(overdue).as("the overdue task stays open").isNotNull();
        assertThat(overdue.getPriority()).isEqualTo(90);
        assertThat(instance).task(seniorTask).hasCandidateGroup(Groups.SENIOR_MANAGERS);
        var row = jdbc.queryForMap("select * from pfe_escalation where case_reference = ? and task_definition_key = ?",
                instance.getBusinessKey(), taskKey);
        assertThat(row.get("candidate_group")).isEqualTo(team);
        assertThat(row.get("escalation_level")).isEqualTo(level == null ? null : level.name());
        assertThat(row.get("due_at")).isNotNull();
    }

    private String newProvider(CqcRating rating) {
        var id = "T-" + (++providerCount) + "-" + System.nanoTime() % 100000;
        provider(id, ServiceType.CARE_HOME_NURSING, rating, 60);
        return id;
    }

    private ProcessInstance openCase(String providerId, String trigger) {
        return engine.getRuntimeService().createProcessInstanceByKey(ProcessKeys.PROVIDER_FAILURE_EXIT)
                .setVariables(Map.of("providerId", providerId, "trigger", trigger,
                        "concernSummary", "Synthetic test concern"))
                .execute();
    }

    static Map<String, Object> assessment(CqcRating rating, int people, int shortfall, int safeguarding, Integer daysLeft) {
        var values = new HashMap<String, Object>();
        values.put("cqcRating", rating.name());
        values.put("peopleAffected", people);
        values.put("staffingShortfallPercent", shortfall);
        values.put("safeguardingConcernsOpen", safeguarding);
        values.put("daysUntilServiceEnds", daysLeft);
        values.put("assessmentNotes", "Synthetic assessment");
        return values;
    }

    private static Map<String, Object> levelFor(EscalationLevel level) {
        return switch (level) {
            case MONITORING -> assessment(CqcRating.GOOD, 10, 0, 0, null);
            case SERIOUS_CONCERN -> assessment(CqcRating.INADEQUATE, 10, 0, 0, null);
            case PROVIDER_FAILURE -> assessment(CqcRating.GOOD, 10, 30, 0, null);
            case EMERGENCY -> assessment(CqcRating.GOOD, 10, 0, 0, 2);
        };
    }

    /** Every response task done, as each team would fill its form; the async steps run. */
    private void respond(ProcessInstance instance) {
        complete(instance, "Task_ConveneProviderGroup", Map.of("groupMeetingAt", "2026-11-23T09:00:00Z",
                "actionPlanSummary", "Daily calls; quality visit tomorrow"));
        complete(instance, "Task_AssessSafeguardingRisk", Map.of("safeguardingRisk", "MEDIUM"));
        complete(instance, "Task_AgreeCommunications", Map.of("communicationsAudiences", "[\"PEOPLE\",\"FAMILIES\",\"STAFF\"]",
                "keyMessages", "Care continues; the council will contact each family"));
        runAsyncJobs(instance);
        assertThat(instance).isWaitingAt("Task_DecideProviderFuture");
        assertThat(instance).task("Task_DecideProviderFuture").hasCandidateGroup(Groups.COMMISSIONING);
    }

    private void decide(ProcessInstance instance, String decision) {
        complete(instance, "Task_DecideProviderFuture", Map.of("decision", decision, "section48Applies", false,
                "section48Reason", "No business failure under the 2015 regulations", "decisionRationale", "Group agreed"));
    }

    private void closeCase(ProcessInstance instance) {
        complete(instance, "Task_CloseCase", Map.of("debriefHeldOn", "2026-12-01",
                "lessonsLearned", "Earlier warning from the provider's finances"));
        runAsyncJobs(instance);
    }

    /** The relocation itself is tested in ResidentRelocationProcessTest; here each person leaves the service. */
    private void finishRelocation(ProcessInstance relocation) {
        engine.getRuntimeService().createMessageCorrelation(ProcessKeys.MESSAGE_PERSON_LEFT_SERVICE)
                .processInstanceBusinessKey(relocation.getBusinessKey())
                .setVariable("leftReason", "OWN_ARRANGEMENTS").correlate();
    }

    private String report(ProcessInstance instance) {
        return jdbc.queryForObject("select markdown from pfe_case_report where case_reference = ?", String.class,
                instance.getBusinessKey());
    }
}
