package uk.gov.pfe.process;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * The engine's error code for "the engine refused what the caller sent" (a custom code, in the range
 * Camunda leaves to applications). Engine REST reports it as {@code code} in its error body, and
 * {@code web.RefusedInputStatusFilter} turns such an answer into 400 wherever Camunda's resource
 * would otherwise say 500 (starting a process with variables its start form does not accept).
 */
public final class Refusals {

    public static final int INPUT_REFUSED = 20_400;

    private Refusals() {
    }

    public static FormFieldValidationException formRefused(String formRef, String message) {
        var refusal = new FormFieldValidationException(formRef, message);
        refusal.setCode(INPUT_REFUSED);
        return refusal;
    }
}
