/**
 * Who can take which work, and whether they are there: each agent's skills with a level, the languages they answer
 * in, how much they carry at once per channel, and their status (online, away, on a break, offline) kept in the
 * database so every node agrees; and routing: each handling task goes to an eligible agent with room for it, as the
 * {@code routing-policy} decision table says (push or pull, skill, language, round-robin or least-loaded), with the
 * reason in the ticket's history; work of somebody away too long moves on.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"security", "shared", "ticket", "workflow :: runtime"})
package io.sportello.routing;
