package uk.gov.pfe.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.pfe.IntegrationTestBase;

/** The demo city's report, as the board would read it, in the three formats and for the right people. */
class QualityReportIT extends IntegrationTestBase {

    private static final String PERIOD = "/api/reports/quality?from=2026-08-31&to=2026-11-20";

    @Test
    void the_demo_city_report_shows_the_boards_table_with_the_last_positions_in_brackets() {
        var csv = as("commissioning").get(PERIOD + "&format=csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body().lines().limit(4).toList()).containsExactly(
                "Service type,Outstanding,Good,Requires Improvement,Inadequate,Not yet rated",
                "Nursing homes,0,9,0,0,0",
                "Residential homes,1,41,8 (7),0,4",
                "Home care providers,2,42 (36),5,0,2");

        var html = as("manager").get(PERIOD + "&format=html");
        assertThat(html.contentType()).startsWith("text/html");
        assertThat(html.body()).contains("<td>Residential homes</td><td>1</td><td>41</td><td>8 (7)</td>",
                "<td>Home care providers</td><td>2</td><td>42 (36)</td>");

        var json = as("auditor").get(PERIOD).json();
        assertThat(json.get("ratingChanges")).hasSize(2);
        assertThat(json.get("activity").get("peopleRelocated").asInt()).isZero();
    }

    @Test
    void only_managers_commissioning_auditors_and_admins_read_the_report() {
        for (var user : List.of("manager", "commissioning", "auditor", "admin")) {
            assertThat(as(user).get(PERIOD).status()).as(user).isEqualTo(200);
        }
        for (var user : List.of("quality", "placement", "safeguarding", "socialwork", "chc", "senior")) {
            var refused = as(user).get(PERIOD);
            assertThat(refused.status()).as(user).isEqualTo(403);
            assertThat(refused.contentType()).startsWith("application/problem+json");
        }
    }

    @Test
    void an_open_case_and_its_suspension_appear_among_the_providers_to_watch() {
        var opened = as("quality").post("/api/cases", "{\"providerId\":\"DEMO-R05\",\"trigger\":\"CQC_ENFORCEMENT\"}");
        assertThat(opened.status()).isEqualTo(201);
        var reference = opened.json().get("caseReference").asText();

        var watched = as("manager").get("/api/reports/quality").json().get("providersToWatch");
        assertThat(watched.findValuesAsText("caseReference")).contains(reference);
        assertThat(as("manager").get("/api/reports/quality").json().get("activity").get("casesOpenedByTrigger")
                .get("CQC_ENFORCEMENT").asInt()).isGreaterThanOrEqualTo(1);
    }
}
