/**
 * The service desk's use cases — what customers, agents and supervisors do with tickets — and the
 * REST API under {@code /api/v1} that exposes them. Each use case coordinates the ticket, customer,
 * SLA, survey and workflow modules in one transaction.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "commerce", "customer", "security", "shared", "sla", "survey", "ticket", "understanding", "workflow :: runtime", "workflow :: studio"})
package io.sportello.desk;
