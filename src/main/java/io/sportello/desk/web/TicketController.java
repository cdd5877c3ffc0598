package io.sportello.desk.web;

import io.sportello.shared.FieldException;
import io.sportello.desk.OpenTicket;
import io.sportello.desk.TicketAccess;
import io.sportello.desk.TicketDesk;
import io.sportello.desk.web.ApiDtos.*;
import io.sportello.security.CurrentUser;
import io.sportello.security.SportelloUser;
import io.sportello.shared.Channel;
import io.sportello.sla.SlaService;
import io.sportello.survey.SurveyService;
import io.sportello.ticket.Category;
import io.sportello.ticket.Priority;
import io.sportello.ticket.Ticket;
import io.sportello.ticket.TicketFilter;
import io.sportello.ticket.TicketService;
import io.sportello.ticket.TicketStatus;
import io.sportello.ticket.Tier;
import io.sportello.workflow.WorkItems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Instant;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/tickets")
@Tag(name = "Tickets", description = "Open, read and work tickets")
@PreAuthorize("hasAnyRole('AGENT','SUPERVISOR','ADMIN')")
class TicketController {

    private static final Set<String> SORTABLE = Set.of("createdAt", "updatedAt", "priority", "resolutionDue",
            "firstResponseDue", "number", "status");

    private final TicketDesk desk;
    private final TicketService tickets;
    private final SlaService sla;
    private final SurveyService surveys;
    private final WorkItems workItems;
    private final CurrentUser currentUser;
    private final TicketAccess access;

    private final io.sportello.audit.HistoryTexts historyTexts;
    private final java.time.ZoneId zone;
    private final io.sportello.understanding.TicketReader reader;
    private final io.sportello.understanding.HandoverSummaries handovers;

    TicketController(TicketDesk desk, TicketService tickets, SlaService sla, SurveyService surveys, WorkItems workItems,
                     CurrentUser currentUser, TicketAccess access, io.sportello.audit.HistoryTexts historyTexts,
                     io.sportello.sla.SlaProperties slaProperties, io.sportello.understanding.TicketReader reader,
                     io.sportello.understanding.HandoverSummaries handovers) {
        this.reader = reader;
        this.handovers = handovers;
        this.historyTexts = historyTexts;
        this.zone = java.time.ZoneId.of(slaProperties.zone());
        this.desk = desk;
        this.tickets = tickets;
        this.sla = sla;
        this.surveys = surveys;
        this.workItems = workItems;
        this.currentUser = currentUser;
        this.access = access;
    }

    @PostMapping
    @Operation(summary = "Open a ticket on any channel",
            description = "The same idempotency key (header Idempotency-Key or field idempotencyKey) twice returns the first ticket with 200.")
    ResponseEntity<TicketView> create(@Valid @RequestBody CreateTicketRequest body,
                                      @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        CustomerRef c = body.customer();
        String handle = switch (body.channel()) {
            case EMAIL, WEB_FORM, CHAT -> c.email();
            case PHONE, WHATSAPP -> c.phone() != null ? c.phone() : c.email();
            case SOCIAL -> c.handle() != null ? c.handle() : c.email();
        };
        if (handle == null || handle.isBlank()) {
            throw new FieldException(body.channel() == Channel.PHONE || body.channel() == Channel.WHATSAPP
                    ? "customer.phone" : body.channel() == Channel.SOCIAL ? "customer.handle" : "customer.email",
                    "A " + body.channel() + " ticket needs the customer's " + (body.channel() == Channel.SOCIAL ? "handle"
                    : body.channel() == Channel.PHONE || body.channel() == Channel.WHATSAPP ? "phone number" : "e-mail address"));
        }
        String key = idempotencyKey != null && !idempotencyKey.isBlank() ? idempotencyKey : body.idempotencyKey();
        TicketService.Opened opened = desk.open(new OpenTicket(body.channel(), handle, c.name(), body.subject(),
                body.message(), body.category(), body.orderNumber(), body.language(), body.sentiment(), key),
                currentUser.require().actor());
        TicketView view = TicketView.of(tickets.get(opened.ticket().getId()));
        return opened.created()
                ? ResponseEntity.created(URI.create("/api/v1/tickets/" + view.number())).body(view)
                : ResponseEntity.ok(view);
    }

