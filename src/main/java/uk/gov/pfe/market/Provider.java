package uk.gov.pfe.market;

import uk.gov.pfe.process.CqcRating;
import uk.gov.pfe.process.ServiceType;

/** A provider in the market register. */
public record Provider(String providerId, String name, ServiceType serviceType, CqcRating cqcRating, int capacity,
        String postcode, Double latitude, Double longitude, String localAuthority, boolean placementsSuspended) {
}
