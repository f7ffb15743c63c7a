package uk.gov.pfe.market;

import static uk.gov.pfe.process.CaseVariables.CASE_REFERENCE;
import static uk.gov.pfe.process.CaseVariables.ESCALATION_LEVEL;
import static uk.gov.pfe.process.CaseVariables.PROVIDER_ID;
import static uk.gov.pfe.process.CaseVariables.SUSPENSION_REVIEW_DATE;
import static uk.gov.pfe.process.CaseVariables.SUSPENSION_SCOPE;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.gov.pfe.process.EscalationLevel;
import uk.gov.pfe.process.Performer;
import uk.gov.pfe.process.UkTime;

/**
 * Suspends new placements at the case's provider. Scope and review date come from the placement
 * service's form; when suspension is automatic (provider failure, emergency) new admissions and
 * hospital discharges are suspended with a review in 28 days.
 */
@Component("suspendPlacements")
class SuspendPlacementsDelegate implements JavaDelegate {

    static final String DEFAULT_SCOPE = "NEW_ADMISSIONS_AND_HOSPITAL_DISCHARGES";
    private static final int DEFAULT_REVIEW_DAYS = 28;

    private final PlacementSuspensions suspensions;

    SuspendPlacementsDelegate(PlacementSuspensions suspensions) {
        this.suspensions = suspensions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var scope = SUSPENSION_SCOPE.orElse(execution, DEFAULT_SCOPE);
        var reviewDate = SUSPENSION_REVIEW_DATE.from(execution);
        var review = reviewDate == null || reviewDate.isBlank()
                ? UkTime.today().plusDays(DEFAULT_REVIEW_DAYS)
                : LocalDate.parse(reviewDate.substring(0, 10));
        var by = ESCALATION_LEVEL.from(execution) == EscalationLevel.SERIOUS_CONCERN ? Performer.of(execution) : "automatic";
        suspensions.suspend(CASE_REFERENCE.required(execution), PROVIDER_ID.required(execution), scope, review, by);
    }
}
