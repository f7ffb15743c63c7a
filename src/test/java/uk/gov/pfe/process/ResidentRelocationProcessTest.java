package uk.gov.pfe.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import uk.gov.pfe.security.Groups;

/** One person's relocation: review, capacity, proposal from the case's plan, agreement, safe move, reviews. */
class ResidentRelocationProcessTest extends ProcessTestBase {

    @TestConfiguration
    static class Coverage {
        @Bean
        @Primary
        ProcessEngineCoverageProperties relocationCoverage() {
            return ProcessEngineCoverageProperties.Companion.builder()
                    .excludeProcessDefinitionKeys(ProcessKeys.PROVIDER_FAILURE_EXIT, ProcessKeys.MUTUAL_AID_STAFFING)
                    .assertClassCoverageAtLeast(0.95)
                    .build();
        }
    }

    private static int run = 0;
    private String failing;
    private String near;
    private String far;
    private String homeCare;
    private String homeCareOther;
    private String caseReference;

    @BeforeEach
    void aFailingHomeAndSomeVacancies() {
        run++;
        failing = "F" + run;
        near = "NEAR" + run;
        far = "FAR" + run;
        homeCare = "HC" + run;
        homeCareOther = "HCO" + run;
        caseReference = "PFE-2026-6" + String.format("%03d", run);
        jdbc.update("update pfe_vacancy set vacancies = 0");
        providers.save(new uk.gov.pfe.market.Provider(failing, "Failing", ServiceType.CARE_HOME_NURSING, CqcRating.INADEQUATE,
                60, null, 52.60, -1.10, "Test", true));
        providers.save(new uk.gov.pfe.market.Provider(near, "Near", ServiceType.CARE_HOME_NURSING, CqcRating.GOOD,
                40, null, 52.61, -1.10, "Test", false));
        providers.save(new uk.gov.pfe.market.Provider(far, "Far", ServiceType.CARE_HOME_NURSING, CqcRating.GOOD,
                40, null, 52.90, -1.10, "Test", false));
        providers.save(new uk.gov.pfe.market.Provider(homeCare, "Failing home care", ServiceType.HOME_CARE, CqcRating.GOOD,
                40, null, 52.60, -1.10, "Test", false));
        providers.save(new uk.gov.pfe.market.Provider(homeCareOther, "Other home care", ServiceType.HOME_CARE, CqcRating.GOOD,
                40, null, 52.62, -1.10, "Test", false));
        jdbc.update("insert into pfe_case (case_reference, provider_id, trigger_type, opened_by, opened_at) "
                + "values (?, ?, 'INSOLVENCY', 'test', current_timestamp)", caseReference, failing);
        vacancy(near, "NURSING", 1);
        vacancy(far, "NURSING", 3);
        vacancy(homeCareOther, "HOME_CARE_HOURS", 30);
    }

