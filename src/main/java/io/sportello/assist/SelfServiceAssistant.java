package io.sportello.assist;

import io.sportello.commerce.OrderSummary;
import io.sportello.knowledge.Article;
import io.sportello.knowledge.Audience;
import io.sportello.knowledge.KnowledgeAnswers;
import io.sportello.knowledge.KnowledgeBase;
import io.sportello.shared.Actor;
import io.sportello.shared.Channel;
import io.sportello.ticket.Category;
import io.sportello.ticket.Direction;
import io.sportello.ticket.HistoryReason;
import io.sportello.ticket.NewMessage;
import io.sportello.ticket.Ticket;
import io.sportello.ticket.TicketEventType;
import io.sportello.ticket.TicketMessage;
import io.sportello.ticket.TicketService;
import io.sportello.ticket.Visibility;
import io.sportello.understanding.Entities;
import io.sportello.understanding.HandoverSummaries;
import io.sportello.understanding.HandoverSummary;
import io.sportello.understanding.MessageUnderstanding;
import io.sportello.understanding.OrderMatch;
import io.sportello.understanding.OrderMatcher;
import io.sportello.understanding.Reading;
import io.sportello.understanding.TextFeatures;
import io.sportello.understanding.TicketReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The self-service assistant's reading and writing; the {@code self-service} process decides, turn by turn, what
 * it does (its decision table says when to answer, ask or hand over). A turn is what the customer wrote since the
 * assistant last spoke. The assistant recognises a request for a person, a thank-you that closes the conversation,
 * a "that didn't help", an order-status question (answered from the live order and parcel once it knows which
 * order: the one the customer names, or — for a customer who proved who they are — the one the desk can tell they
 * mean) and a question the knowledge base answers with enough confidence. Everything it reads and does is in the
 * ticket's history; what it writes is in the customer's language and register.
 */
@Service
@Transactional
public class SelfServiceAssistant {

    /** What the customer's turn is. */
    public enum Intent { HUMAN, NOT_HELPED, THANKS, NEEDS_PERSON, ORDER_STATUS, ARTICLE, UNKNOWN }

    /** Why a conversation goes to a person (the process's {@code handoverReason}). */
    public enum Handover { ASKED, NOT_HELPED, NEGATIVE, NOT_CONFIDENT, TWO_FAILED, NEEDS_PERSON, FOLLOW_UP, TAKEN_OVER }

    /** What the assistant did last, which changes how the next turn is read. */
    public enum Action { ANSWER_ORDER, ASK_ORDER, ANSWER_ARTICLE, ASK_AGAIN, HAND_OVER, CLOSE }

    /** Where the conversation stands when a turn is read. */
    public record State(int botTurns, String lastAction, String lastArticle, String category, String sentiment) {
    }

    /**
     * One turn read: its intent, whether the assistant can answer it with confidence, the customer's order it is
     * about (if the assistant may speak of it), whether an order number was typed, the article that answers, whether
     * the customer is upset, and whether the turn failed (nothing the assistant can do with it).
     */
    public record Turn(Intent intent, boolean confident, String order, boolean orderGiven, String article,
                       boolean negative, boolean failed) {
    }

    private static final Set<Channel> LIVE = Set.of(Channel.CHAT, Channel.WHATSAPP);
    private static final Set<String> PROVEN_CHATS = Set.of(HistoryReason.CHAT_ADDRESS_PROVEN,
            HistoryReason.CHAT_CONTINUED_PROVEN);

    private final TicketService tickets;
    private final TicketReader reader;
    private final MessageUnderstanding understanding;
    private final OrderMatcher orders;
    private final KnowledgeAnswers answers;
    private final KnowledgeBase knowledge;
    private final SelfServiceAnswers orderAnswers;
    private final HandoverSummaries summaries;
    private final MessageSource messages;
    private final String orderExample;

    SelfServiceAssistant(TicketService tickets, TicketReader reader, MessageUnderstanding understanding,
                         OrderMatcher orders, KnowledgeAnswers answers, KnowledgeBase knowledge,
                         SelfServiceAnswers orderAnswers, HandoverSummaries summaries, MessageSource messages,
                         @Value("${sportello.assistant.order-example:ORD-2026-000123}") String orderExample) {
        this.tickets = tickets;
        this.reader = reader;
        this.understanding = understanding;
        this.orders = orders;
        this.answers = answers;
        this.knowledge = knowledge;
        this.orderAnswers = orderAnswers;
        this.summaries = summaries;
        this.messages = messages;
        this.orderExample = orderExample;
    }

