package uk.gov.pfe.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Who is acting in the engine right now: the logged-in user, or "engine" for jobs and timers. */
public final class Performer {

    private Performer() {
    }

    public static String of(DelegateExecution execution) {
        var authentication = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return authentication == null || authentication.getUserId() == null ? "engine" : authentication.getUserId();
    }
}
