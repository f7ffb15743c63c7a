package uk.gov.pfe.relocation;

import static uk.gov.pfe.process.PersonVariables.CASE_REFERENCE;
import static uk.gov.pfe.process.PersonVariables.CHOSEN_PLACEMENT;
import static uk.gov.pfe.process.PersonVariables.DEMENTIA_CARE;
import static uk.gov.pfe.process.PersonVariables.DIED_SINCE_MOVE;
import static uk.gov.pfe.process.PersonVariables.FUNDING_TYPE;
import static uk.gov.pfe.process.PersonVariables.HOME_CARE;
import static uk.gov.pfe.process.PersonVariables.HOSPITAL_ADMISSION;
import static uk.gov.pfe.process.PersonVariables.LEFT_REASON;
import static uk.gov.pfe.process.PersonVariables.MOVING_DATE;
import static uk.gov.pfe.process.PersonVariables.NURSING_NEED;
import static uk.gov.pfe.process.PersonVariables.PERSON_ID;
import static uk.gov.pfe.process.PersonVariables.PROPOSED_PLACEMENT;
import static uk.gov.pfe.process.PersonVariables.TRANSFER_DATE;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.gov.pfe.process.FundingType;
import uk.gov.pfe.process.Performer;
import uk.gov.pfe.process.UkTime;

/** The thin delegates of one person's relocation; each calls one service of this room. */
@Configuration
class RelocationDelegates {

    static final String NO_SUITABLE_PLACEMENT = "Error_NoSuitablePlacement";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Reads the person's needs and funding from the register into the instance (ids and flags only). */
    @Bean("loadPerson")
    JavaDelegate loadPerson(JdbcTemplate jdbc) {
        return execution -> {
            var personId = PERSON_ID.required(execution);
            var rows = jdbc.queryForList("select p.funding_type, p.nursing_need, p.dementia_care, pr.service_type "
                    + "from pfe_person p join pfe_provider pr on pr.provider_id = p.provider_id where p.person_id = ?", personId);
            if (rows.isEmpty()) {
                throw new IllegalStateException("Person " + personId + " is not in the register; import the provider's "
                        + "people (POST /api/providers/{id}/people) and retry this job");
            }
            var row = rows.get(0);
            FUNDING_TYPE.set(execution, FundingType.valueOf((String) row.get("funding_type")));
            NURSING_NEED.set(execution, (Boolean) row.get("nursing_need"));
            DEMENTIA_CARE.set(execution, (Boolean) row.get("dementia_care"));
            HOME_CARE.set(execution, "HOME_CARE".equals(row.get("service_type")));
        };
    }

    /** The review's findings about needs go back to the register, so matching uses them. */
    @Bean("recordReview")
    JavaDelegate recordReview(JdbcTemplate jdbc) {
        return execution -> jdbc.update("update pfe_person set nursing_need = ?, dementia_care = ? where person_id = ?",
                Boolean.TRUE.equals(NURSING_NEED.from(execution)), Boolean.TRUE.equals(DEMENTIA_CARE.from(execution)),
                PERSON_ID.required(execution));
    }

    /** The place from the case's global plan, and the next best, as the options of the placement form. */
    @Bean("proposePlacements")
    JavaDelegate proposePlacements(RelocationPlanner planner) {
        return execution -> {
            var proposal = planner.propose(CASE_REFERENCE.required(execution), PERSON_ID.required(execution));
            if (proposal.options().isEmpty()) {
                throw new BpmnError(NO_SUITABLE_PLACEMENT, "No suitable vacancy in the register for person "
                        + PERSON_ID.from(execution));
            }
            var options = new ArrayList<Map<String, String>>();
            proposal.options().forEach(o -> options.add(Map.of("label", o.label(), "value", o.providerId())));
            execution.setVariable(uk.gov.pfe.process.PersonVariables.PLACEMENT_OPTIONS,
                    SpinValues.jsonValue(JSON.writeValueAsString(options)).create());
            PROPOSED_PLACEMENT.set(execution, proposal.providerId() != null ? proposal.providerId()
                    : proposal.options().get(0).providerId());
        };
    }

    /** Records the move (idempotent): the person's record moves, the vacancy is taken, the old place released. */
    @Bean("relocateResident")
    JavaDelegate relocateResident(MoveRecorder moves) {
        return execution -> {
            var date = MOVING_DATE.from(execution);
            if (date == null) {
                date = TRANSFER_DATE.from(execution);
            }
            moves.recordMove(CASE_REFERENCE.required(execution), PERSON_ID.required(execution),
                    CHOSEN_PLACEMENT.required(execution), date == null ? null : LocalDate.parse(date.substring(0, 10)));
        };
    }

    /**
     * The person left the procedure: recorded with the reason, their held place released. Leaving after
     * the move because of a death or a hospital admission is also an outcome of the move.
     */
    @Bean("recordPersonLeft")
    JavaDelegate recordPersonLeft(MoveRecorder moves, MoveOutcomes outcomes) {
        return execution -> {
            var caseReference = CASE_REFERENCE.required(execution);
            var personId = PERSON_ID.required(execution);
            var reason = LEFT_REASON.orElse(execution, "NOT_GIVEN").trim().toUpperCase(Locale.ROOT);
            moves.recordLeft(caseReference, personId, reason);
            MoveOutcomes.Outcome.ofLeftReason(reason).ifPresent(outcome -> outcomes.move(caseReference, personId)
                    .ifPresent(move -> outcomes.record(move, outcome, UkTime.today(), MoveOutcomes.Source.PERSON_LEFT_SERVICE,
                            Performer.of(execution))));
        };
    }

    /** On completing a review after the move: a hospital admission or a death it reports is an outcome of the move. */
    @Bean("recordOutcomeAfterMove")
    TaskListener recordOutcomeAfterMove(MoveOutcomes outcomes) {
        return task -> {
            var execution = task.getExecution();
            var source = "Task_ReviewAfter72Hours".equals(task.getTaskDefinitionKey())
                    ? MoveOutcomes.Source.REVIEW_72_HOURS : MoveOutcomes.Source.REVIEW_28_DAYS;
            var move = outcomes.move(CASE_REFERENCE.required(execution), PERSON_ID.required(execution))
                    .orElseThrow(() -> new IllegalStateException("No move is recorded for person "
                            + PERSON_ID.from(execution) + " in case " + CASE_REFERENCE.from(execution)
                            + ", so the review after the move cannot record its outcomes"));
            if (Boolean.TRUE.equals(HOSPITAL_ADMISSION.from(task))) {
                outcomes.record(move, MoveOutcomes.Outcome.HOSPITAL_ADMISSION, UkTime.today(), source, Performer.of(execution));
            }
            if (Boolean.TRUE.equals(DIED_SINCE_MOVE.from(task))) {
                outcomes.record(move, MoveOutcomes.Outcome.DEATH, UkTime.today(), source, Performer.of(execution));
            }
        };
    }
}
