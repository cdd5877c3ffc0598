/**
 * Service metrics and reports: one fact row per ticket ({@code ticket_fact}), kept in step with the ticket in the
 * transaction that changes it (business-time durations worked out once, when they happen), SQL aggregations over it
 * for every report and breakdown, the supervisor's live dashboard, and CSV tables. The definitions are in
 * {@code src/docs/metrics.md}; the code follows them exactly.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Analytics")
package io.sportello.analytics;
