package uk.gov.pfe.escalation;

import java.sql.Timestamp;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The record of every deadline that passed (pfe_escalation). */
@Repository
public class EscalationLog {

    public record Escalation(String caseReference, String processInstanceId, String taskDefinitionKey, String taskName,
            String candidateGroup, String escalationLevel, Date dueAt) {
    }

    private final JdbcTemplate jdbc;

    EscalationLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the escalation once; the same overdue task escalated again (a retried job) is not doubled. */
    public boolean record(Escalation e) {
        var due = e.dueAt() == null ? null : new Timestamp(e.dueAt().getTime());
        Integer existing = due == null
                ? jdbc.queryForObject("select count(*) from pfe_escalation where process_instance_id = ? "
                        + "and task_definition_key = ? and due_at is null", Integer.class,
                        e.processInstanceId(), e.taskDefinitionKey())
                : jdbc.queryForObject("select count(*) from pfe_escalation where process_instance_id = ? "
                        + "and task_definition_key = ? and due_at = ?", Integer.class,
                        e.processInstanceId(), e.taskDefinitionKey(), due);
        if (existing != null && existing > 0) {
            return false;
        }
        jdbc.update("insert into pfe_escalation (escalation_id, case_reference, process_instance_id, task_definition_key, "
                        + "task_name, candidate_group, escalation_level, due_at, escalated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                UUID.randomUUID().toString(), e.caseReference(), e.processInstanceId(), e.taskDefinitionKey(),
                e.taskName(), e.candidateGroup(), e.escalationLevel(), due, new Timestamp(ClockUtil.getCurrentTime().getTime()));
        return true;
    }

    public List<Map<String, Object>> forCase(String caseReference) {
        return jdbc.queryForList("select task_definition_key, task_name, candidate_group, escalation_level, due_at, "
                + "escalated_at from pfe_escalation where case_reference = ? order by escalated_at", caseReference);
    }
}
