package uk.gov.pfe.security;

import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.ALL;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.Permissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.UPDATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_REQUIREMENTS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT;
import static org.camunda.bpm.engine.authorization.Resources.FILTER;
import static org.camunda.bpm.engine.authorization.Resources.HISTORIC_PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.HISTORIC_TASK;
import static org.camunda.bpm.engine.authorization.Resources.OPERATION_LOG_CATEGORY;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.TASK;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.UserOperationLogCategoryPermissions;
import uk.gov.pfe.process.ProcessKeys;

/**
 * Who may do what, declared in one place. {@link AccessPolicyApplier} writes it into the engine at
 * start-up. Tasks are not granted here: the engine gives a task's candidate group READ and UPDATE on
 * that task when it is created, so each team sees and works its own tasks and no others.
 */
public final class AccessPolicy {

    /** One authorization: a group may do these things to these resources. */
    public record Grant(Resource resource, String resourceId, List<Permission> permissions) {
        static Grant of(Resource resource, String resourceId, Permission... permissions) {
            return new Grant(resource, resourceId, List.of(permissions));
        }
    }

    private AccessPolicy() {
    }

    /** The grants of every group of the contract, in a stable order. */
    public static Map<String, List<Grant>> grants() {
        var policy = new LinkedHashMap<String, List<Grant>>();
        for (var team : Groups.OPERATIONAL) {
            var grants = new ArrayList<>(List.of(
                    Grant.of(APPLICATION, "tasklist", ACCESS),
                    Grant.of(FILTER, "*", READ),
                    // Tasklist shows the process a task belongs to and its diagram.
                    Grant.of(PROCESS_DEFINITION, "*", READ)));
            if (Groups.PERSON_TEAMS.contains(team)) {
                // they learn first that a person left the service (PersonLeftService ends the relocation)
                grants.add(Grant.of(PROCESS_DEFINITION, ProcessKeys.RESIDENT_RELOCATION, READ, UPDATE_INSTANCE));
            }
            if (Groups.CASE_STARTERS.contains(team)) {
                grants.add(Grant.of(PROCESS_DEFINITION, ProcessKeys.PROVIDER_FAILURE_EXIT, READ, CREATE_INSTANCE));
                grants.add(Grant.of(PROCESS_INSTANCE, "*", CREATE));
            }
            policy.put(team, List.copyOf(grants));
        }
        policy.put(Groups.MANAGERS, List.of(
                Grant.of(APPLICATION, "cockpit", ACCESS),
                Grant.of(PROCESS_DEFINITION, "*", READ, READ_INSTANCE, READ_HISTORY),
                Grant.of(PROCESS_INSTANCE, "*", READ),
                Grant.of(TASK, "*", READ),
                Grant.of(DECISION_DEFINITION, "*", READ, READ_HISTORY),
                Grant.of(DECISION_REQUIREMENTS_DEFINITION, "*", READ),
                Grant.of(DEPLOYMENT, "*", READ)));
        policy.put(Groups.AUDITORS, List.of(
                Grant.of(PROCESS_DEFINITION, "*", READ, READ_HISTORY),
                Grant.of(DECISION_DEFINITION, "*", READ, READ_HISTORY),
                Grant.of(HISTORIC_PROCESS_INSTANCE, "*", HistoricProcessInstancePermissions.READ),
                Grant.of(HISTORIC_TASK, "*", HistoricTaskPermissions.READ),
                Grant.of(OPERATION_LOG_CATEGORY, "*", UserOperationLogCategoryPermissions.READ)));
        policy.put(Groups.CAMUNDA_ADMIN, Arrays.stream(Resources.values())
                .map(resource -> Grant.of(resource, "*", ALL))
                .toList());
        return policy;
    }

    /** The demo users of the contract (password = user id) and their groups. */
    public static Map<String, List<String>> demoUsers() {
        var users = new LinkedHashMap<String, List<String>>();
        users.put("quality", List.of(Groups.QUALITY_TEAM));
        users.put("commissioning", List.of(Groups.COMMISSIONING));
        users.put("placement", List.of(Groups.PLACEMENT_SERVICE));
        users.put("safeguarding", List.of(Groups.SAFEGUARDING));
        users.put("socialwork", List.of(Groups.SOCIAL_WORK));
        users.put("chc", List.of(Groups.CHC_TEAM));
        users.put("senior", List.of(Groups.SENIOR_MANAGERS));
        users.put("manager", List.of(Groups.MANAGERS));
        users.put("auditor", List.of(Groups.AUDITORS));
        users.put("admin", List.of(Groups.CAMUNDA_ADMIN));
        users.put("coordinator", Groups.OPERATIONAL);
        return users;
    }
}
