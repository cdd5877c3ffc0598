package io.sportello.analytics;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The desk right now, for the supervisor's dashboard: open tickets per tier and status, tickets whose SLA runs out
 * within the next hour, tickets already past an SLA target, each agent's open (claimed) work and what they resolved
 * today, and the chats waiting for an agent.
 */
public record DeskSnapshot(Instant at, List<OpenCount> open, List<SlaTicket> breachingSoon, long breachingSoonTotal,
                           List<SlaTicket> breached, long breachedTotal, Map<String, Long> claimedPerAgent,
                           Map<String, Long> resolvedTodayPerAgent, long chatsWaiting, Duration longestChatWait) {

    /** Open tickets of one tier in one status. */
    public record OpenCount(String tier, String status, long tickets) {
    }

    /**
     * An open ticket and the SLA target at stake: {@code FIRST_RESPONSE} or {@code RESOLUTION}, due at {@code due}
     * (in the past for breached tickets).
     */
    public record SlaTicket(String number, String subject, String tier, String priority, String channel, String assignee,
                            String target, Instant due) {
    }

    public long openTotal() {
        return open.stream().mapToLong(OpenCount::tickets).sum();
    }
}
