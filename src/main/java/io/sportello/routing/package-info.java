/**
 * Who can take which work, and whether they are there: each agent's skills with a level, the languages they answer
 * in, how much they carry at once per channel, and their status (online, away, on a break, offline) kept in the
 * database so every node agrees. Routing decisions read it; the process decides when to route.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"security", "shared"})
package io.sportello.routing;
