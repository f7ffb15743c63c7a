package uk.gov.pfe.security;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Writes the {@link AccessPolicy} into the engine when it is built, before anything is deployed or
 * served: groups, their authorizations, the administrator and (demo only) the demo users. Running it
 * again on an existing database adds what is missing and changes nothing else.
 */
@Component
class AccessPolicyApplier extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(AccessPolicyApplier.class);

    private final SecurityProperties properties;

    AccessPolicyApplier(SecurityProperties properties) {
        if (!properties.demoUsers() && properties.adminPassword().isBlank()) {
            throw new MissingAdminPasswordException();
        }
        this.properties = properties;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        var identity = engine.getIdentityService();
        var authorizations = engine.getAuthorizationService();
        AccessPolicy.grants().forEach((group, grants) -> {
            ensureGroup(identity, group);
            grants.forEach(grant -> ensureGrant(authorizations, group, grant));
        });
        if (properties.demoUsers()) {
            AccessPolicy.demoUsers().forEach((user, groups) -> ensureUser(identity, user, user, groups));
            log.info("Demo users present: {} (password = user id)", String.join(", ", AccessPolicy.demoUsers().keySet()));
        } else {
            ensureUser(identity, properties.adminUser(), properties.adminPassword(), List.of(Groups.CAMUNDA_ADMIN));
        }
        log.info("Access policy applied: {} groups", AccessPolicy.grants().size());
    }

    private static void ensureGroup(IdentityService identity, String groupId) {
        if (identity.createGroupQuery().groupId(groupId).count() == 0) {
            var group = identity.newGroup(groupId);
            group.setName(Groups.displayName(groupId));
            group.setType(Groups.OPERATIONAL.contains(groupId) ? "WORKFLOW" : "SYSTEM");
            identity.saveGroup(group);
        }
    }

    private static void ensureGrant(AuthorizationService authorizations, String group, AccessPolicy.Grant grant) {
        var existing = authorizations.createAuthorizationQuery()
                .groupIdIn(group)
                .resourceType(grant.resource())
                .resourceId(grant.resourceId())
                .authorizationType(Authorization.AUTH_TYPE_GRANT)
                .singleResult();
        var authorization = existing;
        if (authorization == null) {
            authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            authorization.setGroupId(group);
            authorization.setResource(grant.resource());
            authorization.setResourceId(grant.resourceId());
        }
        boolean changed = existing == null;
        for (Permission permission : grant.permissions()) {
            if (!authorization.isPermissionGranted(permission)) {
                authorization.addPermission(permission);
                changed = true;
            }
        }
        if (changed) {
            authorizations.saveAuthorization(authorization);
        }
    }

    private static void ensureUser(IdentityService identity, String userId, String password, List<String> groups) {
        var user = identity.createUserQuery().userId(userId).singleResult();
        if (user == null) {
            user = identity.newUser(userId);
            user.setFirstName(userId);
            user.setLastName(groups.size() == 1 ? Groups.displayName(groups.get(0)) : "All operational teams");
            user.setPassword(password);
            identity.saveUser(user);
        } else if (!identity.checkPassword(userId, password)) {
            // The environment is the source of truth for the administrator's password.
            user.setPassword(password);
            identity.saveUser(user);
        }
        for (var group : groups) {
            if (identity.createUserQuery().userId(userId).memberOfGroup(group).count() == 0) {
                identity.createMembership(userId, group);
            }
        }
    }
}
