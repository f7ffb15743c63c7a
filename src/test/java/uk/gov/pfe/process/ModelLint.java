package uk.gov.pfe.process;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.annotation.AnnotationBeanNameGenerator;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Component;
import uk.gov.pfe.security.Groups;

/**
 * Checks the procedure's models the way a reviewer would before they are deployed: each file parses,
 * every flow element is drawn (BPMN DI), every user task (and start event with a form) binds a
 * Camunda Form that exists in forms/, candidate groups are the contract's, every definition has a
 * history time to live and every delegate expression names a bean of the application.
 */
final class ModelLint {

    private static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";
    private static final String CAMUNDA_DMN_NS = "http://camunda.org/schema/1.0/dmn";
    private static final Pattern BEAN_EXPRESSION = Pattern.compile("^\\$\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}$");

    private final Set<String> beanNames;

    ModelLint(Set<String> beanNames) {
        this.beanNames = Set.copyOf(beanNames);
    }

    /** The names of the application's components, found by scanning like Spring does. */
    static Set<String> componentNames(String basePackage) {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Component.class));
        var names = new AnnotationBeanNameGenerator();
        var registry = new DefaultListableBeanFactory();
        var found = new HashSet<String>();
        for (var definition : scanner.findCandidateComponents(basePackage)) {
            found.add(names.generateBeanName(definition, registry));
            // delegates may also be @Bean methods of a configuration class
            try {
                for (var method : Class.forName(definition.getBeanClassName()).getDeclaredMethods()) {
                    var bean = method.getAnnotation(org.springframework.context.annotation.Bean.class);
                    if (bean != null) {
                        var declared = bean.value().length > 0 ? bean.value() : bean.name();
                        found.addAll(declared.length > 0 ? List.of(declared) : List.of(method.getName()));
                    }
                }
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return found;
    }

    /** Every problem of the models under bpmnDir, with forms from formsDir; empty when all is well. */
    List<String> check(Path bpmnDir, Path formsDir) throws IOException {
        var problems = new ArrayList<String>();
        var formIds = formIds(formsDir, problems);
        for (var file : files(bpmnDir, ".bpmn")) {
            checkBpmn(file, formIds, problems);
        }
        for (var file : files(bpmnDir, ".dmn")) {
            checkDmn(file, problems);
        }
        return problems;
    }

    private static Map<String, Path> formIds(Path formsDir, List<String> problems) throws IOException {
        var ids = new HashMap<String, Path>();
        var json = new ObjectMapper();
        for (var file : files(formsDir, ".form")) {
            try {
                var id = json.readTree(file.toFile()).path("id").asText("");
                if (id.isEmpty()) {
                    problems.add(file.getFileName() + ": form has no id");
                } else if (ids.put(id, file) != null) {
                    problems.add(file.getFileName() + ": form id '" + id + "' is used by another form too");
                }
            } catch (IOException e) {
                problems.add(file.getFileName() + ": not a readable form (" + e.getMessage() + ")");
            }
        }
        return ids;
    }

    private void checkBpmn(Path file, Map<String, Path> formIds, List<String> problems) {
        var name = file.getFileName().toString();
        BpmnModelInstance model;
        try (InputStream in = Files.newInputStream(file)) {
            model = Bpmn.readModelFromStream(in);
        } catch (Exception e) {
            problems.add(name + ": does not parse (" + firstLine(e) + ")");
            return;
        }
        var drawn = new HashSet<String>();
        model.getModelElementsByType(BpmnShape.class).forEach(s -> drawn.add(s.getBpmnElement().getId()));
        model.getModelElementsByType(BpmnEdge.class).forEach(e -> drawn.add(e.getBpmnElement().getId()));

        for (var process : model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Process.class)) {
            if (process.isExecutable() && process.getAttributeValueNs(CAMUNDA_NS, "historyTimeToLive") == null) {
                problems.add(name + ": process " + process.getId() + " has no camunda:historyTimeToLive");
            }
        }
        var elements = new ArrayList<BaseElement>(model.getModelElementsByType(FlowNode.class));
        elements.addAll(model.getModelElementsByType(SequenceFlow.class));
        for (var element : elements) {
            if (!drawn.contains(element.getId())) {
                problems.add(name + ": " + element.getElementType().getTypeName() + " " + element.getId()
                        + " has no diagram shape or edge (BPMN DI)");
            }
        }
        for (var task : model.getModelElementsByType(UserTask.class)) {
            checkFormRef(name, "user task " + task.getId(), task, true, formIds, problems);
            var groups = task.getCamundaCandidateGroups();
            if (groups == null || groups.isBlank()) {
                problems.add(name + ": user task " + task.getId() + " has no candidate group");
            } else {
                Arrays.stream(groups.split(",")).map(String::trim)
                        .filter(g -> !g.contains("${") && !Groups.ALL.contains(g))
                        .forEach(g -> problems.add(name + ": user task " + task.getId() + " candidate group '" + g
                                + "' is not in the contract"));
            }
        }
        for (var start : model.getModelElementsByType(StartEvent.class)) {
            boolean hasForm = start.getCamundaFormKey() != null || start.getAttributeValueNs(CAMUNDA_NS, "formRef") != null;
            if (hasForm) {
                checkFormRef(name, "start event " + start.getId(), start, false, formIds, problems);
            }
        }
        for (var element : model.getModelElementsByType(model.getModel().getType(BaseElement.class))) {
            checkDelegateExpression(name, element, "delegateExpression", problems);
        }
        // listeners (camunda:taskListener, camunda:executionListener) carry their own delegateExpression
        for (var type : List.of("taskListener", "executionListener")) {
            for (var listener : model.getModelElementsByType(model.getModel().getTypeForName(CAMUNDA_NS, type))) {
                checkDelegateExpression(name, listener, "delegateExpression", problems);
            }
        }
    }

    private static void checkFormRef(String file, String what, BaseElement element, boolean required,
            Map<String, Path> formIds, List<String> problems) {
        var ref = element.getAttributeValueNs(CAMUNDA_NS, "formRef");
        if (ref == null || ref.isBlank()) {
            if (required || element.getAttributeValueNs(CAMUNDA_NS, "formKey") != null) {
                problems.add(file + ": " + what + " has no camunda:formRef (a Camunda Form from forms/)");
            }
            return;
        }
        if (!ref.contains("${") && !formIds.containsKey(ref)) {
            problems.add(file + ": " + what + " formRef '" + ref + "' is not a form in forms/");
        }
        if (!"deployment".equals(element.getAttributeValueNs(CAMUNDA_NS, "formRefBinding"))) {
            problems.add(file + ": " + what + " must bind its form with camunda:formRefBinding=\"deployment\"");
        }
    }

    private void checkDelegateExpression(String file, ModelElementInstance element, String attribute,
            List<String> problems) {
        var expression = element.getAttributeValueNs(CAMUNDA_NS, attribute);
        if (expression == null) {
            return;
        }
        var matcher = BEAN_EXPRESSION.matcher(expression.trim());
        var owner = element.getAttributeValue("id") != null ? element.getAttributeValue("id")
                : element.getParentElement() != null ? element.getParentElement().getParentElement().getAttributeValue("id") : "?";
        if (!matcher.matches()) {
            problems.add(file + ": " + owner + " delegateExpression '" + expression + "' is not a bean reference ${name}");
        } else if (!beanNames.contains(matcher.group(1))) {
            problems.add(file + ": " + owner + " delegateExpression names no bean: '" + matcher.group(1) + "'");
        }
    }

    private static void checkDmn(Path file, List<String> problems) {
        var name = file.getFileName().toString();
        try (InputStream in = Files.newInputStream(file)) {
            var model = Dmn.readModelFromStream(in);
            for (var decision : model.getModelElementsByType(Decision.class)) {
                if (decision.getAttributeValueNs(CAMUNDA_DMN_NS, "historyTimeToLive") == null) {
                    problems.add(name + ": decision " + decision.getId() + " has no camunda:historyTimeToLive");
                }
            }
        } catch (Exception e) {
            problems.add(name + ": does not parse (" + firstLine(e) + ")");
        }
    }

    private static List<Path> files(Path dir, String suffix) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            return paths.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }

    private static String firstLine(Exception e) {
        var message = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage() : e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message.lines().findFirst().orElse("");
    }
}
