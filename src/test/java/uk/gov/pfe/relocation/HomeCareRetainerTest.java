package uk.gov.pfe.relocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.gov.pfe.market.Provider;
import uk.gov.pfe.process.CqcRating;
import uk.gov.pfe.process.ProcessTestBase;
import uk.gov.pfe.process.ServiceType;

/**
 * The home care retainer contract is the council's reserve: a client's package goes to ordinary spare
 * capacity when there is some within reach, and to the retainer when there is none; the placement form
 * says which option is the retainer.
 */
class HomeCareRetainerTest extends ProcessTestBase {

    private static int run = 0;
    private String failing;
    private String ordinary;
    private String retainer;
    private String caseReference;

    @BeforeEach
    void aFailingAgencyAnOrdinaryAgencyFurtherAwayAndTheRetainerNearby() {
        run++;
        failing = "RH-F" + run;
        ordinary = "RH-O" + run;
        retainer = "RH-R" + run;
        caseReference = "PFE-2026-71" + String.format("%02d", run);
        jdbc.update("update pfe_vacancy set vacancies = 0");
        providers.save(new Provider(failing, "Failing agency", ServiceType.HOME_CARE, CqcRating.INADEQUATE, 50, null,
                52.60, -1.10, "Test", true));
        // about 11 km away, against about 1 km for the retainer
        providers.save(new Provider(ordinary, "Ordinary agency", ServiceType.HOME_CARE, CqcRating.GOOD, 50, null,
                52.70, -1.10, "Test", false));
        providers.save(new Provider(retainer, "Retainer agency", ServiceType.HOME_CARE, CqcRating.GOOD, 50, null,
                52.61, -1.10, "Test", false));
        jdbc.update("insert into pfe_case (case_reference, provider_id, trigger_type, opened_by, opened_at) "
                + "values (?, ?, 'INSOLVENCY', 'test', current_timestamp)", caseReference, failing);
        jdbc.update("insert into pfe_vacancy (provider_id, bed_type, vacancies, as_of) values (?, 'HOME_CARE_HOURS', 40, "
                + "DATE '2026-11-20')", retainer);
    }

    @Test
    void ordinary_spare_capacity_within_reach_comes_before_the_retainer() {
        jdbc.update("insert into pfe_vacancy (provider_id, bed_type, vacancies, as_of) values (?, 'HOME_CARE_HOURS', 40, "
                + "DATE '2026-11-20')", ordinary);
        client(failing + "-A");

        assertThat(planner(null).propose(caseReference, failing + "-A").providerId())
                .as("without a retainer contract the nearest agency wins").isEqualTo(retainer);
        jdbc.update("delete from pfe_placement_plan where case_reference = ?", caseReference);

        var proposal = planner(retainer).propose(caseReference, failing + "-A");
        assertThat(proposal.providerId()).isEqualTo(ordinary);
        assertThat(proposal.options()).extracting(RelocationPlanner.Option::label)
                .anySatisfy(label -> assertThat(label).startsWith("Retainer agency (" + retainer + ", good, home care retainer contract)"));
    }

    @Test
    void with_no_ordinary_spare_capacity_the_package_goes_to_the_retainer() {
        client(failing + "-B");

        var proposal = planner(retainer).propose(caseReference, failing + "-B");

        assertThat(proposal.providerId()).isEqualTo(retainer);
        assertThat(proposal.options().get(0).label()).contains("home care retainer contract").endsWith("proposed");
        assertThat(jdbc.queryForObject("select units from pfe_placement_plan where case_reference = ? and person_id = ?",
                Integer.class, caseReference, failing + "-B")).isEqualTo(12);
    }

    private RelocationPlanner planner(String retainerProvider) {
        return new RelocationPlanner(jdbc, providers, new MatchingProperties(1.0, Map.of("GOOD", 2.0), 3, 10,
                new MatchingProperties.HomeCareRetainer(retainerProvider, 30.0)));
    }

    private void client(String personId) {
        jdbc.update("insert into pfe_person (person_id, provider_id, nhs_number, given_name, family_name, date_of_birth, "
                + "funding_type, home_care_hours_per_week) values (?, ?, '9434765919', 'Synthetic', 'Client', DATE '1938-02-02', "
                + "'COUNCIL', 12)", personId, failing);
    }
}
