package uk.gov.pfe.relocation;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Who has to move when a case decides to relocate: every person the provider still serves. The case
 * model reads it as the collection of its relocation multi-instance:
 * {@code ${relocationPlan.peopleToMove(providerId)}} (person ids only; records stay in the tables).
 */
@Component("relocationPlan")
public class RelocationPlan {

    private final JdbcTemplate jdbc;

    RelocationPlan(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<String> peopleToMove(String providerId) {
        return jdbc.queryForList("select person_id from pfe_person where provider_id = ? and status = 'ACTIVE' "
                + "order by person_id", String.class, providerId);
    }
}
