package io.sportello.desk;

import io.sportello.shared.Channel;
import io.sportello.ticket.Category;
import io.sportello.ticket.Priority;
import io.sportello.ticket.TicketStatus;
import io.sportello.ticket.Tier;
import java.util.Set;

/** Inbox filters on the tickets behind the tasks; empty sets and blank text do not filter. */
public record InboxFilter(Set<Channel> channels, Set<Priority> priorities, Set<Category> categories, Set<Tier> tiers,
                          Set<TicketStatus> statuses, String text) {

    public InboxFilter {
        channels = channels == null ? Set.of() : Set.copyOf(channels);
        priorities = priorities == null ? Set.of() : Set.copyOf(priorities);
        categories = categories == null ? Set.of() : Set.copyOf(categories);
        tiers = tiers == null ? Set.of() : Set.copyOf(tiers);
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    }

    public static InboxFilter none() {
        return new InboxFilter(null, null, null, null, null, null);
    }
}
