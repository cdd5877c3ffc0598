package io.sportello.routing;

import java.time.Instant;

/** An agent's status changed (by themselves, a supervisor or their presence): routing reacts to who is away. */
public record AgentStatusChanged(String username, AgentStatus from, AgentStatus to, String by, Instant at) {
}
