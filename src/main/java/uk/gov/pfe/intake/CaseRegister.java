package uk.gov.pfe.intake;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The register of cases (pfe_case) and the numbering of case references. */
@Repository
public class CaseRegister {

    public static final Pattern REFERENCE = Pattern.compile("PFE-\\d{4}-\\d{4}");

    private final JdbcTemplate jdbc;

    CaseRegister(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The next free reference of the year, PFE-yyyy-nnnn. Numbered in its own short transaction with a
     * row lock, so two coordinators opening cases at once never get the same number.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public String nextReference(int year) {
        while (true) {
            int updated = jdbc.update("update pfe_case_sequence set last_number = last_number + 1 where case_year = ?", year);
            if (updated == 0) {
                jdbc.update("insert into pfe_case_sequence (case_year, last_number) values (?, 1)", year);
            }
            int number = jdbc.queryForObject("select last_number from pfe_case_sequence where case_year = ?",
                    Integer.class, year);
            var reference = "PFE-%d-%04d".formatted(year, number);
            // a reference given by a caller may already have taken this number
            if (!exists(reference)) {
                return reference;
            }
        }
    }

    /** Records a newly opened case; a second call for the same reference changes nothing. */
    public void open(String caseReference, String processInstanceId, String providerId, String trigger,
            String concernSummary, String openedBy) {
        if (exists(caseReference)) {
            return;
        }
        jdbc.update("insert into pfe_case (case_reference, process_instance_id, provider_id, trigger_type, opened_by, "
                        + "opened_at, concern_summary) values (?, ?, ?, ?, ?, ?, ?)",
                caseReference, processInstanceId, providerId, trigger, openedBy, now(), concernSummary);
    }

    public boolean exists(String caseReference) {
        Integer count = jdbc.queryForObject("select count(*) from pfe_case where case_reference = ?", Integer.class,
                caseReference);
        return count != null && count > 0;
    }

    public Optional<CaseRecord> find(String caseReference) {
        return jdbc.query("select * from pfe_case where case_reference = ?", CaseRegister::row, caseReference)
                .stream().findFirst();
    }

    public void recordState(String caseReference, String escalationLevel, String decision, Boolean section48Applies) {
        jdbc.update("update pfe_case set escalation_level = coalesce(?, escalation_level), "
                        + "decision = coalesce(?, decision), section48_applies = coalesce(?, section48_applies) "
                        + "where case_reference = ?",
                escalationLevel, decision, section48Applies, caseReference);
    }

    public void close(String caseReference, String lessonsLearned) {
        jdbc.update("update pfe_case set closed_at = coalesce(closed_at, ?), lessons_learned = ? where case_reference = ?",
                now(), lessonsLearned, caseReference);
    }

    private static Timestamp now() {
        return new Timestamp(ClockUtil.getCurrentTime().getTime());
    }

    private static CaseRecord row(ResultSet rs, int i) throws SQLException {
        return new CaseRecord(rs.getString("case_reference"), rs.getString("process_instance_id"),
                rs.getString("provider_id"), rs.getString("trigger_type"), rs.getString("escalation_level"),
                rs.getString("decision"), (Boolean) rs.getObject("section48_applies"), rs.getString("opened_by"),
                instant(rs.getTimestamp("opened_at")), instant(rs.getTimestamp("closed_at")));
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
