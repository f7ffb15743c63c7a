package uk.gov.pfe.relocation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.gov.pfe.IntegrationTestBase;
import uk.gov.pfe.EngineRestDriver;
import uk.gov.pfe.market.BedType;

/**
 * The demo city's 60-bed nursing home fails: a coordinator drives the case through /engine-rest
 * alone, with the values the forms ask for, until every resident has moved and been reviewed twice.
 * Then the moves are checked against every hard constraint.
 */
class DemoNursingHomeRelocationIT extends IntegrationTestBase {

    private static final String HOME = "DEMO-N01";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void every_resident_of_the_failed_nursing_home_moves_to_a_suitable_place() throws Exception {
        var vacanciesBefore = new HashMap<String, Integer>();
        jdbc.query("select provider_id, bed_type, vacancies from pfe_vacancy", rs -> {
            vacanciesBefore.put(rs.getString(1) + "/" + rs.getString(2), rs.getInt(3));
        });
        var residents = jdbc.queryForList("select person_id, nursing_need, dementia_care, keep_together_group from pfe_person "
                + "where provider_id = ? and status = 'ACTIVE'", HOME);
        assertThat(residents).hasSize(60);

        var coordinator = as("coordinator");
        var driver = new EngineRestDriver(port);
        var opened = coordinator.post("/api/cases", "{\"providerId\":\"" + HOME + "\",\"trigger\":\"PROVIDER_EXIT_NOTICE\"}");
        assertThat(opened.status()).isEqualTo(201);
        var reference = opened.json().get("caseReference").asText();
        var caseId = opened.json().get("processInstanceId").asText();
        driver.complete("coordinator", caseId, "Task_AssessConcern", Map.of("cqcRating", "GOOD", "peopleAffected", 60,
                "staffingShortfallPercent", 0, "safeguardingConcernsOpen", 0, "daysUntilServiceEnds", 42));
        driver.complete("coordinator", caseId, "Task_ConveneProviderGroup", Map.of("groupMeetingAt", "2026-11-23T09:00:00Z",
                "actionPlanSummary", "Plan every move"));
        driver.complete("coordinator", caseId, "Task_AssessSafeguardingRisk", Map.of("safeguardingRisk", "LOW"));
        driver.complete("coordinator", caseId, "Task_AgreeCommunications", Map.of("communicationsAudiences", "[\"PEOPLE\",\"FAMILIES\",\"STAFF\"]",
                "keyMessages", "Everyone will be supported to move"));
        driver.complete("coordinator", caseId, "Task_DecideProviderFuture", Map.of("decision", "RELOCATE", "section48Applies", false,
                "section48Reason", "Planned exit with notice, no business failure", "decisionRationale", "Home closing"));
        assertThat(as("manager").get("/api/providers/" + HOME).json().get("placementsSuspended").asBoolean()).isTrue();

        for (var resident : residents) {
            var personId = (String) resident.get("person_id");
            var child = driver.instanceByBusinessKey(reference + "/" + personId);
            driver.complete("coordinator", child, "Task_ReviewNeedsAndWishes", Map.of("mentalCapacity", "HAS_CAPACITY", "safeguardingRisk", "LOW",
                    "nursingNeed", resident.get("nursing_need"), "dementiaCare", resident.get("dementia_care"),
                    "familyInformed", true));
            var agree = driver.taskId(child, "Task_AgreeNewPlacement");
            var options = JSON.readTree(as("coordinator").get("/engine-rest/task/" + agree
                    + "/variables/placementOptions?deserializeValue=false").json().get("value").asText());
            driver.complete("coordinator", child, "Task_AgreeNewPlacement", Map.of("chosenPlacement", options.get(0).get("value").asText(),
                    "familyAgreed", true));
            driver.complete("coordinator", child, "Task_ArrangeMove", Map.of("movingDate", "2026-12-07T10:00:00Z",
                    "moveChecklist", "[\"CARE_PLAN_SENT\",\"MEDICAL_RECORDS_SENT\",\"MEDICINES_AND_MAR\",\"GP_INFORMED\"]"));
            driver.fireTimer(child, "TimerEvent_SeventyTwoHoursAfterMove");
            driver.complete("coordinator", child, "Task_ReviewAfter72Hours", Map.of("settlingIn", "WELL", "reviewNotes", "Settling"));
            driver.fireTimer(child, "TimerEvent_TwentyEightDaysAfterMove");
            driver.complete("coordinator", child, "Task_ReviewAfter28Days", Map.of("settlingIn", "WELL", "reviewNotes", "Settled"));
        }
        driver.complete("coordinator", caseId, "Task_CloseCase", Map.of("debriefHeldOn", "2027-01-20", "lessonsLearned", "Plan from day one"));
        EngineRestDriver.waitFor(() -> "COMPLETED".equals(as("auditor").get("/engine-rest/history/process-instance?processInstanceId=" + caseId)
                .json().get(0).get("state").asText()) ? "done" : null);

        var moves = jdbc.queryForList("select m.person_id, m.to_provider_id, m.bed_type, p.cqc_rating, p.placements_suspended "
                + "from pfe_move m join pfe_provider p on p.provider_id = m.to_provider_id where m.case_reference = ?", reference);
        assertThat(moves).hasSize(60);
        var whereTo = new HashMap<String, String>();
        var taken = new HashMap<String, Integer>();
        for (var move : moves) {
            var person = residents.stream().filter(r -> r.get("person_id").equals(move.get("person_id"))).findFirst().orElseThrow();
            var bed = BedType.valueOf((String) move.get("bed_type"));
            assertThat(move.get("to_provider_id")).isNotEqualTo(HOME);
            assertThat(move.get("cqc_rating")).isNotEqualTo("INADEQUATE");
            assertThat(move.get("placements_suspended")).isEqualTo(false);
            assertThat(RelocationPlanner.allowedTypes(false, (Boolean) person.get("nursing_need"),
                    (Boolean) person.get("dementia_care"))).as("bed fits %s", person.get("person_id")).contains(bed);
            whereTo.put((String) move.get("person_id"), (String) move.get("to_provider_id"));
            taken.merge(move.get("to_provider_id") + "/" + bed, 1, Integer::sum);
        }
        taken.forEach((slot, count) -> assertThat(count).as("capacity of %s", slot)
                .isLessThanOrEqualTo(vacanciesBefore.getOrDefault(slot, 0)));
        for (var resident : residents) {
            var group = resident.get("keep_together_group");
            if (group != null) {
                var partners = residents.stream().filter(r -> group.equals(r.get("keep_together_group")))
                        .map(r -> whereTo.get((String) r.get("person_id"))).distinct().toList();
                assertThat(partners).as("couple %s together", group).hasSize(1);
            }
        }
        assertThat(jdbc.queryForObject("select count(*) from pfe_person where provider_id = ?", Integer.class, HOME)).isZero();
        assertThat(as("commissioning").get("/api/cases/" + reference + "/report").body()).contains("People in relocation: 60");
    }
}
