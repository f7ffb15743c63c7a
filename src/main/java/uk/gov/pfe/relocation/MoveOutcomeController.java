package uk.gov.pfe.relocation;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.gov.pfe.process.UkTime;
import uk.gov.pfe.security.CurrentUser;
import uk.gov.pfe.security.Groups;
import uk.gov.pfe.web.BadRequestException;
import uk.gov.pfe.web.NotFoundException;

/**
 * Outcomes after a move reported once the person's relocation has ended (the reviews cover the first
 * 28 days; the board counts 90): {@code POST /api/people/{personId}/outcomes}.
 */
@RestController
@RequestMapping("/api/people/{personId}/outcomes")
class MoveOutcomeController {

    static final List<String> REPORTERS = Stream.concat(Groups.PERSON_TEAMS.stream(), Stream.of(Groups.CAMUNDA_ADMIN)).toList();
    static final List<String> READERS = Stream.concat(REPORTERS.stream(),
            Stream.of(Groups.COMMISSIONING, Groups.MANAGERS, Groups.AUDITORS)).toList();

    record ReportedOutcome(String outcome, String occurredOn) {
    }

    private final MoveOutcomes outcomes;
    private final JdbcTemplate jdbc;
    private final CurrentUser user;

    MoveOutcomeController(MoveOutcomes outcomes, JdbcTemplate jdbc, CurrentUser user) {
        this.outcomes = outcomes;
        this.jdbc = jdbc;
        this.user = user;
    }

    @PostMapping
    ResponseEntity<MoveOutcomes.Recorded> report(@PathVariable String personId,
            @RequestBody(required = false) ReportedOutcome request) {
        user.requireAnyOf(REPORTERS, "record an outcome after a move");
        requirePerson(personId);
        if (request == null) {
            throw new BadRequestException("The request has no body; send outcome and occurredOn as JSON.");
        }
        var errors = new ArrayList<String>();
        MoveOutcomes.Outcome outcome = null;
        if (request.outcome() == null || request.outcome().isBlank()) {
            errors.add("outcome: required, one of HOSPITAL_ADMISSION, DEATH");
        } else {
            try {
                outcome = MoveOutcomes.Outcome.valueOf(request.outcome().trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add("outcome: '" + request.outcome() + "' is not one of HOSPITAL_ADMISSION, DEATH");
            }
        }
        LocalDate occurredOn = null;
        var today = UkTime.today();
        if (request.occurredOn() == null || request.occurredOn().isBlank()) {
            errors.add("occurredOn: required, a date yyyy-MM-dd");
        } else {
            try {
                occurredOn = LocalDate.parse(request.occurredOn().trim());
                if (occurredOn.isAfter(today)) {
                    errors.add("occurredOn: " + occurredOn + " is in the future");
                }
            } catch (DateTimeParseException e) {
                errors.add("occurredOn: '" + request.occurredOn() + "' is not a date yyyy-MM-dd");
            }
        }
        MoveOutcomes.Move move = null;
        if (occurredOn != null && errors.isEmpty()) {
            move = outcomes.latestMove(personId, occurredOn).orElse(null);
            if (move == null) {
                errors.add("occurredOn: person " + personId + " had not been moved by the procedure on or before " + occurredOn);
            }
        }
        if (!errors.isEmpty()) {
            throw new BadRequestException("The outcome cannot be recorded: " + String.join("; ", errors), errors);
        }
        var recording = outcomes.record(move, outcome, occurredOn, MoveOutcomes.Source.REPORTED, user.id());
        return recording.created()
                ? ResponseEntity.created(URI.create("/api/people/" + personId + "/outcomes")).body(recording.recorded())
                : ResponseEntity.ok(recording.recorded());
    }

    @GetMapping
    List<MoveOutcomes.Recorded> list(@PathVariable String personId) {
        user.requireAnyOf(READERS, "read outcomes after moves");
        requirePerson(personId);
        return outcomes.of(personId);
    }

    private void requirePerson(String personId) {
        if (jdbc.queryForObject("select count(*) from pfe_person where person_id = ?", Integer.class, personId) == 0) {
            throw new NotFoundException("No person " + personId + " in the register.");
        }
    }
}
