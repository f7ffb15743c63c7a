package uk.gov.pfe.intake;

import static uk.gov.pfe.process.CaseVariables.CASE_REFERENCE;
import static uk.gov.pfe.process.CaseVariables.CONCERN_SUMMARY;
import static uk.gov.pfe.process.CaseVariables.PROVIDER_ID;
import static uk.gov.pfe.process.CaseVariables.TRIGGER;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.gov.pfe.process.Performer;
import uk.gov.pfe.process.UkTime;

/**
 * Gives a new case its reference and records it, however it started (form, message or our API):
 * the business key when one was given, else the next free PFE-yyyy-nnnn.
 */
@Component("registerCase")
class RegisterCaseDelegate implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(RegisterCaseDelegate.class);

    private final CaseRegister cases;

    RegisterCaseDelegate(CaseRegister cases) {
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var reference = execution.getProcessBusinessKey();
        if (reference == null || reference.isBlank()) {
            reference = CASE_REFERENCE.from(execution);
        }
        if (reference == null || reference.isBlank()) {
            int year = UkTime.today().getYear();
            reference = cases.nextReference(year);
        }
        if (!reference.equals(execution.getProcessBusinessKey())) {
            execution.setProcessBusinessKey(reference);
        }
        CASE_REFERENCE.set(execution, reference);
        var trigger = TRIGGER.required(execution);
        cases.open(reference, execution.getProcessInstanceId(), PROVIDER_ID.required(execution), trigger.name(),
                CONCERN_SUMMARY.from(execution), Performer.of(execution));
        log.info("Case {} opened for provider {} ({})", reference, PROVIDER_ID.from(execution), trigger);
    }
}
