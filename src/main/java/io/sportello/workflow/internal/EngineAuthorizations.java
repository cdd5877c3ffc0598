package io.sportello.workflow.internal;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The engine's own authorization (on: {@code camunda.bpm.authorization.enabled}) for the people who reach its
 * REST API: process owners may read definitions, deployments, running instances and history — nothing else, even
 * if a path rule in front of the engine were ever missing. Administrators are in {@code camunda-admin}, which gets
 * every permission (what they may change is still limited by the path rules in front of the engine); so does the
 * desk's own group, which the desk's calls made for a person carry ({@link EngineGroups#DESK}).
 */
@Component
class EngineAuthorizations {

    static final String PROCESS_OWNERS = EngineGroups.PROCESS_OWNERS;

    private record Grant(Resource resource, List<Permission> permissions) {
    }

    private static final List<Grant> PROCESS_OWNER_READS = List.of(
            new Grant(Resources.PROCESS_DEFINITION, List.of(ProcessDefinitionPermissions.READ,
                    ProcessDefinitionPermissions.READ_HISTORY, ProcessDefinitionPermissions.READ_INSTANCE)),
            new Grant(Resources.PROCESS_INSTANCE, List.of(Permissions.READ)),
            new Grant(Resources.DECISION_DEFINITION, List.of(Permissions.READ, Permissions.READ_HISTORY)),
            new Grant(Resources.DECISION_REQUIREMENTS_DEFINITION, List.of(Permissions.READ)),
            new Grant(Resources.DEPLOYMENT, List.of(Permissions.READ)),
            new Grant(Resources.BATCH, List.of(Permissions.READ)));

    private final AuthorizationService authorizations;

    EngineAuthorizations(AuthorizationService authorizations) {
        this.authorizations = authorizations;
    }

    @EventListener(ApplicationReadyEvent.class)
    void grant() {
        for (Grant grant : PROCESS_OWNER_READS) {
            grant(PROCESS_OWNERS, grant.resource(), grant.permissions());
        }
        // members of camunda-admin pass the engine's admin-only commands, but see query results only through grants
        for (Resources resource : Resources.values()) {
            grant(EngineGroups.ADMINS, resource, List.of(Permissions.ALL));
            grant(EngineGroups.DESK, resource, List.of(Permissions.ALL));
        }
    }

    private void grant(String group, Resource resource, List<Permission> permissions) {
        if (authorizations.createAuthorizationQuery().groupIdIn(group).resourceType(resource)
                .resourceId(Authorization.ANY).count() > 0) {
            return;
        }
        Authorization a = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        a.setGroupId(group);
        a.setResource(resource);
        a.setResourceId(Authorization.ANY);
        permissions.forEach(a::addPermission);
        authorizations.saveAuthorization(a);
    }
}
