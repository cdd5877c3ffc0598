package io.sportello.ui.desk.workspace;

import io.sportello.understanding.Reading;
import io.sportello.understanding.TicketReader;
import io.sportello.understanding.TriageLearning;

import io.sportello.commerce.CommerceService;
import io.sportello.commerce.OrderSummary;
import io.sportello.customer.Customer;
import io.sportello.customer.CustomerIdentity;
import io.sportello.customer.CustomerMerge;
import io.sportello.customer.CustomerService;
import io.sportello.desk.AllowedActions;
import io.sportello.desk.TicketDesk;
import io.sportello.intake.ChatSession;
import io.sportello.intake.LiveChat;
import io.sportello.intake.OutboundDelivery;
import io.sportello.intake.Outbox;
import io.sportello.security.Role;
import io.sportello.security.SportelloUser;
import io.sportello.security.UserAccountService;
import io.sportello.sla.SlaClock;
import io.sportello.sla.SlaService;
import io.sportello.ticket.Ticket;
import io.sportello.ticket.TicketFilter;
import io.sportello.ticket.TicketMessage;
import io.sportello.ticket.TicketService;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything the ticket workspace shows, read at once in one read-only transaction: the ticket, what this person
 * may do with it now, its SLA clock and live chat, the conversation with the state of each delivery, and the
 * customer beside it. The workspace's components only display what this hands them.
 */
@Component
public class WorkspaceReads {

    /** The ticket workspace as one person sees it at one moment. */
    public record Workspace(Ticket ticket, AllowedActions allowed, Optional<SlaClock> sla, Optional<ChatSession> chat,
                            String assigneeName, List<TicketMessage> messages,
                            Map<Long, List<OutboundDelivery>> deliveries, Optional<CustomerSide> customer,
                            Optional<Reading> reading, List<String> languages,
                            Optional<io.sportello.understanding.HandoverSummary> handover) {
    }

    /**
     * The customer beside the ticket: identities, the merges into them that still stand (supervisors only, who may
     * undo them), their other tickets this person may see, and their orders.
     */
    public record CustomerSide(Customer customer, boolean mayMerge, List<StandingMerge> merges,
                               List<CustomerIdentity> identities, List<Ticket> earlier, List<OrderSummary> orders,
                               io.sportello.commerce.CustomerFigures figures,
                               Map<String, io.sportello.commerce.OrderDetails> details) {
    }

    /** How many of the customer's latest orders the panel shows in full (the ticket's own order always). */
    private static final int DETAILED_ORDERS = 5;

    /** A merge into the customer, with the name of the customer merged in. */
    public record StandingMerge(CustomerMerge merge, String sourceName) {
    }

    private static final int EARLIER_TICKETS = 10;

    private final TicketDesk desk;
    private final TicketService tickets;
    private final SlaService sla;
    private final LiveChat chats;
    private final Outbox outbox;
    private final CustomerService customers;
    private final CommerceService commerce;
    private final UserAccountService users;
    private final TicketReader reader;
    private final TriageLearning learning;
    private final io.sportello.understanding.HandoverSummaries handovers;

    WorkspaceReads(TicketDesk desk, TicketService tickets, SlaService sla, LiveChat chats, Outbox outbox,
                   CustomerService customers, CommerceService commerce, UserAccountService users, TicketReader reader,
                   TriageLearning learning, io.sportello.understanding.HandoverSummaries handovers) {
        this.handovers = handovers;
        this.reader = reader;
        this.learning = learning;
        this.desk = desk;
        this.tickets = tickets;
        this.sla = sla;
        this.chats = chats;
        this.outbox = outbox;
        this.customers = customers;
        this.commerce = commerce;
        this.users = users;
    }

    /** The workspace of a ticket this person may read (the caller checked it on entering the view). */
    @Transactional(readOnly = true)
    public Workspace load(String number, SportelloUser me) {
        Ticket ticket = tickets.getByNumber(number);
        Map<Long, List<OutboundDelivery>> deliveries = outbox.ofTicket(ticket.getId()).stream()
                .filter(d -> d.getMessageId() != null)
                .collect(Collectors.groupingBy(OutboundDelivery::getMessageId));
        return new Workspace(ticket, desk.allowedActions(number, me), sla.find(ticket.getId()), chats.latestOf(ticket.getId()),
                ticket.getAssignee() == null ? null : users.displayName(ticket.getAssignee()),
                tickets.messages(ticket.getId()), deliveries, customerSide(ticket, me), reader.reading(ticket.getId()),
                learning.languages(), handovers.latest(ticket.getId()));
    }

    private Optional<CustomerSide> customerSide(Ticket ticket, SportelloUser me) {
        if (ticket.getCustomerId() == null) {
            return Optional.empty();
        }
        Customer customer = customers.get(ticket.getCustomerId());
        // merging two people's records moves tickets and orders: a supervisor's decision
        boolean supervises = me.hasRole(Role.SUPERVISOR) || me.hasRole(Role.ADMIN);
        List<StandingMerge> merges = !supervises ? List.of() : customers.merges(customer.getId()).stream()
                .filter(m -> !m.isUndone() && m.getTargetId().equals(customer.getId()))
                .map(m -> new StandingMerge(m, customers.get(m.getSourceId()).getDisplayName())).toList();
        // the customer's other tickets, as far as this person may see them (no fraud case of theirs shows up for L1)
        List<Ticket> earlier = tickets.search(new TicketFilter(null, null, null, null, null, customer.getId(), null, null,
                                null, null).within(desk.access().scopeFor(me)),
                        PageRequest.of(0, EARLIER_TICKETS, Sort.by(Sort.Direction.DESC, "createdAt")))
                .stream().filter(t -> !t.getId().equals(ticket.getId())).toList();
        List<OrderSummary> orders = commerce.ordersOf(customer.getId());
        Map<String, io.sportello.commerce.OrderDetails> details = new java.util.LinkedHashMap<>();
        for (int i = 0; i < orders.size(); i++) {
            OrderSummary o = orders.get(i);
            if (i < DETAILED_ORDERS || o.orderNumber().equalsIgnoreCase(String.valueOf(ticket.getOrderNumber()))) {
                commerce.details(o.orderNumber()).ifPresent(d -> details.put(o.orderNumber(), d));
            }
        }
        return Optional.of(new CustomerSide(customer, supervises, merges, customers.identities(customer.getId()), earlier,
                orders, commerce.figuresOf(customer.getId()), details));
    }
}
