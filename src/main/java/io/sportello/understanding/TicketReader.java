package io.sportello.understanding;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sportello.commerce.OrderSummary;
import io.sportello.ticket.Category;
import io.sportello.ticket.Direction;
import io.sportello.ticket.HistoryReason;
import io.sportello.ticket.Sentiment;
import io.sportello.ticket.Ticket;
import io.sportello.ticket.TicketMessage;
import io.sportello.ticket.TicketService;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lifecycle's understanding step: reads a ticket's first message (its subject and text) with the active models,
 * finds the order it is about among the customer's, keeps the reading, and records on the ticket what it changes —
 * the category (unless the customer chose one on a form), the sentiment, the language, the order — with the model
 * version and confidences in the ticket's history. A category the model is less sure of than
 * {@code sportello.understanding.check-below} is marked for a person to check before triage trusts it.
 */
@Service
public class TicketReader {

    private final TicketService tickets;
    private final MessageUnderstanding understanding;
    private final OrderMatcher orders;
    private final MessageReadingRepository readings;
    private final ObjectMapper json;
    private final Clock clock;
    private final double checkBelow;
    private static final java.time.Duration REPEAT_WITHIN = java.time.Duration.ofDays(7);
    private static final java.time.Duration RECENT_DELIVERY = java.time.Duration.ofDays(14);

    TicketReader(TicketService tickets, MessageUnderstanding understanding, OrderMatcher orders,
                 MessageReadingRepository readings, ObjectMapper json, Clock clock,
                 @Value("${sportello.understanding.check-below:0.5}") double checkBelow) {
        this.tickets = tickets;
        this.understanding = understanding;
        this.orders = orders;
        this.readings = readings;
        this.json = json;
        this.clock = clock;
        this.checkBelow = checkBelow;
    }

    /** The confidence below which a category is checked by a person. */
    public double checkBelow() {
        return checkBelow;
    }

    /** Reads the ticket's first message, keeps the reading and records it on the ticket. */
    @Transactional
    public Reading read(Long ticketId) {
        Ticket ticket = tickets.get(ticketId);
        String text = text(ticket);
        MessageUnderstanding.Understood u;
        try {
            u = understanding.understand(text, ticket.getLanguage());
        } catch (RuntimeException modelsFailed) {
            // the models could not read it (not trained, broken data): a person reads it instead, nothing is lost
            org.slf4j.LoggerFactory.getLogger(TicketReader.class).error("Ticket {} could not be read by the models",
                    ticket.getNumber(), modelsFailed);
            MessageUnderstanding.Judgement none = new MessageUnderstanding.Judgement(null, 0, null);
            u = new MessageUnderstanding.Understood(new LanguageDetection.Guess(ticket.getLanguage(), 0, true), none,
                    none, none, none, new Entities(List.of(), List.of(), List.of(), List.of(), List.of()), "unavailable");
        }
        Entities entities = u.entities();
        if (ticket.getOrderNumber() != null) {
            // the order the customer typed in a form's own field comes first
            String given = ticket.getOrderNumber().strip().toUpperCase(Locale.ROOT);
            entities = new Entities(Stream.concat(Stream.of(new Entities.OrderReference(ticket.getOrderNumber(), given,
                    true)), entities.orders().stream().filter(o -> !o.normalised().equals(given))).toList(),
                    entities.trackingCodes(), entities.emails(), entities.phones(), entities.amounts());
        }
        OrderMatch match = orders.match(entities, ticket.getCustomerId());
        if ("PRESALE".equals(u.phase().value()) && match.rule() != OrderMatch.Rule.NUMBER_IN_TEXT) {
            // someone about to buy asks about a new purchase, not about their last parcel
            match = OrderMatch.none();
        }
        if (ticket.getOrderNumber() != null && match.order().filter(o -> o.orderNumber()
                .equalsIgnoreCase(ticket.getOrderNumber().strip())).isEmpty()) {
            // the number typed in the form is not one of theirs: no order the desk may talk about
            match = OrderMatch.none();
        }
        boolean chosen = ticket.getCategory() != Category.OTHER;
        Category read = category(u.category().value());
        Category category = chosen ? ticket.getCategory() : read;
        // a sentiment the sender gave (an upstream bot, an API client) stands, like a form's topic
        Sentiment sentiment = ticket.getSentiment() != Sentiment.NEUTRAL ? ticket.getSentiment()
                : u.sentiment().value() == null ? Sentiment.NEUTRAL : Sentiment.valueOf(u.sentiment().value());
        boolean needsCheck = !chosen && u.category().confidence() < checkBelow;
        String orderNumber = match.order().map(OrderSummary::orderNumber).orElse(null);
        // the automatic answer only for an order the customer means: named, the only open one, or the last one
        // shipped if it is still travelling or arrived lately (not a parcel delivered months ago)
        OrderMatch.Rule rule = match.rule();
        boolean answerable = match.order().filter(o -> rule != OrderMatch.Rule.LATEST_SHIPPED
                || o.deliveredAt() == null || o.deliveredAt().isAfter(ticket.getCreatedAt().minus(RECENT_DELIVERY)))
                .isPresent();
        // writing again within a week about the same order or topic is a repeated contact: urgent, whatever the tone
        String repeatOf = tickets.ofCustomer(ticket.getCustomerId()).stream()
                .filter(t -> !t.getId().equals(ticketId) && t.getCreatedAt().isBefore(ticket.getCreatedAt())
                        && t.getCreatedAt().isAfter(ticket.getCreatedAt().minus(REPEAT_WITHIN)))
                .filter(t -> orderNumber != null && t.getOrderNumber() != null
                        ? orderNumber.equals(t.getOrderNumber())
                        : category != Category.OTHER && t.getCategory() == category)
                .map(Ticket::getNumber).findFirst().orElse(null);
        String urgency = repeatOf != null ? "HIGH" : u.urgency().value() == null ? "NORMAL" : u.urgency().value();
        Reading reading = new Reading(ticketId, u.modelVersion(), u.language().language(), u.language().confidence(),
                u.language().fallback(), category, u.category().confidence(), chosen, u.category().scores(),
                urgency, u.urgency().confidence(), sentiment,
                u.sentiment().confidence(), "PRESALE".equals(u.phase().value()), u.phase().confidence(), entities,
                orderNumber, match.rule(), needsCheck, Register.informal(text), repeatOf, answerable);
        readings.save(new MessageReading(reading, write(reading.categoryScores()), write(entities), clock.instant()));
        // an uncertain category stays off the ticket until a person checks it (it would decide who may read it)
        tickets.understood(ticketId, chosen || needsCheck ? null : category, sentiment, reading.language(),
                reading.orderNumber(), why(reading, read), null);
        return reading;
    }