    @Test
    void a_council_funded_resident_is_reviewed_proposed_the_nearest_bed_moved_and_reviewed_twice() {
        person(failing + "-A", failing, FundingType.COUNCIL, null);
        var instance = start(failing + "-A");

        assertThat(instance).task("Task_ReviewNeedsAndWishes").hasCandidateGroup(Groups.SOCIAL_WORK);
        assertThat(instance).hasNotPassed("Task_NotifyFunder");
        review(instance, "HAS_CAPACITY", "LOW");
        runAsyncJobs(instance);

        assertThat(instance).task("Task_AgreeNewPlacement").hasCandidateGroup(Groups.PLACEMENT_SERVICE);
        assertThat(instance).variables().containsEntry("proposedPlacement", near);
        var options = engine.getRuntimeService().getVariableTyped(instance.getId(), "placementOptions", false)
                .getValue().toString();
        assertThat(options).contains("\"value\":\"" + near + "\"").contains("\"value\":\"" + far + "\"");
        assertThatThrownBy(() -> complete(instance, "Task_AgreeNewPlacement", Map.of("chosenPlacement", failing)))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("chosenPlacement");
        complete(instance, "Task_AgreeNewPlacement", Map.of("chosenPlacement", near, "familyAgreed", true));

        assertThat(instance).task("Task_ArrangeMove").hasCandidateGroup(Groups.PLACEMENT_SERVICE);
        arrangeMove(instance, "2026-12-01T10:30:00Z");
        runAsyncJobs(instance);

        assertThat(jdbc.queryForObject("select provider_id from pfe_person where person_id = ?", String.class, failing + "-A"))
                .isEqualTo(near);
        assertThat(jdbc.queryForObject("select vacancies from pfe_vacancy where provider_id = ? and bed_type = 'NURSING'",
                Integer.class, near)).isZero();
        fireTimer(instance, "TimerEvent_SeventyTwoHoursAfterMove");
        assertThat(instance).task("Task_ReviewAfter72Hours").hasCandidateGroup(Groups.SOCIAL_WORK);
        complete(instance, "Task_ReviewAfter72Hours", afterMoveReview());
        fireTimer(instance, "TimerEvent_TwentyEightDaysAfterMove");
        complete(instance, "Task_ReviewAfter28Days", Map.of("settlingIn", "SOME_CONCERNS", "hospitalAdmission", true,
                "diedSinceMove", false, "reviewNotes", "Back from a short stay in hospital"));
        assertThat(instance).isEnded().hasPassed("EndEvent_PersonSettled");
        assertThat(outcomes(failing + "-A")).containsExactly("HOSPITAL_ADMISSION by REVIEW_28_DAYS");
    }

    @Test
    void a_death_reported_at_the_first_review_ends_the_relocation_and_is_an_outcome_of_the_move() {
        var instance = moved(failing + "-D");
        fireTimer(instance, "TimerEvent_SeventyTwoHoursAfterMove");
        complete(instance, "Task_ReviewAfter72Hours", Map.of("settlingIn", "SERIOUS_CONCERNS", "hospitalAdmission", true,
                "diedSinceMove", true, "reviewNotes", "Admitted on day two; died in hospital"));

        assertThat(instance).isEnded().hasPassed("EndEvent_PersonDiedAfterMove").hasNotPassed("TimerEvent_TwentyEightDaysAfterMove");
        assertThat(outcomes(failing + "-D")).containsExactlyInAnyOrder("HOSPITAL_ADMISSION by REVIEW_72_HOURS",
                "DEATH by REVIEW_72_HOURS");
        assertThat(jdbc.queryForMap("select status, left_reason from pfe_person where person_id = ?", failing + "-D"))
                .containsEntry("STATUS", "LEFT").containsEntry("LEFT_REASON", "DIED");
    }

    @Test
    void leaving_the_service_for_hospital_after_the_move_is_an_outcome_of_the_move_but_leaving_before_it_is_not() {
        var instance = moved(failing + "-H");
        fireTimer(instance, "TimerEvent_SeventyTwoHoursAfterMove");
        complete(instance, "Task_ReviewAfter72Hours", afterMoveReview());
        assertThat(instance).isWaitingAt("TimerEvent_TwentyEightDaysAfterMove");

        leaves(failing + "-H", "hospital_admission");
        assertThat(instance).isEnded().hasPassed("EndEvent_PersonLeft");
        assertThat(outcomes(failing + "-H")).containsExactly("HOSPITAL_ADMISSION by PERSON_LEFT_SERVICE");

        person(failing + "-I", failing, FundingType.COUNCIL, null);
        var notMoved = start(failing + "-I");
        leaves(failing + "-I", "DIED");
        assertThat(notMoved).isEnded().hasPassed("EndEvent_PersonLeft");
        assertThat(outcomes(failing + "-I")).isEmpty();
    }

