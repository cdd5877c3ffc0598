package io.sportello.audit;

import io.sportello.audit.AuditEntry.Source;
import io.sportello.customer.Customer;
import io.sportello.customer.CustomerService;
import io.sportello.sla.SlaProperties;
import io.sportello.sla.SlaSegment;
import io.sportello.sla.SlaService;
import io.sportello.sla.SlaState;
import io.sportello.ticket.Ticket;
import io.sportello.ticket.TicketEvent;
import io.sportello.ticket.TicketEventType;
import io.sportello.ticket.TicketFilter;
import io.sportello.ticket.TicketMessage;
import io.sportello.ticket.TicketService;
import io.sportello.workflow.HistoryEntry;
import io.sportello.workflow.ProcessHistory;
import io.sportello.workflow.ProcessPath;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finds tickets for auditors and tells each one's whole story in one timeline. Never changes anything. */
@Service
@Transactional(readOnly = true)
public class AuditTrail {

    private static final int MAX_CUSTOMERS = 500;
    private static final int MESSAGE_PREVIEW = 300;
    private static final Set<TicketEventType> SLA = EnumSet.of(TicketEventType.SLA_STARTED, TicketEventType.SLA_PAUSED,
            TicketEventType.SLA_RESUMED, TicketEventType.SLA_WARNING, TicketEventType.SLA_BREACHED,
            TicketEventType.FIRST_RESPONSE, TicketEventType.SUPERVISOR_NOTIFIED);

    private final TicketService tickets;
    private final CustomerService customers;
    private final ProcessHistory processHistory;
    private final SlaService sla;
    private final ZoneId zone;
    private final HistoryTexts texts;

    AuditTrail(TicketService tickets, CustomerService customers, ProcessHistory processHistory, SlaService slaService,
               SlaProperties sla, HistoryTexts texts) {
        this.texts = texts;
        this.sla = slaService;
        this.tickets = tickets;
        this.customers = customers;
        this.processHistory = processHistory;
        this.zone = ZoneId.of(sla.zone());
    }

    public Page<Ticket> search(AuditQuery q, Pageable page) {
        return tickets.search(filter(q), page);
    }

    public Ticket ticket(String number) {
        return tickets.getByNumber(number);
    }

    public Customer customerOf(Ticket ticket) {
        return ticket.getCustomerId() == null ? null : customers.get(ticket.getCustomerId());
    }

    /** The ticket's whole story, oldest first, its details in English. */
    public List<AuditEntry> timeline(String number) {
        return timeline(number, java.util.Locale.ENGLISH);
    }

    /** The ticket's whole story, oldest first, what the desk recorded told in the reader's language. */
    public List<AuditEntry> timeline(String number, java.util.Locale locale) {
        Ticket ticket = tickets.getByNumber(number);
        List<AuditEntry> entries = new ArrayList<>();
        for (TicketEvent e : tickets.history(ticket.getId())) {
            Source source = SLA.contains(e.getType()) ? Source.SLA
                    : e.getType() == TicketEventType.PROCESS_MIGRATED ? Source.MIGRATION : Source.TICKET;
            String change = e.getFromValue() != null || e.getToValue() != null
                    ? dash(e.getFromValue()) + " → " + dash(e.getToValue()) : null;
            entries.add(new AuditEntry(e.getOccurredAt(), source, e.getType().name(), null,
                    actor(e.getActorName(), e.getActorId()),
                    join(change, join(texts.reason(e.getReason(), locale, zone), e.getDetail()))));
        }
        for (TicketMessage m : tickets.messages(ticket.getId())) {
            String type = m.isInternalNote() ? "INTERNAL_NOTE"
                    : m.getDirection() == io.sportello.ticket.Direction.INBOUND ? "MESSAGE_IN" : "MESSAGE_OUT";
            String body = m.getBodyText() == null ? "" : m.getBodyText().strip().replaceAll("\\s+", " ");
            if (body.length() > MESSAGE_PREVIEW) {
                body = body.substring(0, MESSAGE_PREVIEW) + "…";
            }
            String attachments = m.getAttachments().isEmpty() ? null
                    : texts.text("history.attachments", locale, m.getAttachments().size() + " attachment(s)",
                    m.getAttachments().size());
            entries.add(new AuditEntry(m.getCreatedAt(), Source.MESSAGE, type, m.getChannel().name(),
                    actor(m.getAuthorName(), m.getAuthorId()), join(body, attachments)));
        }
        sla.find(ticket.getId()).ifPresent(clock -> entries.add(new AuditEntry(clock.getStartedAt(), Source.SLA,
                TicketEventType.SLA_STARTED.name(), null, null, texts.text("history.sla.targets", locale,
                clock.getFirstResponseTargetMinutes() + "/" + clock.getResolutionTargetMinutes(),
                clock.getFirstResponseTargetMinutes(), clock.getResolutionTargetMinutes()))));
        for (SlaSegment segment : sla.segments(ticket.getId())) {
            if (segment.getState() == SlaState.PAUSED) {
                entries.add(new AuditEntry(segment.getStartedAt(), Source.SLA, TicketEventType.SLA_PAUSED.name(), null,
                        null, texts.text("history.segment." + segment.getReason().replace(' ', '_'), locale,
                        segment.getReason())));
                if (segment.getEndedAt() != null) {
                    long minutes = java.time.Duration.between(segment.getStartedAt(), segment.getEndedAt()).toMinutes();
                    entries.add(new AuditEntry(segment.getEndedAt(), Source.SLA, TicketEventType.SLA_RESUMED.name(), null,
                            null, texts.text("history.sla.pausedFor", locale, minutes + " min", minutes / 60,
                            minutes % 60)));
                }
            }
        }
        // the engine's entries come ordered (time, then the order they happened within an instant); a stable sort
        // by time alone keeps that order and puts the ticket's own records of the same instant first
        for (HistoryEntry h : processHistory.entries(number)) {
            entries.add(new AuditEntry(h.at(), source(h.kind()), h.kind().name(), element(h, locale), h.actor(),
                    engineDetail(h, locale)));
        }
        entries.sort(Comparator.comparing(AuditEntry::at, Comparator.nullsFirst(Comparator.naturalOrder())));
        return entries;
    }