    @GetMapping
    @Operation(summary = "List tickets with filters and paging")
    @PreAuthorize("hasAnyRole('AGENT','SUPERVISOR','ADMIN','AUDITOR')")
    PageView<TicketView> list(@RequestParam(required = false) Set<TicketStatus> status,
                              @RequestParam(required = false) Set<Priority> priority,
                              @RequestParam(required = false) Set<Category> category,
                              @RequestParam(required = false) Set<Tier> tier,
                              @RequestParam(required = false) Set<Channel> channel,
                              @RequestParam(required = false) Long customerId,
                              @RequestParam(required = false) String assignee,
                              @RequestParam(required = false) String q,
                              @RequestParam(required = false) Instant createdFrom,
                              @RequestParam(required = false) Instant createdTo,
                              @RequestParam(defaultValue = "0") int page,
                              @RequestParam(defaultValue = "25") int size,
                              @RequestParam(defaultValue = "createdAt") String sort,
                              @RequestParam(defaultValue = "DESC") Sort.Direction direction) {
        if (page < 0) {
            throw new FieldException("page", "page must be 0 or more");
        }
        if (size < 1 || size > 200) {
            throw new FieldException("size", "size must be between 1 and 200");
        }
        if (!SORTABLE.contains(sort)) {
            throw new FieldException("sort", "sort must be one of " + SORTABLE);
        }
        Page<Ticket> result = tickets.search(new TicketFilter(status, priority, category, tier, channel, customerId,
                assignee, q, createdFrom, createdTo).within(access.scopeFor(currentUser.require())), PageRequest.of(page, size, Sort.by(direction, sort).and(Sort.by("id"))));
        return new PageView<>(result.map(TicketView::of).getContent(), page, size, result.getTotalElements(),
                result.getTotalPages());
    }

    @GetMapping("/{number}")
    @Operation(summary = "A ticket with its conversation, open tasks and SLA clock")
    @PreAuthorize("hasAnyRole('AGENT','SUPERVISOR','ADMIN','AUDITOR')")
    TicketDetailView get(@PathVariable String number) {
        SportelloUser me = currentUser.require();
        Ticket t = access.readable(number, me);
        return new TicketDetailView(TicketView.of(t), tickets.messages(t.getId()).stream().map(MessageView::of).toList(),
                workItems.ofTicket(t.getId()).stream().map(WorkItemView::of).toList(),
                sla.find(t.getId()).map(c -> SlaView.of(c, sla.segments(t.getId()))).orElse(null),
                java.util.List.copyOf(desk.allowedActions(number, me).allowed()));
    }

    @GetMapping("/{number}/actions")
    @Operation(summary = "What the caller may do with the ticket now, and for each other action why not (rule code)")
    @PreAuthorize("hasAnyRole('AGENT','SUPERVISOR','ADMIN','AUDITOR')")
    ActionsView actions(@PathVariable String number) {
        return ActionsView.of(desk.allowedActions(number, currentUser.require()));
    }

    @GetMapping("/{number}/history")
    @Operation(summary = "Everything that happened to the ticket, oldest first")
    @PreAuthorize("hasAnyRole('AGENT','SUPERVISOR','ADMIN','AUDITOR')")
    java.util.List<EventView> history(@PathVariable String number) {
        return tickets.history(access.readable(number, currentUser.require()).getId()).stream()
                .map(e -> EventView.of(e, historyTexts, zone))
                .toList();
    }

    @GetMapping("/{number}/surveys")
    @Operation(summary = "CSAT surveys of the ticket (status, score, comment; the customer's link stays secret)")
    @PreAuthorize("hasAnyRole('AGENT','SUPERVISOR','ADMIN','AUDITOR')")
    java.util.List<SurveyView> surveys(@PathVariable String number) {
        return surveys.ofTicket(access.readable(number, currentUser.require()).getId()).stream().map(SurveyView::of)
                .toList();
    }

    @PatchMapping("/{number}")
    @Operation(summary = "Change priority, category or language (recorded in the history with who and why); while "
            + "the ticket is being worked, triage runs again: tier and SLA targets per the policy")
    TicketView update(@PathVariable String number, @Valid @RequestBody UpdateTicketRequest body) {
        desk.correctTriage(number, body.category(), body.language(), body.priority(), body.reason(),
                currentUser.require());
        return TicketView.of(tickets.getByNumber(number));
    }

    @PostMapping("/{number}/triage-check")
    @Operation(summary = "Check the desk's reading of a new ticket it was not sure of: triage starts from this "
            + "category and language (and priority, if given)")
    TicketView checkTriage(@PathVariable String number, @Valid @RequestBody TriageCheckRequest body) {
        desk.checkTriage(number, body.category(), body.language(), body.priority(), currentUser.require());
        return TicketView.of(tickets.getByNumber(number));
    }

    /** A handover summary as the API shows it: the generated parts, and an agent's rewrite if there is one. */
    record HandoverView(Long id, String reason, java.time.Instant generatedAt, String problem, String order,
                        java.util.List<String> tried, java.util.List<String> promised, String lastCustomer,
                        String editedText, String editedBy, java.time.Instant editedAt) {
        static HandoverView of(io.sportello.understanding.HandoverSummary h) {
            var s = h.summary();
            return new HandoverView(h.getId(), h.getReason().name(), h.getGeneratedAt(), s.problem(), s.order(),
                    s.tried(), s.promised(), s.lastCustomer(), h.getEditedText().orElse(null), h.getEditedBy(),
                    h.getEditedAt());
        }
    }

    /** An agent's rewrite of the latest handover summary. */
    record HandoverEdit(@jakarta.validation.constraints.NotNull Long summaryId,
                        @jakarta.validation.constraints.NotBlank @jakarta.validation.constraints.Size(max = 4000)
                        String text) {
    }

