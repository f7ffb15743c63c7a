package uk.gov.pfe.intake;

import static uk.gov.pfe.process.CaseVariables.CASE_REFERENCE;
import static uk.gov.pfe.process.CaseVariables.LESSONS_LEARNED;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Marks the case closed in the register with the lessons learned. */
@Component("closeCase")
class CloseCaseDelegate implements JavaDelegate {

    private final CaseRegister cases;

    CloseCaseDelegate(CaseRegister cases) {
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        cases.close(CASE_REFERENCE.required(execution), LESSONS_LEARNED.from(execution));
    }
}
