package uk.gov.pfe.staffing;

import static uk.gov.pfe.process.CaseVariables.CARE_WORKER_SHIFTS_NEEDED;
import static uk.gov.pfe.process.CaseVariables.CASE_REFERENCE;
import static uk.gov.pfe.process.CaseVariables.NURSE_SHIFTS_NEEDED;
import static uk.gov.pfe.process.CaseVariables.SHIFTS_UNCOVERED;
import static uk.gov.pfe.process.CaseVariables.STAFFING_REQUEST_NUMBER;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.gov.pfe.market.ProviderRegister;
import uk.gov.pfe.process.CaseVariables;
import uk.gov.pfe.process.ServiceType;

/**
 * Allocates partner staff for the shifts the commissioning team asked for. The home care retainer
 * contract is used only for home care providers. Shifts still uncovered are a shortfall: a BPMN
 * error the model answers with an agency-spend decision.
 */
@Component("allocateMutualAid")
class AllocateMutualAidDelegate implements JavaDelegate {

    static final String SHORTFALL = "Error_MutualAidShortfall";

    private final MutualAidService mutualAid;
    private final ProviderRegister providers;

    AllocateMutualAidDelegate(MutualAidService mutualAid, ProviderRegister providers) {
        this.mutualAid = mutualAid;
        this.providers = providers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var sources = new ArrayList<>(List.of(StaffSource.NHS_BANK, StaffSource.PARTNER_PROVIDER));
        var homeCare = providers.find(CaseVariables.PROVIDER_ID.required(execution))
                .map(p -> p.serviceType() == ServiceType.HOME_CARE).orElse(false);
        if (homeCare) {
            sources.add(StaffSource.HOME_CARE_RETAINER);
        }
        var allocation = mutualAid.allocate(CASE_REFERENCE.required(execution), requestKey(execution),
                needed(execution), sources);
        SHIFTS_UNCOVERED.set(execution, allocation.uncoveredTotal());
        if (allocation.uncoveredTotal() > 0) {
            throw new BpmnError(SHORTFALL, allocation.uncoveredTotal() + " shifts a day not covered by partner staff");
        }
    }

    static Map<StaffRole, Integer> needed(DelegateExecution execution) {
        return Map.of(StaffRole.REGISTERED_NURSE, NURSE_SHIFTS_NEEDED.orElse(execution, 0),
                StaffRole.CARE_WORKER, CARE_WORKER_SHIFTS_NEEDED.orElse(execution, 0));
    }

    static String requestKey(DelegateExecution execution) {
        return "request-" + STAFFING_REQUEST_NUMBER.orElse(execution, 1);
    }
}
