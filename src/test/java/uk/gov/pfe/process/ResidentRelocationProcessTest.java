package uk.gov.pfe.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.Map;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import uk.gov.pfe.security.Groups;

/** The relocation of one person as far as it is modelled now: review, then agree the placement. */
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

    @Test
    void a_person_is_reviewed_by_social_work_and_placed_by_the_placement_service() {
        var instance = engine.getRuntimeService().startProcessInstanceByKey(ProcessKeys.RESIDENT_RELOCATION,
                "PFE-2026-0001/P-1", Map.of("caseReference", "PFE-2026-0001", "personId", "P-1"));

        assertThat(instance).task("Task_ReviewNeedsAndWishes").hasCandidateGroup(Groups.SOCIAL_WORK);
        complete(instance, "Task_ReviewNeedsAndWishes", Map.of("mentalCapacity", "HAS_CAPACITY"));
        assertThat(instance).task("Task_AgreeNewPlacement").hasCandidateGroup(Groups.PLACEMENT_SERVICE);
        complete(instance, "Task_AgreeNewPlacement", Map.of("chosenPlacement", "NEW-1", "movingDate", "2026-12-01"));
        assertThat(instance).isEnded();
    }
}
