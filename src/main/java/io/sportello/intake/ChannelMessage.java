package io.sportello.intake;

import io.sportello.customer.Customer;
import io.sportello.customer.CustomerService;
import io.sportello.desk.OpenTicket;
import io.sportello.desk.TicketDesk;
import io.sportello.shared.Actor;
import io.sportello.shared.Channel;
import io.sportello.shared.RuleViolationException;
import io.sportello.ticket.Direction;
import io.sportello.ticket.NewMessage;
import io.sportello.ticket.Ticket;
import io.sportello.ticket.TicketService;
import io.sportello.ticket.TicketStatus;
import io.sportello.ticket.Visibility;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Puts a message from a conversational channel (WhatsApp, social, marketplace, chat) on the right ticket: the one
 * named, else the customer's ongoing ticket on that channel, else a new one.
 */
@Component
class ChannelMessage {

    private final TicketDesk desk;
    private final TicketService tickets;
    private final CustomerService customers;

    ChannelMessage(TicketDesk desk, TicketService tickets, CustomerService customers) {
        this.desk = desk;
        this.tickets = tickets;
        this.customers = customers;
    }

    record Incoming(Channel channel, String handle, String name, String ticketNumber, String subject, String text,
                    String orderNumber, String language, String externalId, String idempotencyKey) {
    }

    String deliver(Incoming in) {
        Customer customer = customers.resolve(in.channel(), in.handle(), in.name(), in.language());
        Actor author = Actor.customer(customer.getId(), customer.getDisplayName());
        Optional<Ticket> ticket = Optional.ofNullable(in.ticketNumber()).flatMap(tickets::findByNumberOptional)
                .filter(t -> t.getCustomerId().equals(customer.getId()))
                .or(() -> tickets.findOngoing(customer.getId(), in.channel()))
                .filter(t -> t.getStatus() != TicketStatus.CLOSED);
        if (ticket.isPresent()) {
            try {
                desk.customerMessage(ticket.get().getNumber(), new NewMessage(in.channel(), Direction.INBOUND,
                        Visibility.PUBLIC, in.text(), null, in.externalId(), null), author);
            } catch (RuleViolationException e) {
                if (!"DUPLICATE_MESSAGE".equals(e.rule())) {
                    throw e;
                }
            }
            return ticket.get().getNumber();
        }
        String subject = in.subject() != null && !in.subject().isBlank() ? in.subject() : firstWords(in.text());
        return desk.open(new OpenTicket(in.channel(), in.handle(), in.name(), subject, in.text(), null,
                in.orderNumber(), in.language(), null, in.idempotencyKey(), null, in.externalId(), null), author)
                .ticket().getNumber();
    }

    static String firstWords(String text) {
        String line = text == null ? "" : text.strip().split("\\R", 2)[0];
        return line.isEmpty() ? "(no subject)" : line.length() > 80 ? line.substring(0, 77) + "…" : line;
    }
}
