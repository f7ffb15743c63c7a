package uk.gov.pfe.process;

import static uk.gov.pfe.process.Variable.bool;
import static uk.gov.pfe.process.Variable.enumOf;
import static uk.gov.pfe.process.Variable.string;

/** The variables of one person's relocation (residentRelocation). */
public final class PersonVariables {

    public static final Variable<String> CASE_REFERENCE = CaseVariables.CASE_REFERENCE;
    public static final Variable<String> PERSON_ID = string("personId");
    public static final Variable<String> FROM_PROVIDER_ID = string("fromProviderId");
    public static final Variable<FundingType> FUNDING_TYPE = enumOf("fundingType", FundingType.class);
    public static final Variable<Boolean> HOME_CARE = bool("homeCare");
    public static final Variable<Boolean> NURSING_NEED = bool("nursingNeed");
    public static final Variable<Boolean> DEMENTIA_CARE = bool("dementiaCare");
    public static final Variable<String> PROPOSED_PLACEMENT = string("proposedPlacement");
    public static final Variable<String> CHOSEN_PLACEMENT = string("chosenPlacement");
    public static final Variable<String> MOVING_DATE = string("movingDate");
    public static final Variable<String> TRANSFER_DATE = string("transferDate");
    public static final Variable<String> LEFT_REASON = string("leftReason");
    public static final Variable<Boolean> HOSPITAL_ADMISSION = bool("hospitalAdmission");
    public static final Variable<Boolean> DIED_SINCE_MOVE = bool("diedSinceMove");
    public static final String PLACEMENT_OPTIONS = "placementOptions";

    private PersonVariables() {
    }
}
