package io.sportello.routing;

/** Whether an agent takes new work: only {@link #ONLINE} agents are given tickets. */
public enum AgentStatus {
    ONLINE, AWAY, BREAK, OFFLINE;

    public boolean takesWork() {
        return this == ONLINE;
    }
}
