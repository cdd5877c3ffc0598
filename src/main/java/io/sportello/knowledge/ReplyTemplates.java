package io.sportello.knowledge;

import io.sportello.commerce.CommerceService;
import io.sportello.commerce.OrderSummary;
import io.sportello.customer.CustomerService;
import io.sportello.shared.Channel;
import io.sportello.shared.FieldException;
import io.sportello.shared.NotFoundException;
import io.sportello.ticket.Ticket;
import io.sportello.ticket.TicketService;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reply templates agents insert into their answers, kept in the app by content owners per language and channel,
 * with snippets filled from the ticket, the customer and the order: {@code {customer}} {@code {ticket}}
 * {@code {order}} {@code {carrier}} {@code {tracking}} {@code {trackingLink}} {@code {expectedDelivery}}
 * {@code {agent}}. The first start fills the table from the texts the desk shipped with (bundle keys
 * {@code template.<id>.title/.body}).
 */
@Service
@Transactional(readOnly = true)
public class ReplyTemplates {

    /** The templates the desk ships with (their first texts come from the bundles). */
    public static final List<String> IDS = List.of("greeting", "order-status", "shipping-delay", "return-procedure",
            "refund-issued", "need-details");

    /** The snippets a template may use, in the order of the shipped bundle texts' {0}…{7}. */
    public static final List<String> SNIPPETS = List.of("customer", "ticket", "order", "carrier", "tracking",
            "trackingLink", "expectedDelivery", "agent");

    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]{1,63}");

    /** A template as a list shows it: its key and title. */
    public record Template(String id, String title) {
    }

    private final org.springframework.transaction.support.TransactionTemplate transactions;
    private final ReplyTemplateRepository templates;
    private final TicketService tickets;
    private final CustomerService customers;
    private final CommerceService commerce;
    private final MessageSource messages;
    private final Clock clock;

    ReplyTemplates(ReplyTemplateRepository templates, TicketService tickets, CustomerService customers,
                   CommerceService commerce, MessageSource messages, Clock clock,
                   org.springframework.transaction.PlatformTransactionManager transactions) {
        this.transactions = new org.springframework.transaction.support.TransactionTemplate(transactions);
        this.templates = templates;
        this.tickets = tickets;
        this.customers = customers;
        this.commerce = commerce;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * The first start: the shipped templates, in both languages, for every channel. Two nodes starting on a new
     * database may both try: the unique constraint keeps one set, and the other node starts all the same.
     */
    @EventListener(ApplicationReadyEvent.class)
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public void seed() {
        try {
            transactions.executeWithoutResult(status -> seedMissing());
        } catch (org.springframework.dao.DataIntegrityViolationException seededMeanwhile) {
            org.slf4j.LoggerFactory.getLogger(ReplyTemplates.class)
                    .info("Reply templates were seeded by another node meanwhile");
        }
    }

    private void seedMissing() {
        for (String id : IDS) {
            if (!templates.findByTemplateKey(id).isEmpty()) {
                continue;
            }
            for (String language : Analyzers.LANGUAGES) {
                Locale locale = Locale.forLanguageTag(language);
                String body = messages.getMessage("template." + id + ".body", SNIPPETS.stream().map(s -> "{" + s + "}")
                        .toArray(), locale);
                ReplyTemplate t = new ReplyTemplate(id, language, null);
                t.write(messages.getMessage("template." + id + ".title", null, locale), body, "sportello", clock.instant());
                templates.save(t);
            }
        }
    }

    /** Every template by its key, titled in the agent's language where it has one. */
    public List<Template> list(Locale agentLocale) {
        Map<String, ReplyTemplate> byKey = new LinkedHashMap<>();
        for (ReplyTemplate t : templates.findAllByOrderByTemplateKeyAscLanguageAsc()) {
            ReplyTemplate seen = byKey.get(t.getTemplateKey());
            if (seen == null || t.getLanguage().equals(agentLocale.getLanguage()) && t.getChannel() == null) {
                byKey.put(t.getTemplateKey(), t);
            }
        }
        return byKey.values().stream().map(t -> new Template(t.getTemplateKey(), t.getTitle())).toList();
    }

    /** Every stored template (each language and channel), for the content owners. */
    public List<ReplyTemplate> all() {
        return templates.findAllByOrderByTemplateKeyAscLanguageAsc();
    }

    /** Adds or rewrites one template's text for a language and a channel (null: every channel). */
    @Transactional
    public ReplyTemplate save(String key, String language, Channel channel, String title, String body, String by) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new FieldException("key", "A key is 2–64 lower-case letters, digits and dashes");
        }
        if (!Analyzers.LANGUAGES.contains(language)) {
            throw new FieldException("language", "Templates are written in " + Analyzers.LANGUAGES);
        }
        if (title == null || title.isBlank() || title.length() > 200) {
            throw new FieldException("title", "A template needs a title of at most 200 characters");
        }
        if (body == null || body.isBlank() || body.length() > 10_000) {
            throw new FieldException("body", "A template needs a text of at most 10,000 characters");
        }
        java.util.regex.Matcher unknown = Pattern.compile("\\{([A-Za-z]+)}").matcher(body);
        while (unknown.find()) {
            if (!SNIPPETS.contains(unknown.group(1))) {
                throw new FieldException("body", "Unknown snippet {" + unknown.group(1) + "}; known: " + SNIPPETS);
            }
        }
        ReplyTemplate t = templates.findByTemplateKey(key).stream()
                .filter(x -> x.getLanguage().equals(language) && x.getChannel() == channel).findFirst()
                .orElseGet(() -> new ReplyTemplate(key, language, channel));
        t.write(title.strip(), body, by, clock.instant());
        try {
            return templates.saveAndFlush(t);
        } catch (org.springframework.dao.DataIntegrityViolationException sameTemplateAddedMeanwhile) {
            // one row per key, language and channel: a colleague added this one a moment ago
            throw new io.sportello.shared.RuleViolationException("TEMPLATE_ADDED_MEANWHILE",
                    "Template " + key + "/" + language + "/" + (channel == null ? "*" : channel)
                            + " was added by someone else meanwhile");
        }
    }

    /** The template's text for the ticket (its language and channel) with every snippet filled in. */
    public String render(String key, Long ticketId, String agentName) {
        Ticket ticket = tickets.get(ticketId);
        ReplyTemplate t = variant(key, ticket).orElseThrow(() -> new NotFoundException("Reply template", key));
        Locale locale = Locale.forLanguageTag(t.getLanguage());
        String customer = ticket.getCustomerId() == null ? "" : customers.get(ticket.getCustomerId()).getDisplayName();
        Optional<OrderSummary> order = commerce.findOrder(ticket.getOrderNumber());
        String missing = "—";
        Map<String, String> values = Map.of(
                "customer", customer,
                "ticket", ticket.getNumber(),
                "order", order.map(OrderSummary::orderNumber).orElse(missing),
                "carrier", order.map(OrderSummary::carrier).orElse(missing),
                "tracking", order.map(OrderSummary::trackingCode).orElse(missing),
                "trackingLink", order.map(OrderSummary::trackingUrl).orElse(missing),
                "expectedDelivery", order.map(OrderSummary::expectedDelivery)
                        .map(d -> d.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)))
                        .orElse(missing),
                "agent", agentName == null ? "" : agentName);
        String text = t.getBody();
        for (Map.Entry<String, String> v : values.entrySet()) {
            text = text.replace("{" + v.getKey() + "}", v.getValue() == null ? missing : v.getValue());
        }
        return text;
    }

    /**
     * The templates that fit a ticket's text best (most words in common with their title and text, in the ticket's
     * language), for the workspace to offer first.
     */
    public List<Template> suggest(Ticket ticket, String text, int limit) {
        String language = ticket.getLanguage() == null ? "it" : ticket.getLanguage();
        Set<String> asked = new HashSet<>(Analyzers.terms(language, text));
        record Scored(ReplyTemplate t, long score) {
        }
        return templates.findAllByOrderByTemplateKeyAscLanguageAsc().stream()
                .filter(t -> t.getLanguage().equals(language))
                .map(t -> new Scored(t, Analyzers.terms(language, t.getTitle() + " " + t.getBody().replaceAll("\\{\\w+}", " "))
                        .stream().distinct().filter(asked::contains).count()))
                .filter(s -> s.score() >= 2)
                .sorted(Comparator.comparingLong(Scored::score).reversed())
                .map(s -> new Template(s.t().getTemplateKey(), s.t().getTitle()))
                .distinct().limit(limit).toList();
    }

    private Optional<ReplyTemplate> variant(String key, Ticket ticket) {
        String language = ticket.getLanguage() == null ? "it" : ticket.getLanguage();
        List<ReplyTemplate> all = templates.findByTemplateKey(key);
        Comparator<ReplyTemplate> fit = Comparator
                .comparing((ReplyTemplate t) -> !t.getLanguage().equals(language))
                .thenComparing(t -> t.getChannel() != ticket.getChannel())
                .thenComparing(t -> t.getChannel() != null);
        return all.stream().filter(t -> t.getChannel() == null || t.getChannel() == ticket.getChannel()).min(fit);
    }
}
