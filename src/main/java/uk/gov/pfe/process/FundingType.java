package uk.gov.pfe.process;

/** Who funds a person's care. */
public enum FundingType {
    COUNCIL, NHS_CHC, SELF_FUNDED, OTHER_AUTHORITY
}
