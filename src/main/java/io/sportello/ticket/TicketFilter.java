package io.sportello.ticket;

import io.sportello.shared.Channel;
import java.time.Instant;
import java.util.Set;

/**
 * Criteria for listing tickets; null or empty criteria do not filter. {@code number} matches a ticket number
 * exactly (case-insensitive); {@code involvedAgent} matches tickets the agent is assigned to or acted on;
 * {@code outcomes} are resolution codes; {@code slaBreached} selects tickets that did (true) or did not (false)
 * breach an SLA target; {@code scope} limits the result to what one person may see.
 */
public record TicketFilter(Set<TicketStatus> statuses, Set<Priority> priorities, Set<Category> categories,
                           Set<Tier> tiers, Set<Channel> channels, Long customerId, String assignee, String text,
                           Instant createdFrom, Instant createdTo, String number, Set<Long> customerIds,
                           String involvedAgent, Set<ResolutionCode> outcomes, Boolean slaBreached,
                           TicketScope scope) {

    public TicketFilter(Set<TicketStatus> statuses, Set<Priority> priorities, Set<Category> categories,
                        Set<Tier> tiers, Set<Channel> channels, Long customerId, String assignee, String text,
                        Instant createdFrom, Instant createdTo, String number, Set<Long> customerIds,
                        String involvedAgent, Set<ResolutionCode> outcomes, Boolean slaBreached) {
        this(statuses, priorities, categories, tiers, channels, customerId, assignee, text, createdFrom, createdTo,
                number, customerIds, involvedAgent, outcomes, slaBreached, null);
    }

    public TicketFilter(Set<TicketStatus> statuses, Set<Priority> priorities, Set<Category> categories,
                        Set<Tier> tiers, Set<Channel> channels, Long customerId, String assignee, String text,
                        Instant createdFrom, Instant createdTo) {
        this(statuses, priorities, categories, tiers, channels, customerId, assignee, text, createdFrom, createdTo,
                null, null, null, null, null);
    }

    /** The same criteria, limited to what {@code scope} lets a person see (null: no limit). */
    public TicketFilter within(TicketScope scope) {
        return new TicketFilter(statuses, priorities, categories, tiers, channels, customerId, assignee, text,
                createdFrom, createdTo, number, customerIds, involvedAgent, outcomes, slaBreached, scope);
    }

    public static TicketFilter all() {
        return new TicketFilter(null, null, null, null, null, null, null, null, null, null);
    }
}
