package io.sportello.ticket;

import io.sportello.shared.Channel;
import java.time.Instant;
import java.util.Set;

/** Criteria for listing tickets; null or empty criteria do not filter. */
public record TicketFilter(Set<TicketStatus> statuses, Set<Priority> priorities, Set<Category> categories,
                           Set<Tier> tiers, Set<Channel> channels, Long customerId, String assignee, String text,
                           Instant createdFrom, Instant createdTo) {

    public static TicketFilter all() {
        return new TicketFilter(null, null, null, null, null, null, null, null, null, null);
    }
}