    /** The last reading of a ticket's first message, if it was read. */
    @Transactional(readOnly = true)
    public Optional<Reading> reading(Long ticketId) {
        return readings.findFirstByTicketIdOrderByIdDesc(ticketId).map(r -> new Reading(r.getTicketId(),
                r.getModelVersion(), r.getLanguage(), r.getLanguageConfidence(), r.isLanguageFallback(),
                Category.valueOf(r.getCategory()), r.getCategoryConfidence(), r.isCategoryChosen(),
                read(r.getCategoryScores(), new TypeReference<Map<String, Double>>() { }), r.getUrgency(),
                r.getUrgencyConfidence(), Sentiment.valueOf(r.getSentiment()), r.getSentimentConfidence(),
                r.isPresale(), r.getPhaseConfidence(), read(r.getEntities(), new TypeReference<Entities>() { }),
                r.getOrderNumber(), OrderMatch.Rule.valueOf(r.getOrderRule()), r.isNeedsCheck(), r.isInformal(),
                r.getRepeatOf(), r.isAnswerable()));
    }

    /** What the desk reads of a ticket: its subject (unless the text begins with it) and its first customer message. */
    @Transactional(readOnly = true)
    public String text(Ticket ticket) {
        String body = tickets.messages(ticket.getId()).stream().filter(m -> m.getDirection() == Direction.INBOUND)
                .map(TicketMessage::getBodyText).filter(t -> t != null && !t.isBlank()).findFirst().orElse("");
        String subject = ticket.getSubject() == null ? "" : ticket.getSubject().strip();
        if (subject.isEmpty() || subject.equals("(no subject)") || body.strip().startsWith(subject.replace("…", ""))) {
            return body;
        }
        return subject + "\n" + body;
    }

    private static Category category(String label) {
        try {
            return label == null ? Category.OTHER : Category.valueOf(label);
        } catch (IllegalArgumentException unknown) {
            return Category.OTHER;
        }
    }

    // what the history shows: the model, every judgement with its confidence, the order and its rule, the
    // alternatives and the entities; all as data, rendered in the reader's language (history.reason.READ_BY_MODEL)
    private static HistoryReason why(Reading r, Category read) {
        List<Object> args = new ArrayList<>(List.of(r.modelVersion(), HistoryReason.key("category." + read),
                percent(r.categoryConfidence()), HistoryReason.key("understanding.language." + r.language()),
                percent(r.languageConfidence()), HistoryReason.key("understanding.urgency." + r.urgency()),
                HistoryReason.key("understanding.sentiment." + r.sentiment()),
                HistoryReason.key("understanding.phase." + (r.presale() ? "PRESALE" : "POSTSALE")),
                r.orderNumber() == null ? "—" : r.orderNumber(),
                HistoryReason.key("understanding.orderRule." + r.orderRule()), entitiesText(r.entities())));
        List<Map.Entry<String, Double>> ranked = r.rankedCategories();
        for (int i = 1; i <= 3; i++) {
            boolean has = i < ranked.size();
            args.add(has ? HistoryReason.key("category." + ranked.get(i).getKey()) : "—");
            args.add(has ? percent(ranked.get(i).getValue()) : "0");
        }
        String code = r.categoryChosen() ? HistoryReason.READ_BY_MODEL_CHOSEN
                : r.needsCheck() ? HistoryReason.READ_BY_MODEL_CHECK : HistoryReason.READ_BY_MODEL;
        return HistoryReason.of(code, args.toArray());
    }

    private static String percent(double p) {
        return Long.toString(Math.round(p * 100));
    }

    private static String entitiesText(Entities e) {
        List<String> found = e.names();
        return found.isEmpty() ? "—" : String.join(", ", found);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T read(String value, TypeReference<T> type) {
        try {
            return value == null ? null : json.readValue(value, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
