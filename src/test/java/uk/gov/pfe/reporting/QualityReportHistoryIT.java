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

/** A register whose history is known exactly: the table's cells and brackets must match it. */
@TestPropertySource(properties = "pfe.demo.data=false")
class QualityReportHistoryIT extends IntegrationTestBase {

    @Autowired
    private ProviderRegister register;

    @Test
    void each_cell_counts_the_position_at_the_end_and_brackets_the_position_at_the_last_report() {
        var early = LocalDate.of(2026, 1, 10);
        save("K-N1", ServiceType.CARE_HOME_NURSING, CqcRating.GOOD, early);
        save("K-N2", ServiceType.CARE_HOME_NURSING, CqcRating.REQUIRES_IMPROVEMENT, early);
        save("K-R1", ServiceType.CARE_HOME_RESIDENTIAL, CqcRating.GOOD, early);
        save("K-R2", ServiceType.CARE_HOME_RESIDENTIAL, CqcRating.NOT_YET_RATED, LocalDate.of(2026, 5, 1)); // new in the period
        save("K-H1", ServiceType.HOME_CARE, CqcRating.OUTSTANDING, early);
        save("K-H2", ServiceType.HOME_CARE, CqcRating.GOOD, LocalDate.of(2026, 9, 1));                       // after the period
        register.rate("K-N2", CqcRating.GOOD, LocalDate.of(2026, 4, 2), "test");                             // RI -> Good in the period
        register.rate("K-R1", CqcRating.INADEQUATE, LocalDate.of(2026, 2, 20), "test");                      // before the period

        var json = as("manager").get("/api/reports/quality?from=2026-03-01&to=2026-06-30").json();

        var rows = json.get("ratingsProfile");
        assertThat(rows.get(0).get("label").asText()).isEqualTo("Nursing homes");
        assertThat(cells(rows.get(0))).isEqualTo("0|2 (1)|0 (1)|0|0");
        assertThat(cells(rows.get(1))).isEqualTo("0|0|0|1|1 (0)");
        assertThat(cells(rows.get(2))).isEqualTo("1|0|0|0|0");
        assertThat(json.get("ratingChanges")).hasSize(1);
        assertThat(json.get("ratingChanges").get(0).get("providerId").asText()).isEqualTo("K-N2");
        assertThat(json.get("ratingChanges").get(0).get("from").asText()).isEqualTo("REQUIRES_IMPROVEMENT");

        var later = as("manager").get("/api/reports/quality?from=2026-06-30&to=2026-10-01").json();
        assertThat(cells(later.get("ratingsProfile").get(2))).isEqualTo("1|1 (0)|0|0|0");
    }

    @Test
    void bad_dates_and_formats_are_refused() {
        assertThat(as("manager").get("/api/reports/quality?from=2026-13-01").status()).isEqualTo(400);
        assertThat(as("manager").get("/api/reports/quality?from=2026-06-01&to=2026-05-01").status()).isEqualTo(400);
        assertThat(as("manager").get("/api/reports/quality?format=pdf").status()).isEqualTo(400);
    }

    private void save(String id, ServiceType type, CqcRating rating, LocalDate registered) {
        register.save(new Provider(id, "Known " + id, type, rating, 20, null, null, null, "Test City Council", false),
                registered, "test");
    }

    private static String cells(com.fasterxml.jackson.databind.JsonNode row) {
        var out = new java.util.ArrayList<String>();
        for (var rating : new String[] {"OUTSTANDING", "GOOD", "REQUIRES_IMPROVEMENT", "INADEQUATE", "NOT_YET_RATED"}) {
            var cell = row.get("cells").get(rating);
            int now = cell.get("now").asInt();
            int before = cell.get("before").asInt();
            out.add(now == before ? String.valueOf(now) : now + " (" + before + ")");
        }
        return String.join("|", out);
    }
}
