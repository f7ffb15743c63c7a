package uk.gov.pfe.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ModelLintTest {

    private final ModelLint lint = new ModelLint(ModelLint.componentNames("uk.gov.pfe"));

    @Test
    void the_procedures_models_are_complete_and_drawn() throws Exception {
        assertThat(lint.check(Path.of("bpmn"), Path.of("forms"))).isEmpty();
    }

    @Test
    void the_lint_finds_every_kind_of_broken_model() throws Exception {
        var problems = lint.check(Path.of("src/test/resources/model-lint/broken/bpmn"),
                Path.of("src/test/resources/model-lint/broken/forms"));

        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("not-xml.bpmn: does not parse"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("broken-decision.dmn: does not parse"));
        assertThat(problems).contains(
                "broken.bpmn: process brokenProcess has no camunda:historyTimeToLive",
                "broken.bpmn: userTask Task_Undrawn has no diagram shape or edge (BPMN DI)",
                "broken.bpmn: sequenceFlow SequenceFlow_Undrawn has no diagram shape or edge (BPMN DI)",
                "broken.bpmn: user task Task_NoForm has no camunda:formRef (a Camunda Form from forms/)",
                "broken.bpmn: user task Task_Undrawn formRef 'no-such-form' is not a form in forms/",
                "broken.bpmn: user task Task_Undrawn candidate group 'nurses' is not in the contract",
                "broken.bpmn: user task Task_NoForm has no candidate group",
                "broken.bpmn: start event StartEvent_WithForm formRef 'missing-start-form' is not a form in forms/",
                "broken.bpmn: Task_CallsNothing delegateExpression names no bean: 'noSuchDelegate'",
                "no-ttl.dmn: decision undatedDecision has no camunda:historyTimeToLive");
    }

    @Test
    void a_delegate_expression_naming_a_real_bean_passes() {
        assertThat(ModelLint.componentNames("uk.gov.pfe")).contains("recordsRetention");
    }
}
