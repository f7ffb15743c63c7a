package uk.gov.pfe.process;

/** The kind of service a provider runs. */
public enum ServiceType {
    CARE_HOME_NURSING, CARE_HOME_RESIDENTIAL, HOME_CARE
}
