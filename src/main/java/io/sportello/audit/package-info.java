/**
 * The audit trail of every ticket, read-only: one timeline merging the ticket's own history (status, tier,
 * assignment, SLA clock), its messages in and out, and what the engine recorded (activities, task assignments,
 * decisions with inputs, outputs and matched rule, variable changes, user operations, migrations); the search
 * auditors use; and the evidence exports (CSV, PDF with timeline and diagram).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit",
        allowedDependencies = {"customer", "security", "shared", "sla", "ticket", "workflow :: history"})
package io.sportello.audit;
