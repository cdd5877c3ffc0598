package io.sportello.workflow.internal;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The engine's own authorization (on: {@code camunda.bpm.authorization.enabled}) for the people who reach its
 * REST API: process owners may read definitions, deployments, running instances and history — nothing else, even
 * if a path rule in front of the engine were ever missing. Administrators are in {@code camunda-admin}, which gets
 * every permission (what they may change is still limited by the path rules in front of the engine); so does the
 * desk's own group, which the desk's calls made for a person carry ({@link EngineGroups#DESK}).
 */
@Component
class EngineAuthorizations extends AbstractProcessEnginePlugin {

    static final String PROCESS_OWNERS = EngineGroups.PROCESS_OWNERS;
    private static final Logger log = LoggerFactory.getLogger(EngineAuthorizations.class);

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

    /** Right after the engine is built, before anything (the demo history, a first request) acts through it. */
    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        AuthorizationService authorizations = engine.getAuthorizationService();
        for (Grant grant : PROCESS_OWNER_READS) {
            grant(authorizations, PROCESS_OWNERS, grant.resource(), grant.permissions());
        }
        // members of camunda-admin pass the engine's admin-only commands, but see query results only through grants
        for (Resources resource : Resources.values()) {
            grant(authorizations, EngineGroups.ADMINS, resource, List.of(Permissions.ALL));
            grant(authorizations, EngineGroups.DESK, resource, List.of(Permissions.ALL));
        }
    }

    private static void grant(AuthorizationService authorizations, String group, Resource resource,
                              List<Permission> permissions) {
        if (authorizations.createAuthorizationQuery().groupIdIn(group).resourceType(resource)
                .resourceId(Authorization.ANY).count() > 0) {
            return;
        }
        Authorization a = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        a.setGroupId(group);
        a.setResource(resource);
        a.setResourceId(Authorization.ANY);
        permissions.forEach(a::addPermission);
        try {
            authorizations.saveAuthorization(a);
        } catch (ProcessEngineException alreadyThere) {
            // another node starting at the same moment granted it first
            log.debug("Grant {} {} already present: {}", group, resource.resourceName(), alreadyThere.getMessage());
        }
    }
}