    /**
     * Reads the customer's turn and records the reading in the ticket's history. Whatever fails in the reading (the
     * models, the index) makes it a turn the assistant could do nothing with — never a lost customer message: the
     * reading runs in the customer's own transaction, so nothing it calls may mark that transaction for rollback.
     */
    @Transactional(noRollbackFor = RuntimeException.class)
    public Turn read(Long ticketId, State state) {
        Ticket ticket = tickets.get(ticketId);
        boolean first = state.botTurns() == 0;
        Turn turn;
        try {
            CustomerTurn said = customerTurn(ticketId);
            turn = read(ticket, state, first ? reader.text(ticket) : said.text(), said.files(), first);
        } catch (RuntimeException unreadable) {
            org.slf4j.LoggerFactory.getLogger(SelfServiceAssistant.class).error(
                    "The assistant could not read a turn of ticket {}", ticket.getNumber(), unreadable);
            turn = new Turn(Intent.UNKNOWN, false, null, false, null, false, true);
        }
        tickets.note(ticketId, TicketEventType.ASSISTANT, SelfServiceAnswers.ASSISTANT, HistoryReason.of(
                HistoryReason.ASSISTANT_READ, HistoryReason.key("assistant.intent." + turn.intent()),
                turn.article() == null ? "" : turn.article(), turn.order() == null ? "" : turn.order()));
        return turn;
    }

    private Turn read(Ticket ticket, State state, String text, boolean files, boolean first) {
        String language = ticket.getLanguage();
        boolean answered = Action.ANSWER_ARTICLE.name().equals(state.lastAction())
                || Action.ANSWER_ORDER.name().equals(state.lastAction());
        boolean awaitingOrder = Action.ASK_ORDER.name().equals(state.lastAction());
        if (files) {
            // a photo, a document, a voice message: evidence for a person to look at
            return new Turn(Intent.NEEDS_PERSON, true, null, false, null, false, false);
        }
        if (text.isBlank()) {
            return new Turn(Intent.UNKNOWN, false, null, false, null, false, true);
        }
        if (Phrases.asksForPerson(text)) {
            return new Turn(Intent.HUMAN, true, null, false, null, false, false);
        }
        if (!first && answered && Phrases.notHelped(text)) {
            return new Turn(Intent.NOT_HELPED, true, null, false, null, false, false);
        }
        if (!first && answered && Phrases.onlyThanks(text)) {
            return new Turn(Intent.THANKS, true, null, false, null, false, false);
        }
        MessageUnderstanding.Understood u = first ? null : understanding.understand(text, language);
        Category category = first ? category(state.category()) : category(u.category().value());
        boolean negative = first ? "NEGATIVE".equals(state.sentiment())
                : "NEGATIVE".equals(u.sentiment().value()) && u.sentiment().confidence() >= 0.6;
        if (!first && (category == Category.FRAUD || "HIGH".equals(u.urgency().value()) && u.urgency().confidence() >= 0.6)) {
            // a new problem that is not routine (a suspected fraud, a threat, something urgent): a person
            return new Turn(Intent.NEEDS_PERSON, true, null, false, null, negative, false);
        }
        Order order = first ? firstOrder(ticket) : order(ticket, u.entities());
        // an order number alone, or with a few words ("è il ORD-…"), asks about that order
        boolean orderQuestion = category == Category.ORDER_STATUS || order.given() && (awaitingOrder
                || category == Category.SHIPPING || !first && fewWordsBeside(text, u.entities()));
        if (orderQuestion) {
            return new Turn(Intent.ORDER_STATUS, order.number() != null, order.number(), order.given(), null, negative,
                    order.number() == null && (order.given() || awaitingOrder));
        }
        Optional<KnowledgeAnswers.Answer> answer = answers.answer(text, language);
        boolean confident = answer.filter(a -> a.confidence() >= answers.confidentFrom()).isPresent()
                // the same article again: it did not answer the first time
                && !answer.get().article().getGroupKey().equals(state.lastArticle());
        if (confident) {
            return new Turn(Intent.ARTICLE, true, null, false, answer.get().article().getGroupKey(), negative, false);
        }
        if (category == Category.SHIPPING && order.number() != null) {
            // "my parcel hasn't arrived" with an order the desk knows: its live status is the best answer
            return new Turn(Intent.ORDER_STATUS, true, order.number(), order.given(), null, negative, false);
        }
        return new Turn(Intent.UNKNOWN, false, null, order.given(), null, negative, true);
    }

    private record Order(String number, boolean given) {
    }

    /** The turn says little besides the order numbers the entity reading found in it. */
    private static boolean fewWordsBeside(String text, Entities entities) {
        String rest = text;
        for (Entities.OrderReference ref : entities.orders()) {
            rest = rest.replace(ref.written(), " ");
        }
        rest = rest.strip();
        return rest.isEmpty() || rest.split("\\s+").length <= 4;
    }

