package uk.gov.pfe.relocation;

import java.util.Locale;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Weights of the placement cost: distance to where the person wants to be, and the new provider's rating;
 * and the home care retainer contract, the council's reserve for home care packages (used after ordinary
 * spare capacity: its packages cost {@code extraCost} more).
 */
@ConfigurationProperties("pfe.matching")
public record MatchingProperties(double costPerKm, Map<String, Double> ratingCost, int alternatives,
        int defaultHomeCareHours, HomeCareRetainer homeCareRetainer) {

    /** The provider holding the home care retainer contract (its spare hours are the retained capacity). */
    public record HomeCareRetainer(String providerId, Double extraCost) {

        public HomeCareRetainer {
            providerId = providerId == null || providerId.isBlank() ? null : providerId.trim();
            extraCost = extraCost == null ? 30.0 : extraCost;
        }

        boolean isHeldBy(String provider) {
            return providerId != null && providerId.equals(provider);
        }
    }

    public MatchingProperties {
        ratingCost = ratingCost == null ? Map.of() : Map.copyOf(ratingCost);
        alternatives = alternatives <= 0 ? 3 : alternatives;
        defaultHomeCareHours = defaultHomeCareHours <= 0 ? 10 : defaultHomeCareHours;
        homeCareRetainer = homeCareRetainer == null ? new HomeCareRetainer(null, null) : homeCareRetainer;
    }

    double ratingCost(String rating) {
        return ratingCost.getOrDefault(rating, ratingCost.getOrDefault(rating.toLowerCase(Locale.ROOT).replace('_', '-'), 0.0));
    }
}
