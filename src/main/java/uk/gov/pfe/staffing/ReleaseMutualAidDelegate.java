package uk.gov.pfe.staffing;

import static uk.gov.pfe.process.CaseVariables.CASE_REFERENCE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Hands partner and agency staff back when staffing is stable or the case closes. */
@Component("releaseMutualAid")
class ReleaseMutualAidDelegate implements JavaDelegate {

    private final MutualAidService mutualAid;

    ReleaseMutualAidDelegate(MutualAidService mutualAid) {
        this.mutualAid = mutualAid;
    }

    @Override
    public void execute(DelegateExecution execution) {
        mutualAid.releaseAll(CASE_REFERENCE.required(execution));
    }
}