    /**
     * The order the turn is about and that the assistant may speak of. A customer who proved who they are (their own
     * mailbox, their WhatsApp number, a chat with the mailed code) gets the order the desk can tell they mean; a chat
     * visitor who only typed an address must name the order too — the address and the number together, as a shop's
     * own order-tracking page asks.
     */
    private Order firstOrder(Ticket ticket) {
        // the first message was read before triage: its reading says which order, and by which rule
        boolean proven = proven(ticket);
        Optional<Reading> reading = reader.reading(ticket.getId());
        boolean given = reading.map(r -> !r.entities().orders().isEmpty()).orElse(false);
        String number = reading.filter(r -> r.answerable() && r.orderNumber() != null)
                .filter(r -> proven || r.orderRule() == OrderMatch.Rule.NUMBER_IN_TEXT)
                .map(Reading::orderNumber).orElse(null);
        return new Order(number, given);
    }

    private Order order(Ticket ticket, Entities entities) {
        OrderMatch match = orders.match(entities, ticket.getCustomerId());
        boolean given = !entities.orders().isEmpty();
        if (match.rule() == OrderMatch.Rule.NUMBER_IN_TEXT || !given && match.matched() && proven(ticket)) {
            return new Order(match.order().map(OrderSummary::orderNumber).orElse(null), given);
        }
        return new Order(null, given);
    }

    private boolean proven(Ticket ticket) {
        if (ticket.getChannel() != Channel.CHAT) {
            return true; // the reply goes to the mailbox or the phone the message came from
        }
        return tickets.history(ticket.getId()).stream().anyMatch(e -> e.getReason() != null
                && PROVEN_CHATS.contains(e.getReason().code()));
    }

