package io.sportello.ticket;

import java.util.Set;

/**
 * Published once per ticket and transaction that changed it, just before the commit: which kinds of history entries
 * it made, the tiers the ticket was at while they were made, and whether a person on the desk replied to the customer.
 * For reactions that only need to know that a ticket changed (one reaction per action, not one per history entry).
 */
public record TicketTouched(Long ticketId, Set<TicketEventType> types, Set<Tier> tiers, boolean publicAgentReply) {

    public TicketTouched {
        types = Set.copyOf(types);
        tiers = Set.copyOf(tiers);
    }
}
