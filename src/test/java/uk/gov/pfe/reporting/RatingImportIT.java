package uk.gov.pfe.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import uk.gov.pfe.IntegrationTestBase;
import uk.gov.pfe.market.Provider;
import uk.gov.pfe.market.ProviderRegister;
import uk.gov.pfe.process.CqcRating;
import uk.gov.pfe.process.ServiceType;

/** CQC rating updates by CSV: checked row by row, then kept in the register's history with their dates. */
@TestPropertySource(properties = "pfe.demo.data=false")
class RatingImportIT extends IntegrationTestBase {

    @Autowired
    private ProviderRegister register;

    @Test
    void rating_updates_imported_by_csv_enter_the_history_with_their_dates() {
        save("K-X1", ServiceType.HOME_CARE, CqcRating.GOOD, LocalDate.of(2025, 6, 1));
        var imported = as("commissioning").post("/api/providers/ratings", "text/csv",
                "providerId,cqcRating,ratedOn\nK-X1,REQUIRES_IMPROVEMENT,2026-07-15\n");
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);

        var bad = as("commissioning").post("/api/providers/ratings", "text/csv",
                "providerId,cqcRating,ratedOn\nK-X1,SUPERB,2026-07-15\nNOPE,GOOD,yesterday\n");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").toString()).contains("row 1: cqcRating", "row 2: providerId", "row 2: ratedOn");

        var report = as("auditor").get("/api/reports/quality?from=2026-07-01&to=2026-07-31").json();
        assertThat(report.get("ratingChanges").findValuesAsText("providerId")).contains("K-X1");
        assertThat(as("auditor").get("/api/providers/K-X1").json().get("cqcRating").asText()).isEqualTo("REQUIRES_IMPROVEMENT");
    }

    private void save(String id, ServiceType type, CqcRating rating, LocalDate registered) {
        register.save(new Provider(id, "Known " + id, type, rating, 20, null, null, null, "Test City Council", false),
                registered, "test");
    }
}
