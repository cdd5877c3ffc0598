/**
 * Tickets and their conversation: one ticket per customer problem, a thread of messages across
 * channels (public replies and internal notes), status, priority, category and tier, and the
 * ticket's own event history. State changes are checked here; the process engine decides when.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "sla"})
package io.sportello.ticket;
