package uk.gov.pfe.process;

/** Process and decision keys and message names of the contract (PROCEDURE.md §3). */
public final class ProcessKeys {

    public static final String PROVIDER_FAILURE_EXIT = "providerFailureExit";
    public static final String RESIDENT_RELOCATION = "residentRelocation";
    public static final String MUTUAL_AID_STAFFING = "mutualAidStaffing";

    public static final String DECISION_ESCALATION_LEVEL = "escalationLevel";
    public static final String DECISION_REVIEW_TEAM = "reviewTeam";

    public static final String MESSAGE_PROVIDER_CONCERN_RAISED = "ProviderConcernRaised";
    public static final String MESSAGE_PROVIDER_EXIT_NOTIFIED = "ProviderExitNotified";
    public static final String MESSAGE_PERSON_LEFT_SERVICE = "PersonLeftService";

    private ProcessKeys() {
    }
}
