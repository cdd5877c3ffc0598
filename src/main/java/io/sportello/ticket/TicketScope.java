package io.sportello.ticket;

import java.util.Set;

/**
 * The tickets one person may see, as a filter: those at one of {@code tiers} or that {@code agent} worked on
 * (assigned, or acted on them), minus the restricted ones ({@code hiddenCategories}, {@code hiddenTiers}).
 * Built by the desk's access policy; {@code null} in a {@link TicketFilter} means no restriction.
 */
public record TicketScope(Set<Tier> tiers, String agent, Set<Category> hiddenCategories, Set<Tier> hiddenTiers) {

    public TicketScope {
        tiers = Set.copyOf(tiers);
        hiddenCategories = Set.copyOf(hiddenCategories);
        hiddenTiers = Set.copyOf(hiddenTiers);
    }

    /** Whether a ticket with these facts is in the scope ({@code workedOn}: the agent was assigned or acted on it). */
    public boolean includes(Tier tier, Category category, boolean workedOn) {
        Tier at = tier == null ? Tier.L1 : tier;
        if (hiddenTiers.contains(at) || category != null && hiddenCategories.contains(category)) {
            return false;
        }
        return tiers.contains(at) || workedOn;
    }
}
