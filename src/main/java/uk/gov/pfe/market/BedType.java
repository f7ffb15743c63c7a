package uk.gov.pfe.market;

import uk.gov.pfe.process.ServiceType;

/** What a vacancy offers: a bed of a kind at a care home, or spare home care hours a week. */
public enum BedType {
    NURSING, NURSING_DEMENTIA, RESIDENTIAL, RESIDENTIAL_DEMENTIA, HOME_CARE_HOURS;

    /** Whether a provider of this service type can offer this kind of vacancy. */
    public boolean offeredBy(ServiceType type) {
        return switch (this) {
            case NURSING, NURSING_DEMENTIA -> type == ServiceType.CARE_HOME_NURSING;
            case RESIDENTIAL, RESIDENTIAL_DEMENTIA -> type == ServiceType.CARE_HOME_NURSING
                    || type == ServiceType.CARE_HOME_RESIDENTIAL;
            case HOME_CARE_HOURS -> type == ServiceType.HOME_CARE;
        };
    }
}
