package uk.gov.pfe.relocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import uk.gov.pfe.IntegrationTestBase;
import uk.gov.pfe.market.Provider;
import uk.gov.pfe.market.ProviderRegister;
import uk.gov.pfe.process.CqcRating;
import uk.gov.pfe.process.ServiceType;

/**
 * Hospital admissions and deaths after a move, reported through our API after the relocation ended,
 * and what the board's report makes of them: counted once per person, within 30 and 90 days of the move.
 */
@TestPropertySource(properties = "pfe.demo.data=false")
class MoveOutcomeIT extends IntegrationTestBase {

    @Autowired
    private ProviderRegister register;

    @Autowired
    private DataSource dataSource;

    private JdbcTemplate jdbc;

    @BeforeEach
    void twoPeopleMovedByACase() {
        jdbc = new JdbcTemplate(dataSource);
        if (register.find("O-OLD").isPresent()) {
            return;
        }
        register.save(new Provider("O-OLD", "Closing Home", ServiceType.CARE_HOME_NURSING, CqcRating.INADEQUATE, 30, null,
                null, null, "Test City Council", true), LocalDate.of(2025, 1, 1), "test");
        register.save(new Provider("O-NEW", "Receiving Home", ServiceType.CARE_HOME_NURSING, CqcRating.GOOD, 30, null,
                null, null, "Test City Council", false), LocalDate.of(2025, 1, 1), "test");
        for (var person : new String[] {"O-P1", "O-P2", "O-P3"}) {
            jdbc.update("insert into pfe_person (person_id, provider_id, nhs_number, given_name, family_name, date_of_birth, "
                    + "funding_type) values (?, 'O-NEW', '9434765919', 'Synthetic', 'Person', DATE '1940-01-01', 'COUNCIL')", person);
        }
        move("O-P1", "2026-06-01");
        move("O-P2", "2026-01-05");
    }

    @Test
    void outcomes_are_checked_recorded_once_and_counted_by_how_soon_after_the_move_they_happened() {
        var first = as("socialwork").post("/api/people/O-P1/outcomes", "{\"outcome\":\"HOSPITAL_ADMISSION\",\"occurredOn\":\"2026-06-20\"}");
        assertThat(first.status()).isEqualTo(201);
        assertThat(first.json().get("daysAfterMove").asInt()).isEqualTo(19);
        assertThat(first.json().get("caseReference").asText()).isEqualTo("PFE-2026-0900");
        var again = as("placement").post("/api/people/O-P1/outcomes", "{\"outcome\":\"HOSPITAL_ADMISSION\",\"occurredOn\":\"2026-06-20\"}");
        assertThat(again.status()).as("the same admission reported twice is one record").isEqualTo(200);
        assertThat(again.json().get("outcomeId").asText()).isEqualTo(first.json().get("outcomeId").asText());
        // a second admission of the same person within 90 days: recorded, but the person is counted once
        assertThat(as("socialwork").post("/api/people/O-P1/outcomes", "{\"outcome\":\"HOSPITAL_ADMISSION\",\"occurredOn\":\"2026-07-25\"}")
                .status()).isEqualTo(201);
        assertThat(as("chc").post("/api/people/O-P1/outcomes", "{\"outcome\":\"DEATH\",\"occurredOn\":\"2026-08-15\"}").status())
                .isEqualTo(201);
        // 155 days after the move: recorded, outside both windows
        assertThat(as("socialwork").post("/api/people/O-P2/outcomes", "{\"outcome\":\"HOSPITAL_ADMISSION\",\"occurredOn\":\"2026-06-09\"}")
                .status()).isEqualTo(201);

        assertThat(jdbc.queryForMap("select status, left_reason from pfe_person where person_id = 'O-P1'"))
                .containsEntry("STATUS", "LEFT").containsEntry("LEFT_REASON", "DIED");
        var listed = as("auditor").get("/api/people/O-P1/outcomes");
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.json()).hasSize(3);
        assertThat(listed.json().get(2).get("recordedBy").asText()).isEqualTo("chc");
        assertThat(listed.json().get(2).get("source").asText()).isEqualTo("REPORTED");