    @Test
    void an_nhs_funded_person_without_capacity_gets_chc_review_best_interests_and_a_safeguarding_check() {
        person(failing + "-B", failing, FundingType.NHS_CHC, "Test ICB");
        var instance = start(failing + "-B");
        runAsyncJobs(instance);

        assertThat(instance).hasPassed("Task_NotifyFunder");
        assertThat(instance).task("Task_ReviewNeedsAndWishes").hasCandidateGroup(Groups.CHC_TEAM);
        assertThat(jdbc.queryForObject("select count(*) from pfe_notification where case_reference = ? and recipient = 'Test ICB'",
                Integer.class, caseReference)).isEqualTo(1);
        review(instance, "LACKS_CAPACITY", "HIGH");
        assertThat(instance).task("Task_BestInterestsDecision").hasCandidateGroup(Groups.SOCIAL_WORK);
        complete(instance, "Task_BestInterestsDecision", Map.of("bestInterestsDecision", "Move near daughter",
                "peopleConsulted", "Daughter; GP", "imcaInstructed", false, "dolsNeeded", true));
        runAsyncJobs(instance);
        complete(instance, "Task_AgreeNewPlacement", Map.of("chosenPlacement", near));

        assertThat(instance).task("Task_SafeguardingCheck").hasCandidateGroup(Groups.SAFEGUARDING);
        complete(instance, "Task_SafeguardingCheck", Map.of("safeguardingCheckOutcome", "RECONSIDER_PLACEMENT",
                "safeguardingCheckNotes", "Open enquiry at that home"));
        complete(instance, "Task_AgreeNewPlacement", Map.of("chosenPlacement", far));
        complete(instance, "Task_SafeguardingCheck", Map.of("safeguardingCheckOutcome", "PROCEED",
                "safeguardingCheckNotes", "Checked"));
        assertThat(instance).isWaitingAt("Task_ArrangeMove");
    }

    @Test
    void a_home_care_client_gets_a_package_transfer_to_a_provider_with_spare_hours() {
        jdbc.update("insert into pfe_person (person_id, provider_id, nhs_number, given_name, family_name, date_of_birth, "
                + "funding_type, home_care_hours_per_week) values (?, ?, '9434765919', 'T', 'C', DATE '1940-01-01', "
                + "'SELF_FUNDED', 12)", homeCare + "-C", homeCare);
        var instance = start(homeCare + "-C", homeCare);
        review(instance, "HAS_CAPACITY", "MEDIUM");
        runAsyncJobs(instance);

        assertThat(instance).variables().containsEntry("proposedPlacement", homeCareOther);
        complete(instance, "Task_AgreeNewPlacement", Map.of("chosenPlacement", homeCareOther));
        assertThat(instance).task("Task_ArrangePackageTransfer").hasCandidateGroup(Groups.PLACEMENT_SERVICE);
        complete(instance, "Task_ArrangePackageTransfer", Map.of("transferDate", "2026-12-02",
                "transferPriority", "[\"LIVES_ALONE\"]", "handoverNotes", "Key safe code with the team"));
        runAsyncJobs(instance);

        assertThat(jdbc.queryForObject("select vacancies from pfe_vacancy where provider_id = ? and bed_type = 'HOME_CARE_HOURS'",
                Integer.class, homeCareOther)).isEqualTo(18);
        assertThat(instance).isWaitingAt("TimerEvent_SeventyTwoHoursAfterMove");
    }

    @Test
    void nobody_suitable_in_the_register_sends_the_placement_service_to_find_one_outside_it() {
        person(failing + "-D", failing, FundingType.OTHER_AUTHORITY, "Neighbouring County Council");
        jdbc.update("update pfe_person set dementia_care = true, nursing_need = true where person_id = ?", failing + "-D");
        var instance = start(failing + "-D");
        runAsyncJobs(instance);
        var values = new HashMap<String, Object>(Map.of("mentalCapacity", "HAS_CAPACITY", "safeguardingRisk", "LOW",
                "nursingNeed", true, "dementiaCare", true));
        complete(instance, "Task_ReviewNeedsAndWishes", values);
        runAsyncJobs(instance);

        assertThat(instance).task("Task_SourcePlacementOutsideRegister").hasCandidateGroup(Groups.PLACEMENT_SERVICE);
        complete(instance, "Task_SourcePlacementOutsideRegister", Map.of("chosenPlacement", "OUT-OF-AREA-1",
                "sourcingNotes", "Spot purchase agreed by commissioning"));
        arrangeMove(instance, "2026-12-03T09:00:00Z");
        runAsyncJobs(instance);
        assertThat(jdbc.queryForObject("select status from pfe_person where person_id = ?", String.class, failing + "-D"))
                .isEqualTo("OUTSIDE_REGISTER");
    }

