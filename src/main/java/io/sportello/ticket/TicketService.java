package io.sportello.ticket;

import io.sportello.shared.Actor;
import io.sportello.shared.NotFoundException;
import io.sportello.shared.RuleViolationException;
import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Owns tickets, their messages and their history. Every change checks the ticket's state, stamps the
 * time from the desk clock and records a {@link TicketEvent} naming the actor.
 */
@Service
@Transactional
public class TicketService {

    private final TicketRepository tickets;
    private final TicketMessageRepository messages;
    private final TicketEventRepository events;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;
    private final jakarta.persistence.EntityManager entities;

    TicketService(TicketRepository tickets, TicketMessageRepository messages, TicketEventRepository events,
                  ApplicationEventPublisher publisher, Clock clock, jakarta.persistence.EntityManager entities) {
        this.entities = entities;
        this.tickets = tickets;
        this.messages = messages;
        this.events = events;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** The result of opening a ticket; {@code created} is false when the idempotency key was seen before. */
    public record Opened(Ticket ticket, boolean created) {
    }

    /**
     * Opens a ticket with the customer's first message. The same idempotency key twice returns the
     * ticket opened the first time and changes nothing.
     */
    public Opened open(NewTicket cmd, Actor actor) {
        if (cmd.idempotencyKey() != null) {
            var existing = tickets.findByIdempotencyKey(cmd.idempotencyKey());
            if (existing.isPresent()) {
                return new Opened(existing.get(), false);
            }
        }
        Instant now = clock.instant();
        Ticket ticket = new Ticket(cmd.subject().strip(), cmd.category(), cmd.channel(), cmd.sentiment(),
                cmd.language() == null ? "it" : cmd.language().toLowerCase(Locale.ROOT), cmd.customerId(),
                blankToNull(cmd.orderNumber()), cmd.idempotencyKey(), now);
        tickets.saveAndFlush(ticket);
        ticket.assignNumber();
        store(ticket, List.of(new TicketEvent(ticket.getId(), TicketEventType.CREATED, now, actor, null,
                TicketStatus.NEW.name(), HistoryReason.of(HistoryReason.VIA_CHANNEL,
                HistoryReason.key("channel." + cmd.channel())), null)));
        String html = HtmlCleaner.sanitise(cmd.bodyHtml());
        String text = cmd.bodyText() != null && !cmd.bodyText().isBlank() ? cmd.bodyText() : HtmlCleaner.text(html);
        TicketMessage first = messages.save(new TicketMessage(ticket.getId(), cmd.channel(), Direction.INBOUND,
                Visibility.PUBLIC, actor, text, html, cmd.externalId(), cmd.attachments(), now));
        publisher.publishEvent(added(ticket, first));
        return new Opened(ticket, true);
    }

    /**
     * Opens a ticket the desk starts itself for a customer (the parcel watch: a parcel held at a pickup point, lost, late):
     * its first message is the desk's internal note saying why, nothing is sent to the customer by opening it.
     */
    public Opened openForCustomer(NewTicket cmd, HistoryReason why, NewMessage note) {
        if (cmd.idempotencyKey() != null) {
            var existing = tickets.findByIdempotencyKey(cmd.idempotencyKey());
            if (existing.isPresent()) {
                return new Opened(existing.get(), false);
            }
        }
        Instant now = clock.instant();
        Actor desk = Actor.system();
        Ticket ticket = new Ticket(cmd.subject().strip(), cmd.category(), cmd.channel(), cmd.sentiment(),
                cmd.language() == null ? "it" : cmd.language().toLowerCase(Locale.ROOT), cmd.customerId(),
                blankToNull(cmd.orderNumber()), cmd.idempotencyKey(), now);
        tickets.saveAndFlush(ticket);
        ticket.assignNumber();
        store(ticket, List.of(new TicketEvent(ticket.getId(), TicketEventType.CREATED, now, desk, null,
                TicketStatus.NEW.name(), why, null)));
        TicketMessage first = messages.save(new TicketMessage(ticket.getId(), cmd.channel(), Direction.OUTBOUND,
                Visibility.INTERNAL, desk, note.bodyText(), null, null, List.of(), now));
        first.deskNote(note.deskNote());
        publisher.publishEvent(added(ticket, first));
        return new Opened(ticket, true);
    }

    /** A customer contact for the reports: when, on which channel, about what and which order. */
    public record Contact(String number, io.sportello.shared.Channel channel, Category category, String orderNumber,
                          Instant createdAt) {
    }

    /** The tickets customers opened in the period (those the desk opened itself left out), oldest first. */
    @Transactional(readOnly = true)
    public List<Contact> contactsBetween(Instant from, Instant to) {
        return tickets.findByCreatedAtGreaterThanEqualAndCreatedAtLessThanOrderByCreatedAtAsc(from, to).stream()
                .filter(t -> t.getIdempotencyKey() == null || !t.getIdempotencyKey().startsWith(DESK_OPENED))
                .map(t -> new Contact(t.getNumber(), t.getChannel(), t.getCategory(), t.getOrderNumber(), t.getCreatedAt()))
                .toList();
    }

    /** The idempotency key prefix of the tickets the desk opens itself (the parcel watch). */
    public static final String DESK_OPENED = "parcel-watch:";

    /** The tickets about an order that are not resolved or closed, newest first. */
    @Transactional(readOnly = true)
    public List<Ticket> openOfOrder(String orderNumber) {
        if (orderNumber == null) {
            return List.of();
        }
        return tickets.findByOrderNumberIgnoreCaseAndStatusInOrderByCreatedAtDesc(orderNumber,
                List.of(TicketStatus.NEW, TicketStatus.OPEN, TicketStatus.PENDING_CUSTOMER));
    }

    @Transactional(readOnly = true)
    public Ticket get(Long id) {
        return tickets.findById(id).orElseThrow(() -> new NotFoundException("Ticket", id));
    }

    @Transactional(readOnly = true)
    public Optional<Ticket> findByIdempotencyKey(String idempotencyKey) {
        return tickets.findByIdempotencyKey(idempotencyKey);
    }

    @Transactional(readOnly = true)
    public Ticket getByNumber(String number) {
        return tickets.findByNumber(number.toUpperCase(Locale.ROOT))
                .orElseThrow(() -> new NotFoundException("Ticket", number));
    }

    @Transactional(readOnly = true)
    public Page<Ticket> search(TicketFilter filter, Pageable page) {
        return tickets.findAll(toSpecification(filter), page);
    }

    @Transactional(readOnly = true)
    public List<Ticket> getAll(List<Long> ids) {
        return tickets.findAllById(ids);
    }

    @Transactional(readOnly = true)
    public long count() {
        return tickets.count();
    }

    @Transactional(readOnly = true)
    public List<TicketMessage> messages(Long ticketId) {
        return messages.findByTicketIdOrderByCreatedAtAscIdAsc(ticketId);
    }

    @Transactional(readOnly = true)
    public List<TicketEvent> history(Long ticketId) {
        return events.findByTicketIdOrderByOccurredAtAscIdAsc(ticketId);
    }

    /** How many tickets each person resolved since {@code since}. */
    @Transactional(readOnly = true)
    public java.util.Map<String, Long> resolvedPerAgentSince(Instant since) {
        java.util.Map<String, Long> result = new java.util.TreeMap<>();
        events.countByActorSince(TicketEventType.RESOLVED, since).forEach(r -> result.put((String) r[0], (Long) r[1]));
        return result;
    }

    /** A queue's depth: open tickets nobody holds at one tier with one skill (none: triage named no skill). */
    public record QueueDepth(Tier tier, String skill, long waiting, Instant oldest) {
    }

    /** The depth of every queue, deepest first: what supervisors watch to move people where the work is. */
    @Transactional(readOnly = true)
    public List<QueueDepth> queueDepths() {
        return tickets.waitingPerTierAndSkill().stream()
                .map(r -> new QueueDepth((Tier) r[0], (String) r[1], (Long) r[2], (Instant) r[3]))
                .sorted(java.util.Comparator.comparingLong(QueueDepth::waiting).reversed()).toList();
    }

    /** How many public replies people on the desk wrote on the ticket (first-contact resolution, deflection). */
    @Transactional(readOnly = true)
    public long publicAgentReplies(Long ticketId) {
        return messages.countPublicAgentReplies(ticketId);
    }

    /** The outcome of adding a message; {@code firstResponse} is true for the first public agent reply. */
    public record Added(TicketMessage message, boolean firstResponse) {
    }

    /**
     * Adds a message to the thread. Customers may write until the ticket is closed; agents may reply and
     * add notes until it is closed. The first public reply by a person on the desk is the first response.
     */
    public Added addMessage(Long ticketId, NewMessage msg, Actor author) {
        Ticket ticket = get(ticketId);
        if (ticket.getStatus() == TicketStatus.CLOSED) {
            throw new RuleViolationException("TICKET_CLOSED",
                    "Ticket " + ticket.getNumber() + " is closed; a new message opens a follow-up ticket", ticket.getNumber());
        }
        if (msg.externalId() != null && messages.existsByTicketIdAndExternalId(ticketId, msg.externalId())) {
            throw new RuleViolationException("DUPLICATE_MESSAGE", "Message " + msg.externalId() + " is already on the ticket");
        }
        Instant now = clock.instant();
        String html = HtmlCleaner.sanitise(msg.bodyHtml());
        String text = msg.bodyText() != null && !msg.bodyText().isBlank() ? msg.bodyText() : HtmlCleaner.text(html);
        TicketMessage message = messages.save(new TicketMessage(ticketId,
                msg.channel() != null ? msg.channel() : ticket.getChannel(), msg.direction(), msg.visibility(), author,
                text, html, msg.externalId(), msg.attachments(), now));
        message.deskNote(msg.deskNote());
        List<TicketEvent> changes = ticket.messageAdded(author, msg.visibility(), msg.direction(), now);
        newVersion(ticket);
        store(ticket, changes);
        touched(ticket, List.of(), author.isUser() && msg.visibility() == Visibility.PUBLIC
                && msg.direction() == Direction.OUTBOUND);
        publisher.publishEvent(added(ticket, message));
        return new Added(message, changes.stream().anyMatch(e -> e.getType() == TicketEventType.FIRST_RESPONSE));
    }

    /** Applies the triage decision: priority, tier and the skill needed. */
    public void applyTriage(Long ticketId, Priority priority, Tier tier, String skill) {
        Ticket ticket = get(ticketId);
        store(ticket, ticket.triage(priority, tier, skill, clock.instant()));
    }

    /** An agent took the ticket's task (or gave it back: {@code assignee} null). */
    public void assign(Long ticketId, String assignee, Actor actor) {
        assign(ticketId, assignee, actor, null);
    }

    /** An assignment with its reason (see {@link HistoryReason}); {@code why} may be null. */
    public void assign(Long ticketId, String assignee, Actor actor, HistoryReason why) {
        Ticket ticket = get(ticketId);
        store(ticket, ticket.assign(assignee, actor, clock.instant(), why));
    }

    public void changePriority(Long ticketId, Priority priority, Actor actor) {
        changePriority(ticketId, priority, actor, null);
    }

    /** A person's priority, with why they changed it ({@code why} may be null). */
    public void changePriority(Long ticketId, Priority priority, Actor actor, String why) {
        Ticket ticket = get(ticketId);
        store(ticket, ticket.changePriority(priority, actor, clock.instant(), why));
    }

    public void changeCategory(Long ticketId, Category category, Actor actor) {
        changeCategory(ticketId, category, actor, null);
    }

    /** A person's category, with why they changed it ({@code why} may be null). */
    public void changeCategory(Long ticketId, Category category, Actor actor, String why) {
        Ticket ticket = get(ticketId);
        store(ticket, ticket.changeCategory(category, actor, clock.instant(), why));
    }

    /** Records what the desk read in the ticket's first message (see {@link Ticket#understood}). */
    public void understood(Long ticketId, Category category, Sentiment sentiment, String language, String orderNumber,
                           HistoryReason why, String detail) {
        Ticket ticket = get(ticketId);
        store(ticket, ticket.understood(category, sentiment, language, orderNumber, why, detail, clock.instant()));
    }

    /** A person says which language the customer writes in, with why ({@code why} may be null). */
    public void changeLanguage(Long ticketId, String language, Actor actor, String why) {
        Ticket ticket = get(ticketId);
        store(ticket, ticket.changeLanguage(language, actor, clock.instant(), why));
    }

    /** Moves the ticket to another tier; the ticket is then unassigned until an agent of that tier claims it. */
    public void changeTier(Long ticketId, Tier tier, String reason, Actor actor) {
        Ticket ticket = get(ticketId);
        store(ticket, ticket.changeTier(tier, reason, actor, clock.instant()));
    }

    /** Moves the ticket to another tier for a reason of the desk's (a breached SLA). */
    public void changeTier(Long ticketId, Tier tier, HistoryReason why, Actor actor) {
        Ticket ticket = get(ticketId);
        store(ticket, ticket.changeTier(tier, why, null, actor, clock.instant()));
    }

    /** Checks that an agent may escalate the ticket to {@code tier}. */
    public void checkEscalation(Long ticketId, Tier tier) {
        get(ticketId).checkEscalation(tier);
    }

    /** The desk waits for the customer (a step of the ticket's process). */
    public void markPending(Long ticketId, Actor actor) {
        Ticket ticket = get(ticketId);
        store(ticket, ticket.markPending(actor, clock.instant()));
    }

    /** The customer answered a ticket that waited for them (a step of the ticket's process). */
    public void resume(Long ticketId, Actor actor) {
        Ticket ticket = get(ticketId);
        store(ticket, ticket.resume(actor, clock.instant()));
    }

    /** Resolves the ticket (a step of the ticket's process). */
    public void resolve(Long ticketId, ResolutionCode code, String summary, Actor actor) {
        Ticket ticket = get(ticketId);
        store(ticket, ticket.resolve(code, summary, actor, clock.instant()));
    }

    /** Reopens a resolved ticket (a step of the ticket's process). */
    public void reopen(Long ticketId, Actor actor) {
        Ticket ticket = get(ticketId);
        store(ticket, ticket.reopen(actor, clock.instant()));
    }

    /** Closes the ticket (a step of the ticket's process); closing a closed ticket changes nothing. */
    public void close(Long ticketId, Actor actor, HistoryReason why) {
        Ticket ticket = get(ticketId);
        store(ticket, ticket.close(why, actor, clock.instant()));
    }

    /** Updates the SLA deadlines shown on the ticket. */
    public void updateSla(Long ticketId, Instant firstResponseDue, Instant resolutionDue, boolean paused) {
        get(ticketId).setSla(firstResponseDue, resolutionDue, paused);
    }

    public void markSlaBreached(Long ticketId) {
        get(ticketId).markSlaBreached();
    }

    /** Records something that happened to the ticket without changing its fields (SLA warnings, notifications…). */
    public void note(Long ticketId, TicketEventType type, Actor actor, HistoryReason why) {
        note(ticketId, type, actor, why, null);
    }

    /** As {@link #note(Long, TicketEventType, Actor, HistoryReason)}, with what a person wrote ({@code detail}). */
    public void note(Long ticketId, TicketEventType type, Actor actor, HistoryReason why, String detail) {
        Ticket ticket = get(ticketId);
        store(ticket, List.of(ticket.note(type, actor, clock.instant(), why, detail)));
    }

    /**
     * Every change of a ticket (a history entry, a message) gives it a new version, even when no column of its own row
     * changed: concurrent changes of one ticket conflict cleanly, and a reader that saw version N saw everything up to
     * it (the analytics facts rely on this).
     */
    private void newVersion(Ticket ticket) {
        entities.lock(ticket, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }

    /** Stores the history entries of a transition and announces each. */
    private void store(Ticket ticket, List<TicketEvent> changes) {
        if (changes.isEmpty()) {
            return;
        }
        newVersion(ticket);
        events.saveAll(changes);
        for (TicketEvent e : changes) {
            publisher.publishEvent(new TicketChanged(ticket.getId(), e.getType(), ticket.getTier()));
        }
        touched(ticket, changes, false);
    }

    private static final Object TOUCHED = TicketService.class.getName() + ".touched";

    // collects what a transaction did to each ticket, announced once per ticket just before the commit
    private void touched(Ticket ticket, List<TicketEvent> changes, boolean publicAgentReply) {
        if (!org.springframework.transaction.support.TransactionSynchronizationManager.isSynchronizationActive()) {
            publisher.publishEvent(new TicketTouched(ticket.getId(), types(changes), tiersOf(ticket, changes),
                    publicAgentReply));
            return;
        }
        @SuppressWarnings("unchecked")
        java.util.Map<Long, Touch> pending = (java.util.Map<Long, Touch>) org.springframework.transaction.support
                .TransactionSynchronizationManager.getResource(TOUCHED);
        if (pending == null) {
            java.util.Map<Long, Touch> touchedNow = new java.util.LinkedHashMap<>();
            org.springframework.transaction.support.TransactionSynchronizationManager.bindResource(TOUCHED, touchedNow);
            org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                    new org.springframework.transaction.support.TransactionSynchronization() {
                        @Override
                        public void beforeCommit(boolean readOnly) {
                            touchedNow.forEach((id, t) -> publisher.publishEvent(new TicketTouched(id, t.types, t.tiers,
                                    t.publicAgentReply)));
                        }

                        @Override
                        public void afterCompletion(int status) {
                            org.springframework.transaction.support.TransactionSynchronizationManager
                                    .unbindResourceIfPossible(TOUCHED);
                        }
                    });
            pending = touchedNow;
        }
        Touch t = pending.computeIfAbsent(ticket.getId(), id -> new Touch());
        t.types.addAll(types(changes));
        t.tiers.addAll(tiersOf(ticket, changes));
        t.publicAgentReply |= publicAgentReply;
    }

    private static final class Touch {
        final java.util.Set<TicketEventType> types = java.util.EnumSet.noneOf(TicketEventType.class);
        final java.util.Set<Tier> tiers = java.util.EnumSet.noneOf(Tier.class);
        boolean publicAgentReply;
    }

    // the tier the ticket was at for these changes; none for a new ticket's, whose tier is a placeholder until triage
    private static java.util.Set<Tier> tiersOf(Ticket ticket, List<TicketEvent> changes) {
        return changes.stream().anyMatch(e -> e.getType() != TicketEventType.CREATED)
                ? java.util.EnumSet.of(ticket.getTier()) : java.util.EnumSet.noneOf(Tier.class);
    }

    private static java.util.Set<TicketEventType> types(List<TicketEvent> changes) {
        java.util.Set<TicketEventType> types = java.util.EnumSet.noneOf(TicketEventType.class);
        changes.forEach(e -> types.add(e.getType()));
        return types;
    }

    @Transactional(readOnly = true)
    public Optional<Ticket> findByNumberOptional(String number) {
        return tickets.findByNumber(number);
    }

    @Transactional(readOnly = true)
    public TicketMessage message(Long messageId) {
        return messages.findById(messageId).orElseThrow(() -> new NotFoundException("Message", messageId));
    }

    /** Channel ids (e-mail Message-IDs…) of the customer's messages on the ticket, oldest first. */
    @Transactional(readOnly = true)
    public List<String> inboundExternalIds(Long ticketId) {
        return messages.inboundExternalIds(ticketId);
    }

    /** The ticket a message with this external id (e-mail Message-ID, WhatsApp message id…) belongs to. */
    @Transactional(readOnly = true)
    public Optional<Ticket> findByMessageExternalId(String externalId) {
        return messages.findFirstByExternalId(externalId).map(m -> get(m.getTicketId()));
    }

    /** The customer's most recently active ticket on the channel that is not closed, to continue a conversation. */
    @Transactional(readOnly = true)
    public Optional<Ticket> findOngoing(Long customerId, io.sportello.shared.Channel channel) {
        return tickets.findFirstByCustomerIdAndChannelAndStatusNotOrderByUpdatedAtDesc(customerId, channel, TicketStatus.CLOSED);
    }

    /** The customer's tickets, newest first. */
    @Transactional(readOnly = true)
    public List<Ticket> ofCustomer(Long customerId) {
        return tickets.findByCustomerIdOrderByCreatedAtDesc(customerId);
    }

    /** The message an attachment belongs to, to check who may download it. */
    @Transactional(readOnly = true)
    public Optional<TicketMessage> messageWithAttachment(String storageKey) {
        return messages.findByAttachmentKey(storageKey);
    }

    /** Moves every ticket of {@code fromCustomerId} to {@code toCustomerId} (customer merge), recorded on each ticket. */
    public List<Long> moveTickets(Long fromCustomerId, Long toCustomerId, Actor actor, TicketEventType type, HistoryReason detail) {
        return move(tickets.findByCustomerIdOrderByCreatedAtDesc(fromCustomerId), fromCustomerId, toCustomerId, actor,
                type, detail);
    }

    /** Moves the given tickets, those still with {@code fromCustomerId}, to {@code toCustomerId} (a merge undone). */
    public List<Long> moveTickets(List<Long> ticketIds, Long fromCustomerId, Long toCustomerId, Actor actor,
                                  TicketEventType type, HistoryReason detail) {
        return move(tickets.findAllById(ticketIds).stream().filter(t -> t.getCustomerId().equals(fromCustomerId)).toList(),
                fromCustomerId, toCustomerId, actor, type, detail);
    }

    private List<Long> move(List<Ticket> moved, Long fromCustomerId, Long toCustomerId, Actor actor, TicketEventType type,
                            HistoryReason detail) {
        for (Ticket ticket : moved) {
            store(ticket, ticket.moveTo(toCustomerId, type, detail, actor, clock.instant()));
        }
        return moved.stream().map(Ticket::getId).toList();
    }

    private static TicketMessageAdded added(Ticket ticket, TicketMessage m) {
        return new TicketMessageAdded(ticket.getId(), ticket.getNumber(), m.getId(), m.getChannel(), m.getDirection(),
                m.getVisibility(), m.getAuthorKind(), m.getCreatedAt());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Assigned to the agent, or the agent acted on the ticket (any entry of its history). */
    private static Predicate involved(jakarta.persistence.criteria.Root<Ticket> root,
                                      jakarta.persistence.criteria.CriteriaQuery<?> query,
                                      jakarta.persistence.criteria.CriteriaBuilder cb, String agent) {
        var acted = query.subquery(Long.class);
        var event = acted.from(TicketEvent.class);
        acted.select(event.get("ticketId")).where(cb.equal(event.get("actorId"), agent));
        return cb.or(cb.equal(root.get("assignee"), agent), root.get("id").in(acted));
    }

    /** Whether the agent was assigned to the ticket or acted on it. */
    @Transactional(readOnly = true)
    public boolean involves(Long ticketId, String agent) {
        Ticket ticket = get(ticketId);
        return agent.equals(ticket.getAssignee()) || events.existsByTicketIdAndActorId(ticketId, agent);
    }

    private static Specification<Ticket> toSpecification(TicketFilter f) {
        return (root, query, cb) -> {
            List<Predicate> p = new ArrayList<>();
            if (f.statuses() != null && !f.statuses().isEmpty()) {
                p.add(root.get("status").in(f.statuses()));
            }
            if (f.priorities() != null && !f.priorities().isEmpty()) {
                p.add(root.get("priority").in(f.priorities()));
            }
            if (f.categories() != null && !f.categories().isEmpty()) {
                p.add(root.get("category").in(f.categories()));
            }
            if (f.tiers() != null && !f.tiers().isEmpty()) {
                p.add(root.get("tier").in(f.tiers()));
            }
            if (f.channels() != null && !f.channels().isEmpty()) {
                p.add(root.get("channel").in(f.channels()));
            }
            if (f.customerId() != null) {
                p.add(cb.equal(root.get("customerId"), f.customerId()));
            }
            if (f.assignee() != null) {
                p.add(cb.equal(root.get("assignee"), f.assignee()));
            }
            if (f.createdFrom() != null) {
                p.add(cb.greaterThanOrEqualTo(root.get("createdAt"), f.createdFrom()));
            }
            if (f.createdTo() != null) {
                p.add(cb.lessThan(root.get("createdAt"), f.createdTo()));
            }
            if (f.number() != null && !f.number().isBlank()) {
                p.add(cb.equal(cb.upper(root.get("number")), f.number().strip().toUpperCase(Locale.ROOT)));
            }
            if (f.customerIds() != null) {
                p.add(f.customerIds().isEmpty() ? cb.disjunction() : root.get("customerId").in(f.customerIds()));
            }
            if (f.involvedAgent() != null && !f.involvedAgent().isBlank()) {
                p.add(involved(root, query, cb, f.involvedAgent().strip()));
            }
            if (f.scope() != null) {
                TicketScope s = f.scope();
                if (!s.hiddenTiers().isEmpty()) {
                    p.add(cb.or(cb.isNull(root.get("tier")), cb.not(root.get("tier").in(s.hiddenTiers()))));
                }
                if (!s.hiddenCategories().isEmpty()) {
                    p.add(cb.or(cb.isNull(root.get("category")), cb.not(root.get("category").in(s.hiddenCategories()))));
                }
                Predicate ownTiers = s.tiers().isEmpty() ? cb.disjunction() : s.tiers().contains(Tier.L1)
                        ? cb.or(cb.isNull(root.get("tier")), root.get("tier").in(s.tiers()))
                        : root.get("tier").in(s.tiers());
                p.add(s.agent() == null ? ownTiers : cb.or(ownTiers, involved(root, query, cb, s.agent())));
            }
            if (f.outcomes() != null && !f.outcomes().isEmpty()) {
                p.add(root.get("resolutionCode").in(f.outcomes()));
            }
            if (f.slaBreached() != null) {
                p.add(cb.equal(root.get("slaBreached"), f.slaBreached()));
            }
            if (f.text() != null && !f.text().isBlank()) {
                String like = "%" + f.text().strip().toLowerCase(Locale.ROOT) + "%";
                p.add(cb.or(cb.like(cb.lower(root.get("subject")), like), cb.like(cb.lower(root.get("number")), like),
                        cb.like(cb.lower(root.get("orderNumber")), like)));
            }
            return cb.and(p.toArray(Predicate[]::new));
        };
    }
}
