package uk.gov.pfe.relocation;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Weights of the placement cost: distance to where the person wants to be, and the new provider's rating. */
@ConfigurationProperties("pfe.matching")
public record MatchingProperties(double costPerKm, Map<String, Double> ratingCost, int alternatives,
        int defaultHomeCareHours) {

    public MatchingProperties {
        ratingCost = ratingCost == null ? Map.of() : Map.copyOf(ratingCost);
        alternatives = alternatives <= 0 ? 3 : alternatives;
        defaultHomeCareHours = defaultHomeCareHours <= 0 ? 10 : defaultHomeCareHours;
    }

    double ratingCost(String rating) {
        return ratingCost.getOrDefault(rating, ratingCost.getOrDefault(rating.toLowerCase(java.util.Locale.ROOT).replace('_', '-'), 0.0));
    }
}
