package uk.gov.pfe.market;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.gov.pfe.IntegrationTestBase;
import uk.gov.pfe.residents.NhsNumber;

/** Imports into the market register through the API: all or nothing, every problem with its row. */
class RegisterImportIT extends IntegrationTestBase {

    private static final String PROVIDERS_HEADER =
            "providerId,name,serviceType,cqcRating,capacity,postcode,latitude,longitude,localAuthority,placementsSuspended\n";
    private static final String PEOPLE_HEADER = "personId,nhsNumber,givenName,familyName,dateOfBirth,fundingType,"
            + "fundingAuthority,nursingNeed,dementiaCare,homeCareHoursPerWeek,preferredLatitude,preferredLongitude,keepTogetherGroup\n";

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void providers_are_imported_by_csv_or_json_and_filtered_by_type() {
        var csv = PROVIDERS_HEADER
                + "RI-N1,Synthetic Oaks Nursing Home,CARE_HOME_NURSING,GOOD,60,AB1 2CD,52.63,-1.13,Test City Council,false\n"
                + "RI-H1,Synthetic Home Care Ltd,HOME_CARE,REQUIRES_IMPROVEMENT,400,,,,Test City Council,\n";
        var imported = as("commissioning").post("/api/providers", "text/csv", csv);
        assertThat(imported.status()).isEqualTo(200);
        assertThat(imported.json().get("imported").asInt()).isEqualTo(2);

        var json = as("placement").post("/api/providers", "[{\"providerId\":\"RI-R1\",\"name\":\"Synthetic Elms\","
                + "\"serviceType\":\"CARE_HOME_RESIDENTIAL\",\"cqcRating\":\"OUTSTANDING\",\"capacity\":30,"
                + "\"localAuthority\":\"Test City Council\"}]");
        assertThat(json.status()).isEqualTo(200);

        var homeCare = as("quality").get("/api/providers?serviceType=HOME_CARE").json();
        assertThat(homeCare.findValuesAsText("providerId")).contains("RI-H1").doesNotContain("RI-N1", "RI-R1");
        assertThat(as("quality").get("/api/providers/RI-R1").json().get("cqcRating").asText()).isEqualTo("OUTSTANDING");
        assertThat(as("quality").get("/api/providers?serviceType=CASTLE").status()).isEqualTo(400);
        assertThat(as("quality").get("/api/providers?localAuthority=Nowhere").json()).isEmpty();
        assertThat(as("quality").get("/api/providers/NOPE").status()).isEqualTo(404);
    }

    @Test
    void only_register_teams_may_import() {
        var csv = PROVIDERS_HEADER + "RI-X,Name,HOME_CARE,GOOD,10,,,,Test City Council,false\n";
        var refused = as("quality").post("/api/providers", "text/csv", csv);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(as("admin").post("/api/providers", "text/csv", csv).status()).isEqualTo(200);
    }

    @Test
    void one_bad_row_among_500_is_named_and_nothing_is_written() {
        seedProvider("RI-P500");
        var csv = new StringBuilder(PEOPLE_HEADER);
        for (int i = 1; i <= 500; i++) {
            var nhs = i == 250 ? "1234567890" : NhsNumber.withCheckDigit(400_000_000L + i * 7L);
            csv.append("RI500-").append(i).append(',').append(nhs).append(",Test,Person").append(i)
                    .append(",1941-02-03,COUNCIL,,true,false,,,,\n");
        }
        int before = count();

        var refused = as("placement").post("/api/providers/RI-P500/people", "text/csv", csv.toString());

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("errors")).hasSize(1);
        assertThat(refused.json().get("errors").get(0).asText()).startsWith("row 250: nhsNumber");
        assertThat(count()).isEqualTo(before);

        var fixed = csv.toString().replace("1234567890", NhsNumber.withCheckDigit(499_999_999L));
        assertThat(as("placement").post("/api/providers/RI-P500/people", "text/csv", fixed).json().get("imported").asInt())
                .isEqualTo(500);
        assertThat(count()).isEqualTo(before + 500);
    }

    @Test
    void every_kind_of_bad_row_is_reported_at_once() {
        seedProvider("RI-BAD");
        var csv = PEOPLE_HEADER
                + "B-1," + NhsNumber.withCheckDigit(123456789) + ",A,B,1950-13-01,COUNCIL,,true,false,,,,\n"
                + "B-1," + NhsNumber.withCheckDigit(123456700) + ",A,B,1950-01-01,PRIVATE,,yes,false,,,,\n"
                + "B-3," + NhsNumber.withCheckDigit(123456600) + ",,B,1950-01-01,OTHER_AUTHORITY,,false,false,,52.1,,\n";
        var refused = as("placement").post("/api/providers/RI-BAD/people", "text/csv", csv);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").toString()).contains("row 1: dateOfBirth", "row 2: personId",
                "row 2: fundingType", "row 2: nursingNeed", "row 3: givenName", "row 3: fundingAuthority",
                "row 3: preferredLatitude/preferredLongitude");
        assertThat(as("placement").post("/api/providers/NO-SUCH/people", "text/csv", csv).status()).isEqualTo(404);
        assertThat(as("placement").post("/api/providers/RI-BAD/people", "text/csv", "personId,shoeSize\nX,9\n").json()
                .get("errors").toString()).contains("unknown column", "shoeSize", "missing column");
    }

    @Test
    void ten_thousand_people_import_in_one_request() {
        seedProvider("RI-10K");
        var csv = new StringBuilder(PEOPLE_HEADER);
        for (int i = 1; i <= 10_000; i++) {
            csv.append("RI10K-").append(i).append(',').append(NhsNumber.withCheckDigit(600_000_000L + i * 11L))
                    .append(",Test,Client").append(i).append(",1945-06-07,SELF_FUNDED,,false,false,,,,\n");
        }
        var response = as("commissioning").post("/api/providers/RI-10K/people", "text/csv", csv.toString());
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().get("imported").asInt()).isEqualTo(10_000);
    }

    @Test
    void vacancies_must_fit_the_providers_service() {
        seedProvider("RI-V1");
        var bad = as("placement").post("/api/vacancies", "text/csv",
                "providerId,bedType,vacancies,asOf\nRI-V1,HOME_CARE_HOURS,40,2026-11-20\nNOPE,NURSING,1,2026-11-20\n");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").toString()).contains("row 1: bedType", "row 2: providerId");

        var good = as("placement").post("/api/vacancies", "text/csv",
                "asOf,providerId,bedType,vacancies\n2026-11-20,RI-V1,NURSING,3\n2026-11-20,RI-V1,RESIDENTIAL_DEMENTIA,1\n");
        assertThat(good.status()).isEqualTo(200);
        assertThat(as("quality").get("/api/vacancies?providerId=RI-V1").json().findValuesAsText("bedType"))
                .containsExactly("NURSING", "RESIDENTIAL_DEMENTIA");
        assertThat(as("quality").get("/api/vacancies?bedType=BUNK").status()).isEqualTo(400);
    }

    private void seedProvider(String id) {
        as("admin").post("/api/providers", "text/csv", PROVIDERS_HEADER + id
                + ",Synthetic House,CARE_HOME_NURSING,GOOD,60,,,,Test City Council,false\n");
    }

    private int count() {
        return jdbc.queryForObject("select count(*) from pfe_person", Integer.class);
    }
}