    @GetMapping("/{number}/handover")
    @Operation(summary = "The latest handover summary (generated from the thread when the ticket was escalated or "
            + "changed hands; marked as generated, with an agent's rewrite if there is one)")
    @PreAuthorize("hasAnyRole('AGENT','SUPERVISOR','ADMIN','AUDITOR')")
    HandoverView handover(@PathVariable String number) {
        Long id = access.readable(number, currentUser.require()).getId();
        return handovers.latest(id).map(HandoverView::of)
                .orElseThrow(() -> new io.sportello.shared.NotFoundException("Handover summary", number));
    }

    @PutMapping("/{number}/handover")
    @Operation(summary = "Rewrite the latest handover summary")
    HandoverView editHandover(@PathVariable String number, @Valid @RequestBody HandoverEdit body) {
        desk.editHandover(number, body.summaryId(), body.text(), currentUser.require());
        return handovers.latest(tickets.getByNumber(number).getId()).map(HandoverView::of).orElseThrow();
    }

    @GetMapping("/{number}/reading")
    @Operation(summary = "What the desk read in the ticket's first message: model version, language, category with "
            + "the probability of each, urgency, sentiment, pre-sale, entities, the order and the rule that found it")
    @PreAuthorize("hasAnyRole('AGENT','SUPERVISOR','ADMIN','AUDITOR')")
    io.sportello.understanding.Reading reading(@PathVariable String number) {
        Long id = access.readable(number, currentUser.require()).getId();
        return reader.reading(id).orElseThrow(() -> new io.sportello.shared.NotFoundException("Reading", number));
    }

    @PostMapping("/{number}/messages")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a customer reply, an agent's public reply or an internal note")
    MessageView post(@PathVariable String number, @Valid @RequestBody PostMessageRequest body) {
        SportelloUser me = currentUser.require();
        return MessageView.of(switch (body.type()) {
            // what a customer said reaches the desk by their channel; a message taken by phone is a logged call
            case CUSTOMER_REPLY -> throw new FieldException("type", "Agents never write as the customer: log what "
                    + "the customer said on the phone as a call (POST /api/v1/tickets/" + number + "/calls)");
            case AGENT_REPLY -> desk.agentReply(number, body.text(), me);
            case INTERNAL_NOTE -> desk.internalNote(number, body.text(), me);
        });
    }

    @PostMapping("/{number}/calls")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Log a phone call about the ticket (direction, duration, notes)")
    MessageView logCall(@PathVariable String number, @Valid @RequestBody ApiDtos.CallRequest body) {
        return MessageView.of(desk.logCall(number, body.inbound() == null || body.inbound(), body.minutes(), body.notes(),
                currentUser.require()));
    }

    @PostMapping("/calls")
    @Operation(summary = "Open a ticket from a phone call; the caller's number is looked up to a customer")
    ResponseEntity<TicketView> openFromCall(@Valid @RequestBody ApiDtos.NewCallRequest body) {
        var opened = desk.openFromCall(body.phone(), body.callerName(), body.subject(), body.notes(),
                body.inbound() == null || body.inbound(), body.minutes(), body.category(), body.orderNumber(),
                currentUser.require());
        return ResponseEntity.status(HttpStatus.CREATED).body(TicketView.of(opened.ticket()));
    }

    @PostMapping("/{number}/claim")
    @Operation(summary = "Claim the ticket's open task")
    WorkItemView claim(@PathVariable String number) {
        return WorkItemView.of(desk.claim(number, currentUser.require()));
    }

    @PostMapping("/{number}/unclaim")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unclaim(@PathVariable String number) {
        desk.unclaim(number, currentUser.require());
    }

    @PostMapping("/{number}/escalate")
    @Operation(summary = "Escalate to a higher tier (default: the next) with a reason")
    TicketView escalate(@PathVariable String number, @Valid @RequestBody EscalateRequest body) {
        desk.escalate(number, body.tier(), body.reason(), currentUser.require());
        return TicketView.of(tickets.getByNumber(number));
    }

    @PostMapping("/{number}/pend")
    @Operation(summary = "Wait for the customer (SLA clock pauses), optionally sending a message first")
    TicketView pend(@PathVariable String number, @Valid @RequestBody(required = false) PendRequest body) {
        desk.waitForCustomer(number, body == null ? null : body.message(), currentUser.require());
        return TicketView.of(tickets.getByNumber(number));
    }

    @PostMapping("/{number}/resolve")
    @Operation(summary = "Resolve with a resolution code and summary")
    TicketView resolve(@PathVariable String number, @Valid @RequestBody ResolveRequest body) {
        desk.resolve(number, body.code(), body.summary(), currentUser.require());
        return TicketView.of(tickets.getByNumber(number));
    }

    @PostMapping("/{number}/reopen")
    @Operation(summary = "Reopen a resolved ticket within its reopen window")
    TicketView reopen(@PathVariable String number) {
        desk.reopen(number, currentUser.require());
        return TicketView.of(tickets.getByNumber(number));
    }

    @PostMapping("/{number}/human")
    @Operation(summary = "The customer wants a person instead of the self-service answer")
    TicketView human(@PathVariable String number) {
        access.writable(number, currentUser.require());
        desk.requestHuman(number);
        return TicketView.of(tickets.getByNumber(number));
    }
}
