package uk.gov.pfe.audit;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Records retention: completed cases are kept this many days after they end (history time to live),
 * then removed by the engine's history cleanup in the nightly window.
 */
@ConfigurationProperties("pfe.records")
public record RecordsProperties(int retentionDays, String cleanupWindowStart, String cleanupWindowEnd) {

    public RecordsProperties {
        if (retentionDays < 1) {
            throw new IllegalArgumentException("pfe.records.retention-days must be at least 1, was " + retentionDays);
        }
    }
}
