package io.sportello.intake;

import io.sportello.customer.Customer;
import io.sportello.customer.CustomerService;
import io.sportello.shared.FieldException;
import io.sportello.desk.OpenTicket;
import io.sportello.desk.TicketDesk;
import io.sportello.shared.Actor;
import io.sportello.shared.Channel;
import io.sportello.shared.NotFoundException;
import io.sportello.ticket.Category;
import io.sportello.ticket.Ticket;
import io.sportello.ticket.HistoryReason;
import io.sportello.ticket.TicketEventType;
import io.sportello.ticket.TicketMessage;
import io.sportello.ticket.TicketMessageAdded;
import io.sportello.ticket.TicketService;
import io.sportello.ticket.TicketStatus;
import io.sportello.ticket.Visibility;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Live chat: a visitor's chat opens a ticket of its own on the chat channel (an address typed in proves nothing), their
 * messages join its thread, agents answer from the ticket workspace. The waiting time until the first agent message is
 * recorded; a customer who leaves before any agent answer counts as an abandoned chat. When nobody is online the
 * customer leaves the message for an answer by e-mail instead.
 */
@Service
@Transactional
public class LiveChat {

    private final ChatSessionRepository sessions;
    private final ChatProofRepository proofs;
    private final TicketDesk desk;
    private final TicketService tickets;
    private final CustomerService customers;
    private final Outbox outbox;
    private final NetworkLimits limits;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;
    /** The key chat codes are stored under (a secret of the deployment, the same on every node), or null. */
    private final String codeKey;

