package uk.gov.pfe.staffing;

import static uk.gov.pfe.process.CaseVariables.CASE_REFERENCE;
import static uk.gov.pfe.process.CaseVariables.SHIFTS_UNCOVERED;

import java.util.EnumMap;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Books agency staff for the shifts partners could not cover, once commissioning approved the spend. */
@Component("bookAgencyStaff")
class BookAgencyStaffDelegate implements JavaDelegate {

    private final MutualAidService mutualAid;

    BookAgencyStaffDelegate(MutualAidService mutualAid) {
        this.mutualAid = mutualAid;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var caseReference = CASE_REFERENCE.required(execution);
        var key = AllocateMutualAidDelegate.requestKey(execution);
        var needed = AllocateMutualAidDelegate.needed(execution);
        // what partners already gave for this request
        var partners = mutualAid.allocate(caseReference, key, needed, List.of());
        var gap = new EnumMap<StaffRole, Integer>(partners.uncovered());
        var agency = mutualAid.allocate(caseReference, key + "-agency", gap, List.of(StaffSource.AGENCY));
        SHIFTS_UNCOVERED.set(execution, agency.uncoveredTotal());
    }
}
