/**
 * SLA clocks on business time: business calendars kept by administrators (opening hours, time zone, national
 * holidays, dates that differ) and the calendar each team works on,
 * first-response and resolution deadlines computed from the policy's targets, the warning point,
 * pauses while the ticket waits for the customer (each running and paused segment kept with its
 * reason), breaches and re-escalation deadlines. Deadlines are absolute instants the process timers use.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "security"})
package io.sportello.sla;
