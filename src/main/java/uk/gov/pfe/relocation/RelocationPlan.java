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

    private static final String SEPARATOR = ",";

    private final JdbcTemplate jdbc;
    private final int batchSize;

    RelocationPlan(JdbcTemplate jdbc, @org.springframework.beans.factory.annotation.Value("${pfe.relocation.batch-size:50}") int batchSize) {
        this.jdbc = jdbc;
        this.batchSize = Math.max(1, batchSize);
    }

    /**
     * The people to move in batches (person ids joined by commas), for the case's multi-instance:
     * each batch is one job that starts its people's relocations in one transaction, so a fan-out of
     * a thousand commits in chunks rather than one huge transaction or a thousand serial jobs.
     */
    public List<String> batches(String providerId) {
        var people = peopleToMove(providerId);
        var batches = new java.util.ArrayList<String>();
        for (int from = 0; from < people.size(); from += batchSize) {
            batches.add(String.join(SEPARATOR, people.subList(from, Math.min(people.size(), from + batchSize))));
        }
        return batches;
    }

    /** The person ids of one batch. */
    public List<String> members(String batch) {
        return batch == null || batch.isBlank() ? List.of() : List.of(batch.split(SEPARATOR));
    }

    public List<String> peopleToMove(String providerId) {
        return jdbc.queryForList("select person_id from pfe_person where provider_id = ? and status = 'ACTIVE' "
                + "order by person_id", String.class, providerId);
    }
}
