package uk.gov.pfe.audit;

import java.sql.Timestamp;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.pfe.escalation.EscalationLog;
import uk.gov.pfe.intake.CaseRegister;
import uk.gov.pfe.notification.NotificationService;
import uk.gov.pfe.process.ProcessKeys;
import uk.gov.pfe.process.UkTime;
import uk.gov.pfe.staffing.MutualAidService;

/**
 * The case report for the joint commissioning board, in Markdown: what happened, who decided what,
 * which deadlines passed, who was told, how many people moved. Counts and ids only, no names.
 */
@Service
public class CaseReportService {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm").withZone(UkTime.ZONE);

    private final JdbcTemplate jdbc;
    private final CaseRegister cases;
    private final EscalationLog escalations;
    private final NotificationService notifications;
    private final MutualAidService mutualAid;
    private final HistoryService history;

    CaseReportService(JdbcTemplate jdbc, CaseRegister cases, EscalationLog escalations,
            NotificationService notifications, MutualAidService mutualAid, HistoryService history) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.escalations = escalations;
        this.notifications = notifications;
        this.mutualAid = mutualAid;
        this.history = history;
    }

    /** Writes (or rewrites) the report of the case and returns it. */
    @Transactional
    public String write(String caseReference) {
        var markdown = render(caseReference);
        int updated = jdbc.update("update pfe_case_report set written_at = ?, markdown = ? where case_reference = ?",
                now(), markdown, caseReference);
        if (updated == 0) {
            jdbc.update("insert into pfe_case_report (case_reference, written_at, markdown) values (?, ?, ?)",
                    caseReference, now(), markdown);
        }
        return markdown;
    }

    public Optional<String> find(String caseReference) {
        return jdbc.queryForList("select markdown from pfe_case_report where case_reference = ?", String.class,
                caseReference).stream().findFirst();
    }

    String render(String caseReference) {
        var record = cases.find(caseReference)
                .orElseThrow(() -> new IllegalStateException("No case " + caseReference));
        var md = new StringBuilder();
        md.append("# Case report ").append(caseReference).append("\n\n");
        md.append("| | |\n|---|---|\n");
        md.append("| Provider | ").append(record.providerId()).append(" |\n");
        md.append("| Trigger | ").append(record.trigger()).append(" |\n");
        md.append("| Escalation level | ").append(orDash(record.escalationLevel())).append(" |\n");
        md.append("| Decision | ").append(orDash(record.decision())).append(" |\n");
        md.append("| Care Act s48 duty applies | ").append(record.section48Applies() == null ? "—"
                : record.section48Applies() ? "yes" : "no").append(" |\n");
        md.append("| Opened | ").append(WHEN.format(record.openedAt())).append(" by ").append(record.openedBy()).append(" |\n");
        md.append("| Closed | ").append(record.closedAt() == null ? "—" : WHEN.format(record.closedAt())).append(" |\n\n");

        md.append("## Decisions and work done\n\n");
        var tasks = history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(caseReference)
                .finished().orderByHistoricTaskInstanceEndTime().asc().list();
        if (tasks.isEmpty()) {
            md.append("No tasks completed.\n");
        }
        var completedBy = completedBy(tasks.stream().map(HistoricTaskInstance::getProcessInstanceId).distinct().toList());
        for (var task : tasks) {
            var by = completedBy.getOrDefault(task.getId(), task.getAssignee());
            md.append("- ").append(when(task.getEndTime())).append(" — ").append(task.getName())
                    .append(by == null ? "" : " (" + by + ")").append("\n");
        }

        md.append("\n## Deadlines that passed\n\n");
        var overdue = escalations.forCase(caseReference);
        if (overdue.isEmpty()) {
            md.append("None: every deadline was met.\n");
        }
        for (var e : overdue) {
            md.append("- ").append(e.get("task_name")).append(" (").append(e.get("candidate_group"))
                    .append("), due ").append(when((Date) e.get("due_at"))).append(", escalated ")
                    .append(when((Date) e.get("escalated_at"))).append("\n");
        }

        md.append("\n## Who was told\n\n");
        var told = notifications.forCase(caseReference);
        if (told.isEmpty()) {
            md.append("No notifications.\n");
        }
        for (var n : told) {
            md.append("- ").append(n.get("recipient")).append(" (").append(n.get("recipient_type")).append("), ")
                    .append(n.get("sent_at") == null ? "not yet sent" : "sent " + when((Date) n.get("sent_at")))
                    .append("\n");
        }

        md.append("\n## Placements and people\n\n");
        Integer suspensions = jdbc.queryForObject("select count(*) from pfe_suspension where case_reference = ?",
                Integer.class, caseReference);
        md.append("- Suspensions of new placements: ").append(suspensions).append("\n");
        long relocations = history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(ProcessKeys.RESIDENT_RELOCATION)
                .processInstanceBusinessKeyLike(caseReference + "/%").count();
        md.append("- People in relocation: ").append(relocations).append("\n");
        Integer shifts = jdbc.queryForObject("select coalesce(sum(shifts_per_day), 0) from pfe_staff_allocation "
                + "where case_reference = ?", Integer.class, caseReference);
        md.append("- Mutual-aid shifts per day allocated: ").append(shifts)
                .append(mutualAid.heldBy(caseReference).isEmpty() ? " (all released)" : " (some still held)").append("\n");

        md.append("\n## Lessons learned\n\n");
        var lessons = jdbc.queryForObject("select lessons_learned from pfe_case where case_reference = ?", String.class,
                caseReference);
        md.append(lessons == null || lessons.isBlank() ? "Not recorded." : lessons).append("\n");
        return md.toString();
    }

    /**
     * Who completed each task, by task id: the engine's operation log records the user even when nobody
     * claimed the task. One query per process instance, not one per task.
     */
    private Map<String, String> completedBy(List<String> processInstanceIds) {
        var users = new HashMap<String, String>();
        for (var instanceId : processInstanceIds) {
            for (var entry : history.createUserOperationLogQuery().processInstanceId(instanceId)
                    .operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE).list()) {
                if (entry.getTaskId() != null && entry.getUserId() != null) {
                    users.putIfAbsent(entry.getTaskId(), entry.getUserId());
                }
            }
        }
        return users;
    }

    private static String when(Date date) {
        return date == null ? "—" : WHEN.format(date.toInstant());
    }

    private static String orDash(String value) {
        return value == null ? "—" : value;
    }

    private static Timestamp now() {
        return new Timestamp(ClockUtil.getCurrentTime().getTime());
    }
}