    @Test
    void a_move_at_night_is_refused_and_the_task_stays_open() {
        person(failing + "-E", failing, FundingType.COUNCIL, null);
        var instance = start(failing + "-E");
        review(instance, "HAS_CAPACITY", "LOW");
        runAsyncJobs(instance);
        complete(instance, "Task_AgreeNewPlacement", Map.of("chosenPlacement", far));

        assertThatThrownBy(() -> arrangeMove(instance, "2026-12-01T21:30:00Z"))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("between 08:00 and 20:00");
        // 07:30 UTC in summer is 08:30 in the UK: allowed
        arrangeMove(instance, "2027-06-01T07:30:00Z");
        assertThat(instance).isWaitingAt("Task_RecordMove");
    }

    @Test
    void a_person_who_leaves_the_service_ends_their_relocation_and_frees_their_held_place() {
        person(failing + "-F", failing, FundingType.COUNCIL, null);
        var instance = start(failing + "-F");
        review(instance, "HAS_CAPACITY", "LOW");
        runAsyncJobs(instance);
        assertThat(jdbc.queryForObject("select status from pfe_placement_plan where person_id = ?", String.class,
                failing + "-F")).isEqualTo("PROPOSED");

        engine.getRuntimeService().createMessageCorrelation(ProcessKeys.MESSAGE_PERSON_LEFT_SERVICE)
                .processInstanceBusinessKey(caseReference + "/" + failing + "-F")
                .setVariable("leftReason", "HOSPITAL_ADMISSION").correlate();

        assertThat(instance).isEnded().hasPassed("EndEvent_PersonLeft");
        assertThat(jdbc.queryForObject("select status from pfe_person where person_id = ?", String.class, failing + "-F"))
                .isEqualTo("LEFT");
        assertThat(jdbc.queryForObject("select status from pfe_placement_plan where person_id = ?", String.class,
                failing + "-F")).isEqualTo("RELEASED");
    }

    @Test
    void a_placement_not_agreed_in_time_is_escalated() {
        person(failing + "-G", failing, FundingType.COUNCIL, null);
        var instance = start(failing + "-G");
        review(instance, "HAS_CAPACITY", "LOW");
        runAsyncJobs(instance);
        fireTimer(instance, "BoundaryEvent_PlacementAgreementOverdue");

        assertThat(instance).task("Task_ActOnOverduePlacementAgreement").hasCandidateGroup(Groups.SENIOR_MANAGERS);
        assertThat(task(instance, "Task_AgreeNewPlacement")).isNotNull();
        complete(instance, "Task_ActOnOverduePlacementAgreement", Map.of("escalationAction", "CHASED_TEAM", "escalationNotes", "n"));
        assertThat(instance).hasPassed("EndEvent_PlacementEscalationHandled");
    }

    @Test
    void two_people_of_a_case_are_never_proposed_the_same_last_bed_and_a_couple_stays_together() {
        person(failing + "-H", failing, FundingType.COUNCIL, null);
        person(failing + "-I", failing, FundingType.COUNCIL, null);
        jdbc.update("update pfe_person set keep_together_group = 'COUPLE' where person_id in (?, ?)", failing + "-H", failing + "-I");
        person(failing + "-J", failing, FundingType.COUNCIL, null);
        // the two not yet reviewed are planned on what the register says of them
        jdbc.update("update pfe_person set nursing_need = true where provider_id = ?", failing);
        var first = start(failing + "-H");
        review(first, "HAS_CAPACITY", "LOW");
        runAsyncJobs(first);

        var plan = jdbc.queryForList("select person_id, provider_id from pfe_placement_plan where case_reference = ?",
                caseReference);
        assertThat(plan).hasSize(3);
        var byPerson = new HashMap<String, String>();
        plan.forEach(r -> byPerson.put((String) r.get("person_id"), (String) r.get("provider_id")));
        assertThat(byPerson.get(failing + "-H")).isEqualTo(byPerson.get(failing + "-I")).isEqualTo(far);
        assertThat(byPerson.get(failing + "-J")).isEqualTo(near);
    }