    private static final java.util.regex.Pattern MEDIA = java.util.regex.Pattern.compile(
            "^\\[(image|document|audio|video|sticker|file|location)\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

    /** What the customer wrote since the assistant last spoke (several chat lines are one turn), and whether files came. */
    private record CustomerTurn(String text, boolean files) {
    }

    private CustomerTurn customerTurn(Long ticketId) {
        List<String> lines = new ArrayList<>();
        boolean files = false;
        for (TicketMessage m : tickets.messages(ticketId)) {
            if (m.isFromAssistant()) {
                lines.clear();
                files = false;
            } else if (m.getDirection() == Direction.INBOUND) {
                String body = m.getBodyText();
                files |= !m.getAttachments().isEmpty() || body != null && MEDIA.matcher(body.strip()).find();
                if (body != null) {
                    lines.add(TextFeatures.ownWords(body));
                }
            }
        }
        return new CustomerTurn(String.join("\n", lines).strip(), files);
    }

    // what the assistant writes

    /** The live status of the customer's order; false (nothing written) when the order is not theirs after all. */
    public boolean answerOrder(Long ticketId, String orderNumber, boolean informal) {
        Ticket ticket = tickets.get(ticketId);
        if (ticket.getOrderNumber() == null && orderNumber != null) {
            tickets.understood(ticketId, null, null, null, orderNumber,
                    HistoryReason.of(HistoryReason.ASSISTANT_ORDER_GIVEN, orderNumber), null);
        }
        return orderAnswers.answerOrderStatus(ticketId, orderNumber, informal);
    }

    /** Asks for the order number (again, saying so, when the one typed is not the customer's). */
    public void askOrderNumber(Long ticketId, boolean notFound, boolean informal) {
        Ticket ticket = tickets.get(ticketId);
        Locale locale = locale(ticket);
        String body = notFound ? say("assistant.order.notFound", informal, locale, orderExample)
                : say("assistant.order.ask", informal, locale, orderExample);
        write(ticketId, body, notFound ? HistoryReason.of(HistoryReason.ASSISTANT_ORDER_NOT_FOUND)
                : HistoryReason.of(HistoryReason.ASSISTANT_ASKED_ORDER));
    }

    /**
     * The article's answer: the part that answers the turn, and the link to the whole article. False, writing
     * nothing, when the article is no longer public (unpublished since the turn was read).
     */
    public boolean answerArticle(Long ticketId, String groupKey, boolean informal) {
        Ticket ticket = tickets.get(ticketId);
        Optional<Article> found = knowledge.article(groupKey, ticket.getLanguage(), Audience.PUBLIC);
        if (found.isEmpty()) {
            return false;
        }
        Article article = found.get();
        Locale locale = locale(ticket);
        // the article's own links ("/contact") work from a chat or a mail only with the help centre's address
        String part = knowledge.absoluteLinks(KnowledgeBase.bestPart(article, turnTextOrFirst(ticket)).text().strip());
        String link = knowledge.publicLink(article).orElse("");
        String body = say("assistant.article", informal, locale, article.getTitle(), part, link)
                + "\n\n" + say("assistant.anythingElse", informal, locale);
        write(ticketId, body, HistoryReason.of(HistoryReason.ASSISTANT_ANSWERED, article.getTitle(), groupKey));
        knowledge.viewed(article.getId());
        return true;
    }

    private String turnTextOrFirst(Ticket ticket) {
        String turn = customerTurn(ticket.getId()).text();
        return turn.isBlank() ? reader.text(ticket) : turn;
    }

    /** The assistant did not understand: asks the customer to say it another way (or to ask for a person). */
    public void askAgain(Long ticketId, boolean informal) {
        Ticket ticket = tickets.get(ticketId);
        write(ticketId, say("assistant.askAgain", informal, locale(ticket)), HistoryReason.of(HistoryReason.ASSISTANT_ASKED_AGAIN));
    }

    /** The customer never answered the assistant's question: recorded (the lifecycle closes the ticket). */
    public void noReply(Long ticketId) {
        tickets.note(ticketId, TicketEventType.ASSISTANT, SelfServiceAnswers.ASSISTANT,
                HistoryReason.of(HistoryReason.ASSISTANT_NO_REPLY));
    }

    /** The customer thanked: the assistant closes the conversation (the process resolves the ticket). */
    public void close(Long ticketId, boolean informal) {
        Ticket ticket = tickets.get(ticketId);
        write(ticketId, say("assistant.closing", informal, locale(ticket)), HistoryReason.of(HistoryReason.ASSISTANT_CLOSED));
    }

    /**
     * The conversation goes to a person: the history says why; when the assistant had spoken with the customer (or
     * they asked for a person) the customer is told, and the agents get a summary of what was asked and answered and
     * a note saying why. A first message the assistant could not answer simply goes to the agents, like any other.
     */
    public void handOver(Long ticketId, Handover reason, boolean informal) {
        Ticket ticket = tickets.get(ticketId);
        List<TicketMessage> thread = tickets.messages(ticketId);
        List<String> answered = tickets.history(ticketId).stream()
                .filter(e -> e.getReason() != null && (HistoryReason.ASSISTANT_ANSWERED.equals(e.getReason().code())
                        || HistoryReason.ORDER_STATUS_SENT.equals(e.getReason().code())))
                .map(e -> e.getReason().arguments().isEmpty() ? "" : e.getReason().arguments().get(0))
                .distinct().toList();
        boolean spoke = thread.stream().anyMatch(TicketMessage::isFromAssistant);
        boolean conversation = spoke || reason == Handover.ASKED;
        String why = HistoryReason.key("assistant.handover.reason." + reason);
        tickets.note(ticketId, TicketEventType.ASSISTANT, SelfServiceAnswers.ASSISTANT,
                HistoryReason.of(HistoryReason.ASSISTANT_HANDED_OVER, why));
        if (!conversation) {
            return; // nothing was said to the customer: the ticket simply goes to the agents, like any other
        }
        Locale locale = locale(ticket);
        String body = say("assistant.handover", informal, locale) + " "
                + say(LIVE.contains(ticket.getChannel()) ? "assistant.handover.live" : "assistant.handover.mail",
                informal, locale);
        tickets.addMessage(ticketId, NewMessage.publicReply(body), SelfServiceAnswers.ASSISTANT);
        String what = answered.isEmpty() ? HistoryReason.key("assistant.handover.nothingAnswered") : String.join(" · ", answered);
        tickets.addMessage(ticketId, NewMessage.deskNote(HistoryReason.of(HistoryReason.Notes.ASSISTANT_HANDED_OVER,
                why, what), "The assistant passed this conversation on (" + reason + "); it answered: "
                + (answered.isEmpty() ? "nothing" : String.join(" · ", answered))), Actor.system());
        summaries.generate(ticketId, HandoverSummary.Reason.FROM_ASSISTANT);
    }

    private void write(Long ticketId, String body, HistoryReason why) {
        tickets.addMessage(ticketId, NewMessage.publicReply(body), SelfServiceAnswers.ASSISTANT);
        tickets.note(ticketId, TicketEventType.ASSISTANT, SelfServiceAnswers.ASSISTANT, why);
    }

    private static Locale locale(Ticket ticket) {
        return Locale.forLanguageTag(ticket.getLanguage() == null ? "it" : ticket.getLanguage());
    }

    private String say(String key, boolean informal, Locale locale, Object... args) {
        return messages.getMessage(informal ? key + ".informal" : key, args, locale);
    }

    private static Category category(String name) {
        try {
            return name == null ? Category.OTHER : Category.valueOf(name);
        } catch (IllegalArgumentException unknown) {
            return Category.OTHER;
        }
    }
}
