package uk.gov.pfe.audit;

import org.camunda.bpm.engine.RepositoryService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Every model carries its own history time to live (8 years); a council whose records policy differs
 * sets {@code pfe.records.retention-days}, and this brings every deployed definition into line once the
 * engine has deployed (auto-deployment is done when the context has started, before the job executor runs). The change is written to the engine's user operation log like any other.
 */
@Component
class RecordsRetention {

    private static final Logger log = LoggerFactory.getLogger(RecordsRetention.class);

    private final RepositoryService repository;
    private final RecordsProperties properties;

    RecordsRetention(RepositoryService repository, RecordsProperties properties) {
        this.repository = repository;
        this.properties = properties;
    }

    @EventListener
    public void onDeployed(ApplicationStartedEvent event) {
        int days = properties.retentionDays();
        int changed = 0;
        for (var definition : repository.createProcessDefinitionQuery().list()) {
            if (!Integer.valueOf(days).equals(definition.getHistoryTimeToLive())) {
                repository.updateProcessDefinitionHistoryTimeToLive(definition.getId(), days);
                changed++;
            }
        }
        for (var definition : repository.createDecisionDefinitionQuery().list()) {
            if (!Integer.valueOf(days).equals(definition.getHistoryTimeToLive())) {
                repository.updateDecisionDefinitionHistoryTimeToLive(definition.getId(), days);
                changed++;
            }
        }
        log.info("Records retention {} days; history cleanup window {}-{}; {} definitions updated",
                days, properties.cleanupWindowStart(), properties.cleanupWindowEnd(), changed);
    }
}
