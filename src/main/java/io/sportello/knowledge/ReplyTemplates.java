package io.sportello.knowledge;

import io.sportello.commerce.CommerceService;
import io.sportello.commerce.OrderSummary;
import io.sportello.customer.CustomerService;
import io.sportello.ticket.Ticket;
import io.sportello.ticket.TicketService;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The built-in reply templates (texts in the i18n bundles, keys {@code template.<id>.title/.body}) and their
 * snippets: {0} customer, {1} ticket number, {2} order number, {3} carrier, {4} tracking code,
 * {5} tracking link, {6} expected delivery, {7} agent.
 */
@Service
@Transactional(readOnly = true)
public class ReplyTemplates {

    public static final List<String> IDS = List.of("greeting", "order-status", "shipping-delay", "return-procedure",
            "refund-issued", "need-details");

    public record Template(String id, String title) {
    }

    private final TicketService tickets;
    private final CustomerService customers;
    private final CommerceService commerce;
    private final MessageSource messages;

    ReplyTemplates(TicketService tickets, CustomerService customers, CommerceService commerce, MessageSource messages) {
        this.tickets = tickets;
        this.customers = customers;
        this.commerce = commerce;
        this.messages = messages;
    }

    /** Templates with their titles in the agent's language. */
    public List<Template> list(Locale agentLocale) {
        return IDS.stream().map(id -> new Template(id, messages.getMessage("template." + id + ".title", null, agentLocale))).toList();
    }

    /** The template's text in the ticket's language with every snippet filled in. */
    public String render(String id, Long ticketId, String agentName) {
        Ticket ticket = tickets.get(ticketId);
        Locale locale = Locale.forLanguageTag(ticket.getLanguage() == null ? "it" : ticket.getLanguage());
        String customer = ticket.getCustomerId() == null ? "" : customers.get(ticket.getCustomerId()).getDisplayName();
        Optional<OrderSummary> order = commerce.findOrder(ticket.getOrderNumber());
        String missing = "—";
        Object[] snippets = {
                customer,
                ticket.getNumber(),
                order.map(OrderSummary::orderNumber).orElse(missing),
                order.map(OrderSummary::carrier).orElse(missing),
                order.map(OrderSummary::trackingCode).orElse(missing),
                order.map(OrderSummary::trackingUrl).orElse(missing),
                order.map(OrderSummary::expectedDelivery)
                        .map(d -> d.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale))).orElse(missing),
                agentName};
        return messages.getMessage("template." + id + ".body", snippets, locale);
    }
}
