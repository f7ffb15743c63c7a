package uk.gov.pfe.relocation;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hospital admissions and deaths after a move (relocation carries risk, and the board is told how many
 * fell within 30 and 90 days of a move). Reported by the reviews after the move, by the message
 * {@code PersonLeftService} after a move, or later by the person's team through our API. The same
 * event reported twice is recorded once.
 */
@Service
public class MoveOutcomes {

    private static final Logger log = LoggerFactory.getLogger(MoveOutcomes.class);

    public enum Outcome {
        HOSPITAL_ADMISSION, DEATH;

        /** The outcome a reason for leaving the service stands for (message {@code PersonLeftService}), if any. */
        public static Optional<Outcome> ofLeftReason(String reason) {
            return switch (reason == null ? "" : reason.trim().toUpperCase(Locale.ROOT)) {
                case "DIED", "DEATH" -> Optional.of(DEATH);
                case "HOSPITAL", "HOSPITAL_ADMISSION" -> Optional.of(HOSPITAL_ADMISSION);
                default -> Optional.empty();
            };
        }
    }

    public enum Source { REVIEW_72_HOURS, REVIEW_28_DAYS, PERSON_LEFT_SERVICE, REPORTED }

    /** A recorded move: the case, the person and the day they moved (moving date, else the day it was recorded). */
    public record Move(String caseReference, String personId, String toProviderId, LocalDate movedOn) {
    }

    public record Recorded(String outcomeId, String caseReference, String personId, Outcome outcome, LocalDate occurredOn,
            long daysAfterMove, Source source, String recordedBy) {
    }

    /** What recording did: the record, and whether this call created it (false: it was reported before). */
    public record Recording(Recorded recorded, boolean created) {
    }

    private static final String MOVES = "select case_reference, person_id, to_provider_id, "
            + "coalesce(moving_date, cast(recorded_at as date)) as moved_on from pfe_move ";

    /** The columns {@link #recorded} reads, in its order. */
    private static final String OUTCOMES = "select o.outcome_id, o.case_reference, o.person_id, o.outcome, o.occurred_on, "
            + "o.source, o.recorded_by";

    private final JdbcTemplate jdbc;

    MoveOutcomes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Move> move(String caseReference, String personId) {
        return jdbc.query(MOVES + "where case_reference = ? and person_id = ?", (rs, i) -> move(rs), caseReference, personId)
                .stream().findFirst();
    }

    /** The person's latest move on or before that day, if any. */
    public Optional<Move> latestMove(String personId, LocalDate onOrBefore) {
        return jdbc.query(MOVES + "where person_id = ? and coalesce(moving_date, cast(recorded_at as date)) <= ? "
                        + "order by moved_on desc, recorded_at desc", (rs, i) -> move(rs), personId, Date.valueOf(onOrBefore))
                .stream().findFirst();
    }

    /**
     * Records the outcome once: a second report of the same outcome on the same day for the same move
     * returns the first record. A death also closes the person's record in the register.
     */
    @Transactional
    public Recording record(Move move, Outcome outcome, LocalDate occurredOn, Source source, String recordedBy) {
        var existing = find(move, outcome, occurredOn);
        if (existing.isPresent()) {
            return new Recording(existing.get(), false);
        }
        try {
            jdbc.update("insert into pfe_move_outcome (outcome_id, case_reference, person_id, outcome, occurred_on, source, "
                            + "recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?)",
                    UUID.randomUUID().toString(), move.caseReference(), move.personId(), outcome.name(), Date.valueOf(occurredOn),
                    source.name(), recordedBy, new Timestamp(ClockUtil.getCurrentTime().getTime()));
        } catch (DuplicateKeyException raced) {
            return new Recording(find(move, outcome, occurredOn).orElseThrow(() -> raced), false);
        }
        if (outcome == Outcome.DEATH) {
            jdbc.update("update pfe_person set status = 'LEFT', left_reason = 'DIED' where person_id = ?", move.personId());
        }
        log.info("Case {}: person {} {} on {}, {} days after the move ({})", move.caseReference(), move.personId(), outcome,
                occurredOn, ChronoUnit.DAYS.between(move.movedOn(), occurredOn), source);
        return new Recording(find(move, outcome, occurredOn).orElseThrow(), true);
    }

    public List<Recorded> of(String personId) {
        return jdbc.query(OUTCOMES + ", coalesce(m.moving_date, cast(m.recorded_at as date)) from pfe_move_outcome o join pfe_move m "
                        + "on m.case_reference = o.case_reference and m.person_id = o.person_id where o.person_id = ? "
                        + "order by o.occurred_on, o.recorded_at",
                (rs, i) -> recorded(rs, rs.getDate(8).toLocalDate()), personId);
    }

    private Optional<Recorded> find(Move move, Outcome outcome, LocalDate occurredOn) {
        return jdbc.query(OUTCOMES + " from pfe_move_outcome o where o.case_reference = ? and o.person_id = ? and o.outcome = ? "
                        + "and o.occurred_on = ?",
                (rs, i) -> recorded(rs, move.movedOn()), move.caseReference(), move.personId(), outcome.name(),
                Date.valueOf(occurredOn)).stream().findFirst();
    }

    private static Move move(ResultSet rs) throws SQLException {
        return new Move(rs.getString(1), rs.getString(2), rs.getString(3), rs.getDate(4).toLocalDate());
    }

    private static Recorded recorded(ResultSet rs, LocalDate moved) throws SQLException {
        var occurred = rs.getDate(5).toLocalDate();
        return new Recorded(rs.getString(1), rs.getString(2), rs.getString(3), Outcome.valueOf(rs.getString(4)), occurred,
                ChronoUnit.DAYS.between(moved, occurred), Source.valueOf(rs.getString(6)), rs.getString(7));
    }
}
