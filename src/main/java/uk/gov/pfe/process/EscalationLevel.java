package uk.gov.pfe.process;

/** How serious a case is, from the escalationLevel decision; declared from least to most serious. */
public enum EscalationLevel {
    MONITORING, SERIOUS_CONCERN, PROVIDER_FAILURE, EMERGENCY
}
