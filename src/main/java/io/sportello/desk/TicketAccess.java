package io.sportello.desk;

import io.sportello.security.Role;
import io.sportello.security.SportelloUser;
import io.sportello.shared.NotFoundException;
import io.sportello.ticket.Category;
import io.sportello.ticket.Ticket;
import io.sportello.ticket.TicketScope;
import io.sportello.ticket.TicketService;
import io.sportello.ticket.Tier;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The one access policy for tickets — their messages, attachments, history and surveys go with them — used by the
 * REST API, the Vaadin views, the desk's actions and search alike.
 * <ul>
 * <li>Supervisors and administrators see and act on every ticket; auditors see every ticket and act on none.</li>
 * <li>Agents see the tickets at their teams' tiers and those they worked on (assigned, or acted on them), and act
 * only on tickets at one of their tiers (or assigned to them): an agent who escalated a ticket still reads it, but
 * the next tier works it.</li>
 * <li>Restricted tickets — category {@code FRAUD} or tier {@code L3} by default
 * ({@code sportello.access.restricted-categories}, {@code restricted-tiers}) — only for agents of the restricted
 * team ({@code restricted-group}, default {@code tier3}), whatever they worked on before.</li>
 * <li>Anybody else (process owners, customers on staff paths) sees no ticket here.</li>
 * </ul>
 * A ticket someone may not read is "not found" to them, exactly like a number that does not exist.
 */
@Component("ticketAccess")
public class TicketAccess {

    private final TicketService tickets;
    private final Set<Category> restrictedCategories;
    private final Set<Tier> restrictedTiers;
    private final String restrictedGroup;

    TicketAccess(TicketService tickets,
                 @Value("${sportello.access.restricted-categories:FRAUD}") String restrictedCategories,
                 @Value("${sportello.access.restricted-tiers:L3}") String restrictedTiers,
                 @Value("${sportello.access.restricted-group:tier3}") String restrictedGroup) {
        this.tickets = tickets;
        this.restrictedCategories = parse(restrictedCategories, Category.class);
        this.restrictedTiers = parse(restrictedTiers, Tier.class);
        this.restrictedGroup = restrictedGroup;
    }

    private static <E extends Enum<E>> Set<E> parse(String list, Class<E> type) {
        Set<E> values = EnumSet.noneOf(type);
        Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .forEach(s -> values.add(Enum.valueOf(type, s)));
        return values;
    }

    /** What {@code user} may see, as a search scope; null when they see every ticket. */
    public TicketScope scopeFor(SportelloUser user) {
        if (seesEverything(user)) {
            return null;
        }
        if (!user.hasRole(Role.AGENT)) {
            return new TicketScope(Set.of(), null, Set.of(), Set.of());
        }
        boolean restricted = user.getGroups().contains(restrictedGroup);
        return new TicketScope(tiersOf(user), user.getUsername(), restricted ? Set.of() : restrictedCategories,
                restricted ? Set.of() : restrictedTiers);
    }

    public boolean canRead(Ticket ticket, SportelloUser user) {
        TicketScope scope = scopeFor(user);
        return scope == null || scope.includes(ticket.getTier(), ticket.getCategory(), false)
                || scope.includes(ticket.getTier(), ticket.getCategory(), true) && scope.agent() != null
                && tickets.involves(ticket.getId(), scope.agent());
    }

    public boolean canWrite(Ticket ticket, SportelloUser user) {
        if (user.hasRole(Role.SUPERVISOR) || user.hasRole(Role.ADMIN)) {
            return true;
        }
        if (!user.hasRole(Role.AGENT) || !canRead(ticket, user)) {
            return false;
        }
        Tier at = ticket.getTier() == null ? Tier.L1 : ticket.getTier();
        return tiersOf(user).contains(at) || user.getUsername().equals(ticket.getAssignee());
    }

    /** The ticket, if {@code user} may read it; "not found" otherwise. */
    public Ticket readable(String number, SportelloUser user) {
        Ticket ticket = tickets.getByNumber(number);
        if (!canRead(ticket, user)) {
            throw new NotFoundException("Ticket", number);
        }
        return ticket;
    }

    /** The ticket, if {@code user} may act on it; "not found" if they may not even read it, 403 if only read. */
    public Ticket writable(String number, SportelloUser user) {
        Ticket ticket = readable(number, user);
        if (!canWrite(ticket, user)) {
            throw new TicketForbiddenException(TicketForbiddenException.NOT_AT_YOUR_TIER, "Ticket " + number + " is at "
                    + ticket.getTier() + ": only that tier's team, the assigned agent or a supervisor may change it");
        }
        return ticket;
    }

    private static boolean seesEverything(SportelloUser user) {
        return user.hasRole(Role.SUPERVISOR) || user.hasRole(Role.ADMIN) || user.hasRole(Role.AUDITOR);
    }

    private static Set<Tier> tiersOf(SportelloUser user) {
        return Arrays.stream(Tier.values()).filter(t -> user.getGroups().contains(t.group()))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Tier.class)));
    }
}
