package uk.gov.pfe.process;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * The server checks what forms submit. Camunda Forms validate only in the browser, and the engine
 * accepts anything through REST; this plugin gives every user task (and start event) that binds a
 * Camunda Form a built-in listener that validates the submitted values against that deployed form.
 * A refusal is a {@link FormFieldValidationException}: REST answers 400 with the message, the
 * transaction rolls back and the task stays open.
 */
@Component
public class FormValidationPlugin extends AbstractProcessEnginePlugin {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Parsed forms by deployment and form id; a deployment never changes. */
    private final Map<String, JsonNode> forms = new ConcurrentHashMap<>();

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPreBPMNParseListeners() == null) {
            configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
        }
        // The engine wraps listener exceptions; give callers (REST: 400) the validation failure itself.
        if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
            configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
        }
        configuration.getCustomPreCommandInterceptorsTxRequired().add(new CommandInterceptor() {
            @Override
            public <T> T execute(Command<T> command) {
                try {
                    return next.execute(command);
                } catch (ProcessEngineException e) {
                    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                        if (cause instanceof FormFieldValidationException validation) {
                            throw validation;
                        }
                    }
                    throw e;
                }
            }
        });
        configuration.getCustomPreBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                var formRef = element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formRef");
                if (formRef != null && !formRef.contains("${") && activity.getActivityBehavior() instanceof UserTaskActivityBehavior b) {
                    b.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE,
                            task -> validateTask(task, formRef));
                }
            }

            @Override
            public void parseStartEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
                var formRef = element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formRef");
                if (formRef != null && !formRef.contains("${")) {
                    activity.addBuiltInListener(ExecutionListener.EVENTNAME_START,
                            execution -> validateStart((DelegateExecution) execution, formRef));
                }
            }
        });
    }

    private void validateTask(DelegateTask task, String formRef) {
        validate(deploymentOf(task.getProcessDefinitionId()), formRef, task, "task '" + task.getName() + "'");
    }

    private void validateStart(DelegateExecution execution, String formRef) {
        // only the start event that carries the form: message starts have no form and are not checked
        if (execution.getCurrentActivityId() != null) {
            validate(deploymentOf(execution.getProcessDefinitionId()), formRef, execution, "the start form");
        }
    }

    private void validate(String deploymentId, String formRef, VariableScope scope, String what) {
        var form = form(deploymentId, formRef);
        Function<String, Object> values = key -> {
            var value = scope.getVariableTyped(key, false);
            return value == null ? null : value.getValue() == null ? null : value.getValue();
        };
        var problems = FormValidator.validate(form, values);
        if (!problems.isEmpty()) {
            throw Refusals.formRefused(formRef, "The form of " + what + " is not complete: "
                    + String.join("; ", problems) + ".");
        }
    }

    private static String deploymentOf(String processDefinitionId) {
        return Context.getProcessEngineConfiguration().getDeploymentCache()
                .findDeployedProcessDefinitionById(processDefinitionId).getDeploymentId();
    }

    private JsonNode form(String deploymentId, String formRef) {
        return forms.computeIfAbsent(deploymentId + "/" + formRef, k -> {
            var resources = Context.getCommandContext().getResourceManager().findResourcesByDeploymentId(deploymentId);
            for (var resource : resources) {
                if (resource.getName().endsWith(".form")) {
                    try {
                        var node = JSON.readTree(resource.getBytes());
                        if (formRef.equals(node.path("id").asText())) {
                            return node;
                        }
                    } catch (IOException e) {
                        throw new IllegalStateException("Form " + resource.getName() + " is not readable JSON", e);
                    }
                }
            }
            throw new IllegalStateException("Form '" + formRef + "' is not in deployment " + deploymentId);
        });
    }
}
