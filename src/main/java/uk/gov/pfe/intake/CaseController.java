package uk.gov.pfe.intake;

import java.net.URI;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.gov.pfe.security.CurrentUser;
import uk.gov.pfe.security.Groups;
import uk.gov.pfe.web.NotFoundException;

/** Opening a case and reading where it stands. */
@RestController
@RequestMapping("/api/cases")
class CaseController {

    record OpenTask(String id, String taskDefinitionKey, String name, List<String> candidateGroups, Date due) {
    }

    record CaseView(CaseRecord record, List<OpenTask> openTasks) {
    }

    private final CaseIntake service;
    private final CaseRegister cases;
    private final CurrentUser user;
    private final TaskService tasks;

    CaseController(CaseIntake service, CaseRegister cases, CurrentUser user, TaskService tasks) {
        this.service = service;
        this.cases = cases;
        this.user = user;
        this.tasks = tasks;
    }

    @PostMapping
    ResponseEntity<Map<String, String>> open(@RequestBody(required = false) OpenCaseRequest request) {
        user.requireAnyOf(Groups.CASE_STARTERS, "open a case");
        var opened = service.open(request);
        return ResponseEntity.created(URI.create("/api/cases/" + opened.caseReference()))
                .body(Map.of("caseReference", opened.caseReference(), "processInstanceId", opened.processInstanceId()));
    }

    @GetMapping("/{caseReference}")
    CaseView get(@PathVariable String caseReference) {
        var record = cases.find(caseReference)
                .orElseThrow(() -> new NotFoundException("No case " + caseReference + "."));
        // Open tasks of the case itself (not of each person's relocation), as the engine lets this user see them.
        var open = tasks.createTaskQuery().processInstanceBusinessKey(caseReference).list().stream()
                .map(t -> new OpenTask(t.getId(), t.getTaskDefinitionKey(), t.getName(),
                        tasks.getIdentityLinksForTask(t.getId()).stream()
                                .filter(l -> l.getGroupId() != null).map(l -> l.getGroupId()).toList(),
                        t.getDueDate()))
                .toList();
        return new CaseView(record, open);
    }
}
