/**
 * The only module that talks to the Camunda engine. It starts and correlates ticket processes, binds
 * the BPMN service tasks to module services (delegates), keeps a fast read model of open work items and
 * offers the work-item facade (list, claim, unclaim, hand over, complete with an outcome) that the UI
 * and the REST API use instead of engine types.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"assist", "commerce", "customer", "proactive", "security", "shared", "sla", "survey", "ticket", "understanding"})
package io.sportello.workflow;
