/**
 * Service metrics and reports: one fact row per ticket ({@code ticket_fact}), brought up to date by a reaction after
 * each change of the ticket commits (business-time durations worked out once, when they happen), SQL aggregations over it
 * for every report and breakdown, the supervisor's live dashboard, and CSV tables. The definitions are in
 * {@code src/docs/metrics.md}; the code follows them exactly.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Analytics",
        allowedDependencies = {"commerce", "intake", "proactive", "security", "shared", "sla", "survey", "ticket", "workflow :: runtime"})
package io.sportello.analytics;