        var summer = as("manager").get("/api/reports/quality?from=2026-05-31&to=2026-09-30").json().get("outcomesAfterMoves");
        assertThat(summer.get("hospitalAdmissionsWithin30Days").asInt()).isEqualTo(1);
        assertThat(summer.get("hospitalAdmissionsWithin90Days").asInt()).isEqualTo(1);
        assertThat(summer.get("deathsWithin30Days").asInt()).isZero();
        assertThat(summer.get("deathsWithin90Days").asInt()).isEqualTo(1);
        var august = as("manager").get("/api/reports/quality?from=2026-07-31&to=2026-09-30").json().get("outcomesAfterMoves");
        assertThat(august.get("hospitalAdmissionsWithin90Days").asInt()).isZero();
        assertThat(august.get("deathsWithin90Days").asInt()).isEqualTo(1);

        var html = as("commissioning").get("/api/reports/quality?from=2026-05-31&to=2026-09-30&format=html").body();
        assertThat(html).contains("People admitted to hospital within 30 / 90 days of a move</td><td>1 / 1",
                "People who died within 30 / 90 days of a move</td><td>0 / 1");
        assertThat(as("commissioning").get("/api/reports/quality?from=2026-05-31&to=2026-09-30&format=csv").body())
                .contains("Deaths within 90 days of a move,1\n", "Hospital admissions within 30 days of a move,1\n");
    }

    @Test
    void a_bad_report_is_refused_with_every_problem_and_writes_nothing() {
        int recorded = jdbc.queryForObject("select count(*) from pfe_move_outcome", Integer.class);
        var future = LocalDate.now().plusDays(10);
        var bad = as("socialwork").post("/api/people/O-P1/outcomes", "{\"outcome\":\"FELL\",\"occurredOn\":\"" + future + "\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        assertThat(bad.json().get("errors").toString()).contains("FELL", "in the future");

        var beforeTheMove = as("socialwork").post("/api/people/O-P1/outcomes", "{\"outcome\":\"DEATH\",\"occurredOn\":\"2026-05-01\"}");
        assertThat(beforeTheMove.status()).isEqualTo(400);
        assertThat(beforeTheMove.json().get("errors").toString()).contains("had not been moved");
        assertThat(as("socialwork").post("/api/people/O-P3/outcomes", "{\"outcome\":\"DEATH\",\"occurredOn\":\"2026-07-01\"}")
                .status()).as("never moved by the procedure").isEqualTo(400);
        assertThat(as("socialwork").post("/api/people/NOBODY/outcomes", "{\"outcome\":\"DEATH\",\"occurredOn\":\"2026-07-01\"}")
                .status()).isEqualTo(404);
        assertThat(as("socialwork").post("/api/people/O-P1/outcomes", "").status()).isEqualTo(400);
        assertThat(as("auditor").post("/api/people/O-P1/outcomes", "{\"outcome\":\"DEATH\",\"occurredOn\":\"2026-07-01\"}")
                .status()).isEqualTo(403);
        assertThat(jdbc.queryForObject("select count(*) from pfe_move_outcome", Integer.class)).isEqualTo(recorded);
        assertThat(as("quality").get("/api/people/O-P1/outcomes").status()).isEqualTo(403);
    }

    private void move(String personId, String movedOn) {
        jdbc.update("insert into pfe_move (move_id, case_reference, person_id, from_provider_id, to_provider_id, bed_type, units, "
                + "moving_date, recorded_at) values (?, 'PFE-2026-0900', ?, 'O-OLD', 'O-NEW', 'NURSING', 1, ?, current_timestamp)",
                "move-" + personId, personId, java.sql.Date.valueOf(movedOn));
    }
}