    /** The path each of the ticket's processes took, for drawing on its model. */
    public List<ProcessPath> paths(String number) {
        tickets.getByNumber(number);
        return processHistory.paths(number);
    }

    public io.sportello.workflow.DiagramLayout layout(ProcessPath path) {
        return processHistory.layout(path.xml());
    }

    public ZoneId zone() {
        return zone;
    }

    TicketFilter filter(AuditQuery q) {
        Set<Long> customerIds = null;
        if (q.customer() != null && !q.customer().isBlank()) {
            customerIds = customers.search(q.customer().strip(), MAX_CUSTOMERS).stream().map(Customer::getId)
                    .collect(Collectors.toSet());
        }
        return new TicketFilter(null, null, q.categories(), null, null, null, null, null,
                q.from() == null ? null : q.from().atStartOfDay(zone).toInstant(),
                q.to() == null ? null : q.to().plusDays(1).atStartOfDay(zone).toInstant(),
                q.number(), customerIds, q.agent(), q.outcomes(), q.slaBreached());
    }

    private static Source source(HistoryEntry.Kind kind) {
        return switch (kind) {
            case PROCESS_STARTED, PROCESS_ENDED, ACTIVITY_STARTED, ACTIVITY_ENDED, ACTIVITY_CANCELED -> Source.PROCESS;
            case TASK_ASSIGNMENT -> Source.TASK;
            case DECISION -> Source.DECISION;
            case VARIABLE_CHANGED -> Source.VARIABLE;
            case USER_OPERATION -> Source.OPERATION;
            case INCIDENT -> Source.INCIDENT;
        };
    }

    /**
     * What the engine recorded, in the reader's language where the entry says it as data (a step's duration, who a
     * task was offered or assigned to, a person's operation); otherwise in the engine's own terms.
     */
    private String engineDetail(HistoryEntry h, java.util.Locale locale) {
        boolean activity = source(h.kind()) == Source.PROCESS;
        String type = activity ? texts.elementType(h.elementType(), locale) : h.elementType();
        if (h.detailCode() == null || h.detailArguments().isEmpty()) {
            return join(type, h.detail());
        }
        String argument = h.detailArguments().get(0);
        return switch (h.detailCode()) {
            case "duration" -> join(type, texts.text("history.engine.duration", locale, h.detail(),
                    texts.duration(java.time.Duration.ofMillis(Long.parseLong(argument)), locale)));
            default -> {
                if (h.detailCode().startsWith("operation.")) {
                    String name = texts.text("history.engine." + h.detailCode(), locale, null);
                    yield name == null ? join(h.elementType(), h.detail())
                            : argument.isEmpty() ? name : name + " (" + argument + ")";
                }
                yield texts.text("history.engine." + h.detailCode(), locale, join(h.elementType(), h.detail()), argument);
            }
        };
    }

    private String element(HistoryEntry h, java.util.Locale locale) {
        String where = h.processKey() + (h.processVersion() != null ? " v" + h.processVersion() : "");
        String name = texts.elementName(h.elementId(), h.elementName(), locale);
        if (h.elementId() == null) {
            return name != null && h.kind() == HistoryEntry.Kind.VARIABLE_CHANGED ? where : where
                    + (name != null && h.kind() != HistoryEntry.Kind.VARIABLE_CHANGED ? " · " + name : "");
        }
        return where + " · " + (name != null ? name + " (" + h.elementId() + ")" : h.elementId());
    }

    private static String actor(String name, String id) {
        if (name == null) {
            return id;
        }
        return id == null || id.equals(name) ? name : name + " (" + id + ")";
    }

    private static String dash(String s) {
        return s == null ? "-" : s;
    }

    private static String join(String a, String b) {
        if (a == null || a.isBlank()) {
            return b;
        }
        return b == null || b.isBlank() ? a : a + " — " + b;
    }
}
