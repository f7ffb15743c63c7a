package uk.gov.pfe.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import uk.gov.pfe.IntegrationTestBase;

@TestPropertySource(properties = "pfe.records.retention-days=3650")
class RecordsRetentionIT extends IntegrationTestBase {

    @Autowired
    private RepositoryService repository;

    @Test
    void a_councils_own_retention_period_applies_to_every_deployed_definition() {
        var definitions = repository.createProcessDefinitionQuery().list();
        assertThat(definitions).isNotEmpty()
                .allSatisfy(d -> assertThat(d.getHistoryTimeToLive()).as(d.getKey()).isEqualTo(3650));
        assertThat(repository.createDecisionDefinitionQuery().list())
                .allSatisfy(d -> assertThat(d.getHistoryTimeToLive()).as(d.getKey()).isEqualTo(3650));
    }
}
