package io.sportello.assist;

import io.sportello.commerce.CommerceService;
import io.sportello.commerce.OrderSummary;
import io.sportello.shared.Actor;
import io.sportello.ticket.NewMessage;
import io.sportello.ticket.Ticket;
import io.sportello.ticket.HistoryReason;
import io.sportello.ticket.TicketEventType;
import io.sportello.ticket.TicketService;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writes the desk's automatic public replies on a ticket. */
@Service
@Transactional
public class SelfServiceAnswers {

    /** The author of automatic replies. */
    public static final Actor ASSISTANT = Actor.ASSISTANT;

    private final TicketService tickets;
    private final CommerceService commerce;
    private final MessageSource messages;

    SelfServiceAnswers(TicketService tickets, CommerceService commerce, MessageSource messages) {
        this.tickets = tickets;
        this.commerce = commerce;
        this.messages = messages;
    }

    /**
     * Answers an order-status question from the order and its shipment. Returns false, writing nothing,
     * when the order is unknown or belongs to another customer: then a person answers.
     */
    public boolean answerOrderStatus(Long ticketId) {
        return answerOrderStatus(ticketId, false);
    }

    /** The same, in the customer's register: {@code informal} answers as they write (tu, not Lei, in Italian). */
    public boolean answerOrderStatus(Long ticketId, boolean informal) {
        return answerOrderStatus(ticketId, tickets.get(ticketId).getOrderNumber(), informal, "selfservice.order.human");
    }

    /** The assistant's answer about the order the customer named; it ends asking whether there is more. */
    boolean answerOrderStatus(Long ticketId, String orderNumber, boolean informal) {
        return answerOrderStatus(ticketId, orderNumber, informal, "assistant.anythingElse");
    }

    private boolean answerOrderStatus(Long ticketId, String orderNumber, boolean informal, String closing) {
        Ticket ticket = tickets.get(ticketId);
        Optional<OrderSummary> found = commerce.findOrder(orderNumber)
                .filter(o -> o.customerId() != null && o.customerId().equals(ticket.getCustomerId()));
        if (found.isEmpty()) {
            return false;
        }
        OrderSummary order = found.get();
        Locale locale = Locale.forLanguageTag(ticket.getLanguage());
        String status = text("order.status." + order.status(), locale);
        StringBuilder body = new StringBuilder(inRegister("selfservice.order.greeting", informal, locale, order.orderNumber(), status));
        if (order.isShipped()) {
            body.append("\n\n").append(inRegister("selfservice.order.shipment", informal, locale, order.carrier(), order.trackingCode(),
                    text("shipment.status." + order.shipmentStatus(), locale)));
            if (order.trackingUrl() != null) {
                body.append("\n").append(inRegister("selfservice.order.tracking", informal, locale, order.trackingUrl()));
            }
            if (order.deliveredAt() == null && order.expectedDelivery() != null) {
                body.append("\n").append(inRegister("selfservice.order.expected", informal, locale,
                        order.expectedDelivery().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale))));
            }
        } else {
            body.append("\n\n").append(inRegister("selfservice.order.notShipped", informal, locale));
        }
        body.append("\n\n").append(inRegister(closing, informal, locale));
        tickets.addMessage(ticketId, NewMessage.publicReply(body.toString()), ASSISTANT);
        tickets.note(ticketId, TicketEventType.SELF_SERVICE_ANSWERED, ASSISTANT,
                HistoryReason.of(HistoryReason.ORDER_STATUS_SENT, order.orderNumber()));
        return true;
    }

    /** Reminds a customer that the desk is waiting for their answer. */
    public void remindPendingCustomer(Long ticketId) {
        Ticket ticket = tickets.get(ticketId);
        Locale locale = Locale.forLanguageTag(ticket.getLanguage());
        tickets.addMessage(ticketId, NewMessage.publicReply(text("reminder.pending", locale, ticket.getNumber())), ASSISTANT);
        tickets.note(ticketId, TicketEventType.REMINDER_SENT, ASSISTANT, null);
    }

    private String inRegister(String key, boolean informal, Locale locale, Object... args) {
        return text(informal ? key + ".informal" : key, locale, args);
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
