package uk.gov.pfe.intake;

import static uk.gov.pfe.process.CaseVariables.CASE_REFERENCE;
import static uk.gov.pfe.process.CaseVariables.DECISION;
import static uk.gov.pfe.process.CaseVariables.ESCALATION_LEVEL;
import static uk.gov.pfe.process.CaseVariables.SECTION_48_APPLIES;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Copies the case's level and decisions into the case register when the model reaches them. */
@Component("recordCaseState")
class RecordCaseStateListener implements ExecutionListener {

    private final CaseRegister cases;

    RecordCaseStateListener(CaseRegister cases) {
        this.cases = cases;
    }

    @Override
    public void notify(DelegateExecution execution) {
        var level = ESCALATION_LEVEL.from(execution);
        var decision = DECISION.from(execution);
        cases.recordState(CASE_REFERENCE.required(execution), level == null ? null : level.name(),
                decision == null ? null : decision.name(), SECTION_48_APPLIES.from(execution));
    }
}
