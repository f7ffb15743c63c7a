package uk.gov.pfe.process;

/** What the provider failure group decided about the provider. */
public enum Decision {
    STABILISE, RELOCATE
}
