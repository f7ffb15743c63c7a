package uk.gov.pfe.market;

import static uk.gov.pfe.process.CaseVariables.CASE_REFERENCE;
import static uk.gov.pfe.process.CaseVariables.PROVIDER_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.gov.pfe.process.Performer;

/** Lifts the case's suspension of new placements once the provider is stable again. */
@Component("liftPlacementSuspension")
class LiftPlacementSuspensionDelegate implements JavaDelegate {

    private final PlacementSuspensions suspensions;

    LiftPlacementSuspensionDelegate(PlacementSuspensions suspensions) {
        this.suspensions = suspensions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        suspensions.lift(CASE_REFERENCE.required(execution), PROVIDER_ID.required(execution), Performer.of(execution));
    }
}