    @Test
    void recording_a_move_twice_changes_nothing_the_second_time() {
        person(failing + "-K", failing, FundingType.COUNCIL, null);
        var instance = start(failing + "-K");
        review(instance, "HAS_CAPACITY", "LOW");
        runAsyncJobs(instance);
        complete(instance, "Task_AgreeNewPlacement", Map.of("chosenPlacement", far));
        arrangeMove(instance, "2026-12-01T10:00:00Z");
        runAsyncJobs(instance);
        engine.getRuntimeService().createProcessInstanceModification(instance.getId())
                .startBeforeActivity("Task_RecordMove").execute();
        runAsyncJobs(instance);

        assertThat(jdbc.queryForObject("select count(*) from pfe_move where person_id = ?", Integer.class, failing + "-K"))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select vacancies from pfe_vacancy where provider_id = ? and bed_type = 'NURSING'",
                Integer.class, far)).isEqualTo(2);
    }

    // ---- helpers ----

    private ProcessInstance start(String personId) {
        return start(personId, failing);
    }

    private ProcessInstance start(String personId, String from) {
        var instance = engine.getRuntimeService().startProcessInstanceByKey(ProcessKeys.RESIDENT_RELOCATION,
                caseReference + "/" + personId, Map.of("caseReference", caseReference, "personId", personId,
                        "fromProviderId", from, "escalationLevel", "PROVIDER_FAILURE"));
        runAsyncJobs(instance);
        return instance;
    }

    private void review(ProcessInstance instance, String capacity, String risk) {
        complete(instance, "Task_ReviewNeedsAndWishes", Map.of("mentalCapacity", capacity, "safeguardingRisk", risk,
                "nursingNeed", true, "familyInformed", true));
    }

    private void arrangeMove(ProcessInstance instance, String when) {
        complete(instance, "Task_ArrangeMove", Map.of("movingDate", when,
                "moveChecklist", "[\"CARE_PLAN_SENT\",\"MEDICAL_RECORDS_SENT\",\"MEDICINES_AND_MAR\"]"));
    }

    /** A council-funded resident taken as far as the move, waiting for the 72-hour review. */
    private ProcessInstance moved(String personId) {
        person(personId, failing, FundingType.COUNCIL, null);
        var instance = start(personId);
        review(instance, "HAS_CAPACITY", "LOW");
        runAsyncJobs(instance);
        var proposed = (String) engine.getRuntimeService().getVariable(instance.getId(), "proposedPlacement");
        complete(instance, "Task_AgreeNewPlacement", Map.of("chosenPlacement", proposed, "familyAgreed", true));
        arrangeMove(instance, "2026-12-01T10:30:00Z");
        runAsyncJobs(instance);
        assertThat(instance).isWaitingAt("TimerEvent_SeventyTwoHoursAfterMove");
        return instance;
    }

    private void leaves(String personId, String reason) {
        engine.getRuntimeService().createMessageCorrelation(ProcessKeys.MESSAGE_PERSON_LEFT_SERVICE)
                .processInstanceBusinessKey(caseReference + "/" + personId).setVariable("leftReason", reason).correlate();
    }

    private java.util.List<String> outcomes(String personId) {
        return jdbc.queryForList("select outcome || ' by ' || source from pfe_move_outcome where person_id = ?", String.class,
                personId);
    }

    private static Map<String, Object> afterMoveReview() {
        return Map.of("settlingIn", "WELL", "hospitalAdmission", false, "diedSinceMove", false, "reviewNotes", "Settled");
    }

    private void vacancy(String provider, String type, int count) {
        jdbc.update("delete from pfe_vacancy where provider_id = ? and bed_type = ?", provider, type);
        jdbc.update("insert into pfe_vacancy (provider_id, bed_type, vacancies, as_of) values (?, ?, ?, DATE '2026-11-20')",
                provider, type, count);
    }
}
