package uk.gov.pfe.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.springframework.stereotype.Service;

/**
 * Replays a case from the engine's history: how it stood at a given moment - which instances were
 * running, at which steps, with which open tasks and incidents, and the value every variable had then.
 * Cockpit (Community Edition) shows running instances only; this answers "what did they know, and
 * what was waiting, on the day" for a closed case too. Read-only.
 */
@Service
public class CaseReplay {

    public record Step(String activityId, String name, String type, Date startedAt) {
    }

    public record OpenTask(String taskDefinitionKey, String name, String assignee, Date createdAt, Date due) {
    }

    public record InstanceState(String processInstanceId, String businessKey, String processDefinitionKey, String state,
            Date startedAt, Date endedAt, List<Step> activeSteps, List<OpenTask> openTasks, List<String> openIncidents,
            Map<String, Object> variables) {
    }

    public record Snapshot(String caseReference, Date at, List<InstanceState> instances) {
    }

    private final HistoryService history;
    private final CaseTimeline timeline;

    CaseReplay(HistoryService history, CaseTimeline timeline) {
        this.history = history;
        this.timeline = timeline;
    }

    /** The case as it stood at {@code at}: everything that had happened at or before that moment, nothing after. */
    public Snapshot at(String caseReference, Date at) {
        var instances = new ArrayList<InstanceState>();
        for (var instance : timeline.instances(caseReference)) {
            if (instance.getStartTime().after(at)) {
                continue;
            }
            var id = instance.getId();
            boolean ended = instance.getEndTime() != null && !instance.getEndTime().after(at);
            var steps = history.createHistoricActivityInstanceQuery().processInstanceId(id).list().stream()
                    .filter(a -> !a.getStartTime().after(at) && (a.getEndTime() == null || a.getEndTime().after(at)))
                    .sorted(Comparator.comparing(a -> a.getStartTime()))
                    .map(a -> new Step(a.getActivityId(), a.getActivityName(), a.getActivityType(), a.getStartTime()))
                    .toList();
            var tasks = history.createHistoricTaskInstanceQuery().processInstanceId(id).list().stream()
                    .filter(t -> !t.getStartTime().after(at) && (t.getEndTime() == null || t.getEndTime().after(at)))
                    .sorted(Comparator.comparing(t -> t.getStartTime()))
                    .map(t -> new OpenTask(t.getTaskDefinitionKey(), t.getName(), t.getAssignee(), t.getStartTime(), t.getDueDate()))
                    .toList();
            var incidents = history.createHistoricIncidentQuery().processInstanceId(id).list().stream()
                    .filter(i -> !i.getCreateTime().after(at) && (i.getEndTime() == null || i.getEndTime().after(at)))
                    .map(i -> i.getActivityId() + ": " + i.getIncidentMessage())
                    .toList();
            instances.add(new InstanceState(id, instance.getBusinessKey(), instance.getProcessDefinitionKey(),
                    ended ? "ENDED" : "RUNNING", instance.getStartTime(), ended ? instance.getEndTime() : null, steps, tasks,
                    incidents, variablesAt(id, at)));
        }
        instances.sort(Comparator.comparing(InstanceState::startedAt).thenComparing(InstanceState::processInstanceId));
        return new Snapshot(caseReference, at, instances);
    }

    /** Each variable's last value set at or before the moment (in the order the engine wrote them). */
    private Map<String, Object> variablesAt(String processInstanceId, Date at) {
        var updates = history.createHistoricDetailQuery().processInstanceId(processInstanceId).variableUpdates()
                .disableBinaryFetching().disableCustomObjectDeserialization().orderPartiallyByOccurrence().asc().list();
        var values = new TreeMap<String, Object>();
        for (var detail : updates) {
            if (!detail.getTime().after(at) && detail instanceof HistoricVariableUpdate update) {
                values.put(update.getVariableName(), shown(update.getValue()));
            }
        }
        return new LinkedHashMap<>(values);
    }

    private static Object shown(Object value) {
        if (value == null || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        var text = value.toString();
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }
}