    LiveChat(ChatSessionRepository sessions, ChatProofRepository proofs, TicketDesk desk, TicketService tickets,
             CustomerService customers, Outbox outbox, NetworkLimits limits, Clock clock,
             org.springframework.context.ApplicationEventPublisher events,
             @org.springframework.beans.factory.annotation.Value("${sportello.intake.chat-code-key:}") String codeKey) {
        this.codeKey = codeKey == null || codeKey.isBlank() ? null : codeKey;
        if (this.codeKey == null) {
            org.slf4j.LoggerFactory.getLogger(LiveChat.class).warn("sportello.intake.chat-code-key is not set: chat codes "
                    + "are stored as plain SHA-256, which someone reading the database could reverse within their 10 minutes");
        }
        this.proofs = proofs;
        this.events = events;
        this.limits = limits;
        this.sessions = sessions;
        this.desk = desk;
        this.tickets = tickets;
        this.customers = customers;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** A started chat: the session the customer's page holds, and its ticket. */
    public record Started(Long sessionId, String ticketNumber, Long ticketId) {
    }

    /**
     * A visitor starts a chat. Typing an e-mail address proves nothing, so the chat always opens a ticket of its
     * own: it never joins that address's earlier tickets nor shows their messages, and the agents are told that
     * the address is not verified (no order, address or payment details until the customer proves who they are).
     */
    public Started start(String name, String email, String text, String language) {
        return start(name, email, text, language, null);
    }

    /** {@link #start(String, String, String, String)} from a visitor's network address, limited per address. */
    public Started start(String name, String email, String text, String language, String client) {
        return start(name, validate(name, email, text), text, language, client, false);
    }

    private Started start(String name, String address, String text, String language, String client, boolean proven) {
        limits.pass(NetworkLimits.Door.CHAT_START, client);
        Customer customer = customers.resolve(Channel.CHAT, address, name.strip(), language);
        if (sessions.countByCustomerIdAndStartedAtAfter(customer.getId(), clock.instant().minus(Duration.ofHours(1)))
                >= MAX_CHATS_PER_HOUR) {
            throw new ContactForm.TooManyRequestsException("More than " + MAX_CHATS_PER_HOUR
                    + " chats within an hour from " + address);
        }
        Actor author = Actor.customer(customer.getId(), customer.getDisplayName());
        // a proven address is in the history before the process reads the first message (the assistant may then
        // speak of the customer's orders at once); the start of an unproven chat is noted with its session
        Ticket ticket = desk.open(new OpenTicket(Channel.CHAT, address, name.strip(), ChannelMessage.firstWords(text),
                text.strip(), null, null, language, null, null), author,
                proven ? HistoryReason.of(HistoryReason.CHAT_ADDRESS_PROVEN, address) : null).ticket();
        if (!proven) {
            desk.unverifiedContact(ticket.getNumber(), address);
            tickets.note(ticket.getId(), TicketEventType.CHAT_STARTED, author, null);
        }
        return newSession(ticket, customer);
    }

    private Started newSession(Ticket ticket, Customer customer) {
        sessions.findFirstByTicketIdAndStatusInOrderByStartedAtDesc(ticket.getId(),
                EnumSet.of(ChatSession.Status.WAITING, ChatSession.Status.ACTIVE)).ifPresent(old -> old.end(clock.instant()));
        ChatSession session = sessions.save(new ChatSession(ticket.getId(), customer.getId(), clock.instant()));
        return new Started(session.getId(), ticket.getNumber(), ticket.getId());
    }

    /**
     * The visitor presses "Talk to a person": the assistant hands the chat over (with its summary). False when no
     * assistant has it any more (a person already does, or it ended), which the page says in its own words.
     */
    public boolean requestHuman(Long sessionId) {
        ChatSession session = open(sessionId);
        return desk.requestHumanIfAssistantHasIt(tickets.get(session.getTicketId()).getNumber());
    }

    /** How long a mailed chat code works. */
    public static final Duration CODE_VALIDITY = Duration.ofMinutes(10);

    /** Codes one address is sent within an hour (more would only flood that mailbox). */
    static final int MAX_CODES_PER_HOUR = 5;

    /** How long a proven address lets the visitor continue or start chats on this page. */
    static final Duration PROOF_HOLDS = Duration.ofMinutes(30);

    /**
     * A visitor wants to continue an earlier conversation: a one-time code goes to the address they typed, if the
     * desk knows it. The answer is the same whether it does or not (a request to tell the page's later tries apart),
     * so the chat cannot be used to find out who is a customer; too many requests for one address within an hour send
     * nothing more.
     */
    public Long requestCode(String email, String language, String client) {
        String address = address(email);
        limits.pass(NetworkLimits.Door.SIGN_IN_LINK, client);
        Optional<Customer> customer = customers.find(Channel.EMAIL, address).filter(c -> c.getMergedIntoId() == null);
        boolean send = customer.isPresent()
                && proofs.countByAddressAndCreatedAtAfter(address, clock.instant().minus(Duration.ofHours(1))) < MAX_CODES_PER_HOUR;
        ChatProof proof = proofs.save(new ChatProof(send ? customer.get().getId() : null, address, clock.instant(),
                clock.instant().plus(CODE_VALIDITY)));
        if (send) {
            String code = "%06d".formatted(CODE_RANDOM.nextInt(1_000_000));
            proof.hashed(codeHash(proof.getId(), code));
            outbox.chatCode(address, language != null ? language : customer.get().getLanguage(), code,
                    CODE_VALIDITY.toMinutes());
        }
        return proof.getId();
    }

    /** One try of the code the visitor typed for their request. */
    public ChatProof.Outcome prove(Long proofId, String code) {
        ChatProof proof = proofs.findById(proofId).orElseThrow(() -> new NotFoundException("Chat code", proofId));
        String typed = code == null ? "" : code.replaceAll("\\s", "");
        return proof.attempt(codeHash(proofId, typed), clock.instant());
    }

    /**
     * A proven visitor continues the customer's latest open chat conversation that was itself held by a proven
     * visitor: the chat window then shows its earlier messages and what they write joins it. A chat opened by somebody
     * who only typed the address is never continued (it may be somebody else's, pretending): empty then, and the
     * visitor starts a new chat with {@link #startProven}.
     */
    public Optional<Started> continueChat(Long proofId) {
        ChatProof proof = proven(proofId);
        Customer customer = customers.get(proof.getCustomerId());
        return tickets.ofCustomer(customer.getId()).stream()
                .filter(t -> t.getChannel() == Channel.CHAT && t.getStatus() != TicketStatus.CLOSED)
                .filter(t -> tickets.history(t.getId()).stream().anyMatch(e -> e.getReason() != null
                        && PROVEN_CHATS.contains(e.getReason().code())))
                .findFirst()
                .map(t -> {
                    tickets.note(t.getId(), TicketEventType.CHAT_STARTED,
                            Actor.customer(customer.getId(), customer.getDisplayName()),
                            HistoryReason.of(HistoryReason.CHAT_CONTINUED_PROVEN, proof.getAddress()));
                    return newSession(t, customer);
                });
    }

    private static final java.util.Set<String> PROVEN_CHATS = java.util.Set.of(HistoryReason.CHAT_ADDRESS_PROVEN,
            HistoryReason.CHAT_CONTINUED_PROVEN);

    /** A proven visitor starts a new chat: the agents see a proven address, not a typed one. */
    public Started startProven(Long proofId, String name, String text, String language, String client) {
        ChatProof proof = proven(proofId);
        return start(name, validate(name, proof.getAddress(), text), text, language, client, true);
    }

    /** The address a proven request was for. */
    @Transactional(readOnly = true)
    public String provenAddress(Long proofId) {
        return proven(proofId).getAddress();
    }

    private ChatProof proven(Long proofId) {
        ChatProof proof = proofId == null ? null : proofs.findById(proofId).orElse(null);
        if (proof == null || proof.getProvenAt() == null
                || !clock.instant().isBefore(proof.getProvenAt().plus(PROOF_HOLDS))) {
            throw new io.sportello.shared.RuleViolationException("ADDRESS_NOT_PROVEN",
                    "The visitor has not proven this address (or did so too long ago)");
        }
        return proof;
    }

    /**
     * The stored form of a code: HMAC-SHA256 of the request's id and the code under the deployment's key
     * ({@code sportello.intake.chat-code-key}, from the environment, the same on every node). A six-digit code
     * stored unkeyed could be found from its hash by trying the million codes; keyed, the database alone gives
     * nothing. Without a key (a warning at start) it is SHA-256, which still keeps the code out of backups read later
     * and one row's code from fitting another request.
     */
    private String codeHash(Long proofId, String code) {
        String text = proofId + ":" + code;
        return codeKey == null ? io.sportello.shared.Secrets.hash(text)
                : Signatures.hmac(codeKey, text.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    private static final java.security.SecureRandom CODE_RANDOM = new java.security.SecureRandom();

    /** Nobody online: the message becomes an e-mail ticket, acknowledged by e-mail with its number. */
    public String leaveMessage(String name, String email, String text, String language) {
        return leaveMessage(name, email, text, language, null);
    }

    /** {@link #leaveMessage(String, String, String, String)} from a visitor's network address, limited per address. */
    public String leaveMessage(String name, String email, String text, String language, String client) {
        String address = validate(name, email, text);
        limits.pass(NetworkLimits.Door.LEAVE_MESSAGE, client);
        var opened = desk.open(new OpenTicket(Channel.EMAIL, address, name.strip(), ChannelMessage.firstWords(text),
                text.strip(), Category.OTHER, null, language, null, null), Actor.system());
        if (opened.created()) {
            outbox.acknowledge(opened.ticket(), null);
        }
        return opened.ticket().getNumber();
    }

    /** Chats one address may start within an hour (each opens a ticket of its own). */
    public static final int MAX_CHATS_PER_HOUR = 10;

    /** The longest chat message taken (a longer one is refused, not cut). */
    public static final int MAX_TEXT = 5_000;

    public TicketMessage write(Long sessionId, String text) {
        if (text == null || text.isBlank()) {
            throw new FieldException("text", "An empty message cannot be sent");
        }
        if (text.length() > MAX_TEXT) {
            throw new FieldException("textLength", "A chat message has at most " + MAX_TEXT + " characters");
        }
        ChatSession session = open(sessionId);
        Customer customer = customers.get(session.getCustomerId());
        return desk.customerReply(tickets.get(session.getTicketId()).getNumber(), Channel.CHAT, text.strip(),
                Actor.customer(customer.getId(), customer.getDisplayName()));
    }

    /** The customer closed the chat or left the page. */
    public ChatSession end(Long sessionId) {
        ChatSession session = sessions.findById(sessionId).orElseThrow(() -> new NotFoundException("Chat", sessionId));
        if (session.isOpen()) {
            session.end(clock.instant());
            if (session.getStatus() == ChatSession.Status.ABANDONED) {
                long waited = session.waited(clock.instant()).toSeconds();
                tickets.note(session.getTicketId(), TicketEventType.CHAT_ABANDONED, Actor.system(),
                        HistoryReason.of(HistoryReason.CHAT_LEFT_AFTER, waited / 60, waited % 60));
            }
        }
        return session;
    }

    /** What the customer's chat window shows: the public messages of this chat's own ticket. */
    @Transactional(readOnly = true)
    public List<TicketMessage> transcript(Long sessionId) {
        ChatSession session = sessions.findById(sessionId).orElseThrow(() -> new NotFoundException("Chat", sessionId));
        return tickets.messages(session.getTicketId()).stream().filter(m -> m.getVisibility() == Visibility.PUBLIC)
                .toList();
    }

    @Transactional(readOnly = true)
    public ChatSession session(Long sessionId) {
        return sessions.findById(sessionId).orElseThrow(() -> new NotFoundException("Chat", sessionId));
    }

    /** The ticket's current chat, if the customer is (or was last) chatting on it. */
    @Transactional(readOnly = true)
    public Optional<ChatSession> latestOf(Long ticketId) {
        List<ChatSession> all = sessions.findByTicketIdOrderByStartedAt(ticketId);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /** Chats waiting for a first agent answer, longest wait first. */
    @Transactional(readOnly = true)
    public List<ChatSession> waiting() {
        return sessions.findByStatusOrderByStartedAt(ChatSession.Status.WAITING);
    }

    /** How many chats wait for a first agent answer, and since when the longest of them has ({@code null}: none). */
    public record Waiting(long chats, java.time.Instant longestSince) {
    }

    @Transactional(readOnly = true)
    public Waiting waitingNow() {
        Object[] row = sessions.waitingSummary().get(0);
        return new Waiting(row[0] == null ? 0 : ((Number) row[0]).longValue(), (java.time.Instant) row[1]);
    }

    /** A ticket's chats that are decided: answered by an agent, or left by the customer unanswered (abandoned). */
    public record Outcomes(int decided, int abandoned) {
    }

    @Transactional(readOnly = true)
    public Outcomes outcomesOf(Long ticketId) {
        int decided = 0;
        int abandoned = 0;
        for (ChatSession s : sessions.findByTicketIdOrderByStartedAt(ticketId)) {
            if (s.getStatus() == ChatSession.Status.ABANDONED) {
                decided++;
                abandoned++;
            } else if (s.getFirstAgentReplyAt() != null) {
                decided++;
            }
        }
        return new Outcomes(decided, abandoned);
    }

    /**
     * A reaction: the first public agent message on a ticket with a waiting chat ends the customer's wait, announced
     * as {@link ChatAnswered} (the analytics count answered chats).
     */
    @org.springframework.modulith.events.ApplicationModuleListener
    public void onMessage(TicketMessageAdded added) {
        if (added.isPublicAgentReply()) {
            sessions.findFirstByTicketIdAndStatusInOrderByStartedAtDesc(added.ticketId(), EnumSet.of(ChatSession.Status.WAITING))
                    .ifPresent(s -> {
                        // when the agent wrote, not when this reaction ran; the ticket itself is not touched here
                        // (its agent may be resolving it this very moment)
                        s.agentAnswered(added.createdAt());
                        events.publishEvent(new io.sportello.ticket.ChatAnswered(added.ticketId(), added.createdAt()));
                    });
        }
    }

    private ChatSession open(Long sessionId) {
        ChatSession session = sessions.findById(sessionId).orElseThrow(() -> new NotFoundException("Chat", sessionId));
        if (!session.isOpen()) {
            throw new io.sportello.shared.RuleViolationException("CHAT_ENDED", "This chat has ended");
        }
        return session;
    }

    private static String address(String email) {
        String address = email == null ? "" : email.strip().toLowerCase(java.util.Locale.ROOT);
        try {
            new InternetAddress(address, true).validate();
        } catch (AddressException e) {
            throw new FieldException("email", "Please enter a valid e-mail address");
        }
        if (address.length() > 254) {
            throw new FieldException("email", "Too long");
        }
        return address;
    }

    private static String validate(String name, String email, String text) {
        if (name == null || name.isBlank()) {
            throw new FieldException("name", "Please tell us your name");
        }
        String address = address(email);
        if (text == null || text.isBlank()) {
            throw new FieldException("text", "Please write your question");
        }
        if (name.length() > 200 || address.length() > 254 || text.length() > MAX_TEXT) {
            throw new FieldException(text.length() > MAX_TEXT ? "textLength" : "name", "Too long");
        }
        return address;
    }
}
