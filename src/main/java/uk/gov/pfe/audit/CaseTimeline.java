package uk.gov.pfe.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Service;

/**
 * A case's full timeline, read from the engine's history (never rewritten): every step started and
 * ended, every task and who completed it, every variable set, every operation and incident - for the
 * case and for each person's relocation and the mutual aid it called.
 */
@Service
public class CaseTimeline {

    /** One event; {@code detail} holds ids, names and decisions, cut to 300 characters. */
    public record Event(Date time, String processInstanceId, String businessKey, String type, String element,
            String detail, String user) {
    }

    private final HistoryService history;

    CaseTimeline(HistoryService history) {
        this.history = history;
    }

    public List<HistoricProcessInstance> instances(String caseReference) {
        var instances = new ArrayList<>(history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(caseReference).list());
        instances.addAll(history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKeyLike(caseReference + "/%").list());
        return instances;
    }

    public List<Event> events(String caseReference) {
        var events = new ArrayList<Event>();
        for (var instance : instances(caseReference)) {
            var id = instance.getId();
            var key = instance.getBusinessKey();
            for (var a : history.createHistoricActivityInstanceQuery().processInstanceId(id).list()) {
                events.add(new Event(a.getStartTime(), id, key, "STEP_STARTED", a.getActivityId(), a.getActivityName(), null));
                if (a.getEndTime() != null) {
                    events.add(new Event(a.getEndTime(), id, key, a.isCanceled() ? "STEP_CANCELLED" : "STEP_ENDED",
                            a.getActivityId(), a.getActivityName(), null));
                }
            }
            for (var d : history.createHistoricDetailQuery().processInstanceId(id).variableUpdates().disableBinaryFetching()
                    .disableCustomObjectDeserialization().list()) {
                var update = (org.camunda.bpm.engine.history.HistoricVariableUpdate) d;
                events.add(new Event(d.getTime(), id, key, "VARIABLE_SET", update.getVariableName(),
                        cut(String.valueOf(update.getValue())), null));
            }
            for (var op : history.createUserOperationLogQuery().processInstanceId(id).list()) {
                events.add(new Event(op.getTimestamp(), id, key, "OPERATION_" + op.getOperationType().toUpperCase(),
                        op.getTaskId() != null ? "task " + op.getTaskId() : op.getEntityType(),
                        cut(op.getProperty() == null ? "" : op.getProperty() + ": " + op.getOrgValue() + " -> " + op.getNewValue()),
                        op.getUserId()));
            }
            for (var incident : history.createHistoricIncidentQuery().processInstanceId(id).list()) {
                events.add(new Event(incident.getCreateTime(), id, key, "INCIDENT", incident.getActivityId(),
                        cut(incident.getIncidentMessage()), null));
            }
        }
        events.sort(Comparator.comparing(Event::time).thenComparing(Event::processInstanceId)
                .thenComparing(Event::type).thenComparing(e -> String.valueOf(e.element()))
                .thenComparing(e -> String.valueOf(e.detail())));
        return events;
    }

    static String hash(Event e) {
        return sha256(e.time().getTime() + "|" + e.processInstanceId() + "|" + e.type() + "|" + e.element() + "|"
                + e.detail() + "|" + e.user());
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String cut(String text) {
        return text == null ? null : text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }
}
