package uk.gov.pfe.escalation;

import static uk.gov.pfe.process.CaseVariables.CASE_REFERENCE;
import static uk.gov.pfe.process.CaseVariables.ESCALATION_LEVEL;
import static uk.gov.pfe.process.CaseVariables.OVERDUE_TASK;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A deadline passed: records the escalation and raises the overdue task's priority, so it stands at
 * the top of its team's list. The task stays open with its team; the model then gives senior managers
 * a task of their own. {@code overdueTask} (an input of the escalating step) names the overdue task.
 */
@Component("escalateOverdueTask")
class EscalateOverdueTaskDelegate implements JavaDelegate {

    static final int ESCALATED_PRIORITY = 90;
    private static final Logger log = LoggerFactory.getLogger(EscalateOverdueTaskDelegate.class);

    private final EscalationLog escalations;

    EscalateOverdueTaskDelegate(EscalationLog escalations) {
        this.escalations = escalations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var taskKey = OVERDUE_TASK.required(execution);
        var taskService = execution.getProcessEngineServices().getTaskService();
        var overdue = taskService.createTaskQuery()
                .processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(taskKey)
                .list();
        if (overdue.isEmpty()) {
            throw new IllegalStateException("Deadline of " + taskKey + " passed but no such open task in case "
                    + CASE_REFERENCE.from(execution));
        }
        var level = ESCALATION_LEVEL.from(execution);
        for (var task : overdue) {
            var group = taskService.getIdentityLinksForTask(task.getId()).stream()
                    .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
                    .map(l -> l.getGroupId()).findFirst().orElse(null);
            boolean recorded = escalations.record(new EscalationLog.Escalation(CASE_REFERENCE.required(execution),
                    execution.getProcessInstanceId(), taskKey, task.getName(), group,
                    level == null ? null : level.name(), task.getDueDate()));
            if (task.getPriority() < ESCALATED_PRIORITY) {
                taskService.setPriority(task.getId(), ESCALATED_PRIORITY);
            }
            if (recorded) {
                log.warn("Case {}: '{}' ({}) is overdue; escalated to senior managers",
                        CASE_REFERENCE.from(execution), task.getName(), group);
            }
        }
    }
}
