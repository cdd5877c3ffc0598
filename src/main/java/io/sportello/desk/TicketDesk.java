package io.sportello.desk;

import io.sportello.shared.FieldException;

import io.sportello.commerce.CommerceService;
import io.sportello.customer.Customer;
import io.sportello.customer.CustomerMerge;
import io.sportello.customer.CustomerService;
import io.sportello.security.Role;
import io.sportello.security.SportelloUser;
import io.sportello.shared.Actor;
import io.sportello.shared.Channel;
import io.sportello.shared.RuleViolationException;
import io.sportello.survey.Survey;
import io.sportello.survey.SurveyService;
import io.sportello.ticket.Category;
import io.sportello.ticket.NewMessage;
import io.sportello.ticket.NewTicket;
import io.sportello.ticket.Priority;
import io.sportello.ticket.ResolutionCode;
import io.sportello.ticket.Ticket;
import io.sportello.ticket.HistoryReason;
import io.sportello.ticket.TicketEventType;
import io.sportello.ticket.TicketMessage;
import io.sportello.ticket.TicketService;
import io.sportello.ticket.TicketStatus;
import io.sportello.ticket.Tier;
import io.sportello.workflow.Completion;
import io.sportello.workflow.Outcome;
import io.sportello.workflow.TicketLifecycle;
import io.sportello.workflow.TicketProcesses;
import io.sportello.workflow.WorkItem;
import io.sportello.workflow.WorkItems;
import io.sportello.workflow.Worker;
import io.sportello.workflow.WorkKind;
import io.sportello.understanding.TriageLearning;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What people do with tickets: a thin command facade. Each command checks who may act and whether the action is
 * possible now through one query ({@link #allowedActions}), so a refused action changes nothing, then does one thing:
 * completes the ticket's handling task with a typed completion, correlates a typed message, or appends a message.
 * Status and SLA changes are steps of the ticket's process models, never made here.
 */
@Service
public class TicketDesk {

    private final TicketService tickets;
    private final CustomerService customers;
    private final CommerceService commerce;
    private final SurveyService surveys;
    private final TicketProcesses processes;
    private final WorkItems workItems;
    private final TransactionTemplate tx;
    private final TicketAccess access;
    private final TriageLearning learning;
    private final io.sportello.understanding.HandoverSummaries handovers;

    TicketDesk(TicketService tickets, CustomerService customers, CommerceService commerce,
               SurveyService surveys, TicketProcesses processes, WorkItems workItems,
               PlatformTransactionManager transactionManager, TicketAccess access,
               TriageLearning learning, io.sportello.understanding.HandoverSummaries handovers) {
        this.tickets = tickets;
        this.customers = customers;
        this.commerce = commerce;
        this.surveys = surveys;
        this.processes = processes;
        this.workItems = workItems;
        this.tx = new TransactionTemplate(transactionManager);
        this.access = access;
        this.learning = learning;
        this.handovers = handovers;
    }

    /** Who may see and act on which ticket (the same policy the REST API and search use). */
    public TicketAccess access() {
        return access;
    }

    /** The agent view of a signed-in user. */
    public static Worker worker(SportelloUser user) {
        Set<String> groups = new HashSet<>(user.getGroups());
        boolean supervisor = user.hasRole(Role.SUPERVISOR) || user.hasRole(Role.ADMIN);
        if (supervisor) {
            groups.add(Role.GROUP_SUPERVISOR);
        }
        return new Worker(user.getUsername(), user.getDisplayName(), groups, supervisor);
    }

    /**
     * Opens a ticket and starts its process. The same idempotency key twice (even at the same moment)
     * gives the same ticket and starts one process.
     */
    public TicketService.Opened open(OpenTicket request, Actor actor) {
        return open(request, actor, null);
    }

    /**
     * {@link #open(OpenTicket, Actor)} for a contact whose address was proven (a chat visitor who entered the mailed
     * code): the proof is in the ticket's history before its process starts, so the first reading of the message
     * (and the assistant's first turn) already knows who wrote.
     */
    public TicketService.Opened open(OpenTicket request, Actor actor, HistoryReason contactProof) {
        try {
            return openOnce(request, actor, contactProof);
        } catch (DataIntegrityViolationException concurrent) {
            // a concurrent request stored the same idempotency key, or the same new customer, first
            var existing = java.util.Optional.ofNullable(request.idempotencyKey()).flatMap(tickets::findByIdempotencyKey);
            if (existing.isPresent()) {
                return new TicketService.Opened(existing.get(), false);
            }
            return openOnce(request, actor, contactProof);
        }
    }

    private TicketService.Opened openOnce(OpenTicket request, Actor actor, HistoryReason contactProof) {
        return tx.execute(status -> {
            Customer customer = customers.resolve(request.channel(), request.customerHandle(), request.customerName(),
                    request.language());
            TicketService.Opened opened = tickets.open(new NewTicket(customer.getId(), request.channel(),
                    request.subject(), request.category(), request.language() != null ? request.language()
                    : customer.getLanguage(), request.orderNumber(), request.sentiment(), request.message(),
                    request.messageHtml(), request.externalId(), request.attachments(), request.idempotencyKey()),
                    actor.kind() == Actor.Kind.CUSTOMER ? actor
                    : Actor.customer(customer.getId(), customer.getDisplayName()));
            if (opened.created()) {
                if (contactProof != null) {
                    tickets.note(opened.ticket().getId(), io.sportello.ticket.TicketEventType.CHAT_STARTED, actor,
                            contactProof);
                }
                boolean orderKnown = commerce.findOrder(request.orderNumber())
                        .filter(o -> customer.getId().equals(o.customerId())).isPresent();
                processes.start(opened.ticket(), customer.getValue(), orderKnown);
            }
            return opened;
        });
    }

    /** A customer wrote on the ticket: resumes a paused clock, reopens a resolved ticket, or reaches a person after self-service. */
    @Transactional
    public TicketMessage customerReply(String number, Channel channel, String text, Actor customer) {
        return customerMessage(number, NewMessage.fromCustomer(channel, text), customer);
    }

    /** A customer's message with everything intake knows (HTML, attachments, the channel's message id). */
    @Transactional
    public TicketMessage customerMessage(String number, NewMessage incoming, Actor customer) {
        Ticket ticket = tickets.getByNumber(number);
        TicketStatus before = ticket.getStatus();
        TicketMessage message = tickets.addMessage(ticket.getId(), incoming, customer).message();
        if (before == TicketStatus.RESOLVED) {
            processes.reopened(number, customer);
        } else {
            processes.customerReplied(number, customer);
        }
        return message;
    }

    /**
     * Files that came with a customer's message but were not accepted: recorded on the ticket and told to the agents
     * in an internal note (the original message, files included, stays in the inbound store).
     */
    @Transactional
    public void attachmentsRefused(String number, java.util.List<String> reasons, Long inboundId) {
        Ticket ticket = tickets.getByNumber(number);
        String detail = String.join("; ", reasons);
        tickets.note(ticket.getId(), TicketEventType.ATTACHMENT_REJECTED, Actor.system(),
                HistoryReason.of(HistoryReason.ATTACHMENTS_REFUSED, reasons.size(), inboundId), detail);
        tickets.addMessage(ticket.getId(), NewMessage.deskNote(HistoryReason.of(
                HistoryReason.Notes.ATTACHMENTS_NOT_ACCEPTED, detail, inboundId), "Attachments not accepted: " + detail
                + " (original kept as inbound message #" + inboundId + ")"), Actor.system());
    }

    /**
     * Records on ticket {@code number} that it refers to ticket {@code other} (in its history and as an internal
     * note for the agents); nothing of the other ticket is shown to the customer.
     */
    @Transactional
    public void linked(String number, String other) {
        Ticket ticket = tickets.getByNumber(number);
        tickets.note(ticket.getId(), TicketEventType.LINKED, Actor.system(), HistoryReason.of(HistoryReason.REFERS_TO, other));
        tickets.addMessage(ticket.getId(), NewMessage.deskNote(HistoryReason.of(HistoryReason.Notes.REFERS_TO_TICKET,
                other), "Refers to ticket " + other + " (an e-mail referring to it from an address that is not its "
                + "customer's): kept apart so that nobody reads or writes in someone else's ticket."), Actor.system());
    }

    /** Tells the agents that the customer's address on this ticket was typed in, not proven. */
    @Transactional
    public void unverifiedContact(String number, String address) {
        Ticket ticket = tickets.getByNumber(number);
        tickets.addMessage(ticket.getId(), NewMessage.deskNote(HistoryReason.of(
                HistoryReason.Notes.IDENTITY_NOT_VERIFIED, address), "Identity not verified: the visitor typed " + address
                + " in the chat. Share no order, address or payment details until they prove the address with the "
                + "code we mail to it, sign in to the portal or write from that address."), Actor.system());
    }

    /** The customer asks for a person instead of the automatic answer. */
    @Transactional
    public void requestHuman(String number) {
        if (!requestHumanIfAssistantHasIt(number)) {
            throw new RuleViolationException("NOT_IN_SELF_SERVICE", "Ticket " + number + " is not waiting on a self-service answer");
        }
    }

    /** The same, answering whether the assistant (or its answer) still had the conversation. */
    @Transactional
    public boolean requestHumanIfAssistantHasIt(String number) {
        return processes.humanRequested(number);
    }

    /** A public reply by an agent, sent on the ticket's channel; the first one meets the first-response SLA. */
    @Transactional
    public TicketMessage agentReply(String number, String text, SportelloUser agent) {
        Ticket ticket = access.writable(number, agent);
        if (processes.takenOver(number, agent.actor())) {
            // a person answers while the assistant has the conversation: the assistant steps aside, with its summary,
            // and the ticket is theirs when they may take it (no conversation with the assistant: nothing correlated)
            AllowedActions now = allowedActions(ticket, agent);
            if (now.task().filter(t -> t.assignee() == null).isPresent() && now.allows(DeskAction.CLAIM)) {
                workItems.claim(now.task().get().id(), worker(agent));
            }
        }
        TicketService.Added added = tickets.addMessage(ticket.getId(), NewMessage.publicReply(text), agent.actor());
        if (added.firstResponse()) {
            processes.firstResponseGiven(ticket.getNumber(), added.message().getCreatedAt());
        }
        return added.message();
    }

    /**
     * A phone call an agent had about an existing ticket: recorded in the thread as a public message on the phone
     * channel (it was said to the customer, so it meets the first response) and in the history with its details.
     */
    @Transactional
    public TicketMessage logCall(String number, boolean inbound, int minutes, String notes, SportelloUser agent) {
        if (notes == null || notes.isBlank()) {
            throw new FieldException("notes", "A call needs notes");
        }
        if (minutes < 0 || minutes > 600) {
            throw new FieldException("minutes", "The duration must be between 0 and 600 minutes");
        }
        Ticket ticket = access.writable(number, agent);
        TicketService.Added added = tickets.addMessage(ticket.getId(), new NewMessage(Channel.PHONE,
                io.sportello.ticket.Direction.OUTBOUND, io.sportello.ticket.Visibility.PUBLIC, notes.strip(), null, null,
                null), agent.actor());
        if (added.firstResponse()) {
            processes.firstResponseGiven(ticket.getNumber(), added.message().getCreatedAt());
        }
        tickets.note(ticket.getId(), TicketEventType.CALL_LOGGED, agent.actor(), HistoryReason.of(HistoryReason.CALL,
                HistoryReason.key(inbound ? "history.call.inbound" : "history.call.outbound"), minutes));
        return added.message();
    }

    /**
     * A call that starts a new ticket: the caller's number is looked up (or registered) as the customer's phone
     * identity, the notes become the customer's request, the call's details go in the history.
     */
    public TicketService.Opened openFromCall(String phone, String callerName, String subject, String notes, boolean inbound,
                                            int minutes, Category category, String orderNumber, SportelloUser agent) {
        if (phone == null || phone.replaceAll("[^0-9]", "").length() < 6) {
            throw new FieldException("phone", "Enter the caller's phone number");
        }
        if (notes == null || notes.isBlank()) {
            throw new FieldException("notes", "A call needs notes");
        }
        TicketService.Opened opened = open(new OpenTicket(Channel.PHONE, phone, callerName,
                subject != null && !subject.isBlank() ? subject.strip() : firstLine(notes), notes.strip(), category,
                orderNumber, null, null, null), agent.actor());
        tx.executeWithoutResult(s -> tickets.note(opened.ticket().getId(), TicketEventType.CALL_LOGGED, agent.actor(),
                HistoryReason.of(HistoryReason.CALL_OPENED_TICKET, HistoryReason.key(inbound ? "history.call.inbound"
                        : "history.call.outbound"), minutes, agent.getDisplayName())));
        return opened;
    }

    /**
     * Merges customer {@code sourceId} into {@code targetId}: identities, tickets and orders move to the target, each
     * moved ticket records the merge in its history, the source stays as a pointer so history remains explainable.
     */
    @Transactional
    public Customer mergeCustomers(Long sourceId, Long targetId, SportelloUser agent) {
        if (!agent.hasRole(Role.SUPERVISOR) && !agent.hasRole(Role.ADMIN)) {
            throw new TicketForbiddenException(TicketForbiddenException.SUPERVISOR_ONLY,
                    "Only a supervisor merges customers");
        }
        Customer source = customers.get(sourceId);
        Customer target = customers.get(targetId);
        CustomerMerge merge = customers.merge(sourceId, targetId, agent.getUsername());
        HistoryReason detail = HistoryReason.of(HistoryReason.CUSTOMERS_MERGED, source.getDisplayName(),
                target.getDisplayName(), agent.getDisplayName());
        merge.moved(tickets.moveTickets(sourceId, targetId, agent.actor(), TicketEventType.CUSTOMER_MERGED, detail),
                commerce.moveOrders(sourceId, targetId));
        return target;
    }

    /**
     * Undoes a customer merge (supervisors): the source's identities, the tickets and orders that moved with the merge
     * go back; each ticket records it. Tickets opened since stay with the customer they were opened for.
     */
    @Transactional
    public CustomerMerge undoMerge(Long mergeId, SportelloUser agent) {
        if (!agent.hasRole(Role.SUPERVISOR) && !agent.hasRole(Role.ADMIN)) {
            throw new TicketForbiddenException(TicketForbiddenException.SUPERVISOR_ONLY,
                    "Only a supervisor undoes a merge of customers");
        }
        CustomerMerge merge = customers.undoMerge(mergeId, agent.getUsername());
        HistoryReason detail = HistoryReason.of(HistoryReason.CUSTOMERS_SEPARATED,
                customers.get(merge.getSourceId()).getDisplayName(), customers.get(merge.getTargetId()).getDisplayName(),
                agent.getDisplayName());
        tickets.moveTickets(merge.ticketIds(), merge.getTargetId(), merge.getSourceId(), agent.actor(),
                TicketEventType.CUSTOMER_MERGE_UNDONE, detail);
        commerce.moveOrders(merge.orderIds(), merge.getTargetId(), merge.getSourceId());
        return merge;
    }

    private static String firstLine(String text) {
        String line = text.strip().split("\\R", 2)[0];
        return line.length() > 80 ? line.substring(0, 77) + "…" : line;
    }

    @Transactional
    public TicketMessage internalNote(String number, String text, SportelloUser agent) {
        Ticket ticket = access.writable(number, agent);
        return tickets.addMessage(ticket.getId(), NewMessage.internalNote(text), agent.actor()).message();
    }

    /**
     * What {@code user} may do with the ticket now, and why not the rest: the ticket, its open handling task and, only
     * when the status needs it, whether its process waits for a reopen or a resolve while pending.
     */
    public AllowedActions allowedActions(String number, SportelloUser user) {
        return allowedActions(access.readable(number, user), user);
    }

    AllowedActions allowedActions(Ticket ticket, SportelloUser user) {
        List<WorkItem> items = workItems.ofTicket(ticket.getId());
        WorkItem task = items.stream().filter(WorkItem::handlesTicket).findFirst().orElse(null);
        WorkItem check = items.stream().filter(w -> w.kind() == WorkKind.CHECK_TRIAGE).findFirst().orElse(null);
        AllowedActions a = new AllowedActions(ticket, task, check);
        String number = ticket.getNumber();
        if (!access.canWrite(ticket, user)) {
            for (DeskAction action : DeskAction.values()) {
                a.forbid(action, TicketForbiddenException.NOT_AT_YOUR_TIER, user.getUsername() + " may read ticket " + number
                        + " but not act on it");
            }
            return a;
        }
        TicketStatus status = ticket.getStatus();
        boolean open = status != TicketStatus.CLOSED;
        String closed = "Ticket " + number + " is closed; a new message opens a follow-up ticket";
        a.allow(DeskAction.REPLY, open, "TICKET_CLOSED", closed);
        a.allow(DeskAction.NOTE, open, "TICKET_CLOSED", closed);
        a.allow(DeskAction.LOG_CALL, open, "TICKET_CLOSED", closed);
        String notWorkable = "ticket " + number + ": it is " + status;
        a.allow(DeskAction.CHANGE_PRIORITY, ticket.isWorkable(), "TRANSITION_NOT_ALLOWED",
                "Cannot change the priority of " + notWorkable);
        a.allow(DeskAction.CHANGE_CATEGORY, ticket.isWorkable(), "TRANSITION_NOT_ALLOWED",
                "Cannot change the category of " + notWorkable);
        a.allow(DeskAction.CHANGE_LANGUAGE, ticket.isWorkable(), "TRANSITION_NOT_ALLOWED",
                "Cannot change the language of " + notWorkable);
        String noTask = "Ticket " + number + " has no open task (" + status
                + (status == TicketStatus.PENDING_CUSTOMER ? ": waiting for the customer" : "") + ")";
        Worker worker = worker(user);
        a.allow(DeskAction.CHECK_TRIAGE, check != null && (worker.supervisor() || (check.assignee() == null
                        ? worker.groups().contains(check.candidateGroup()) : worker.username().equals(check.assignee()))),
                check == null ? "NO_OPEN_TASK" : "NOT_IN_GROUP", check == null ? "Ticket " + number
                        + " has no reading to check" : worker.username() + " may not check the reading of " + number);
        boolean mine = task != null && worker.username().equals(task.assignee());
        WorkItem claimable = task != null ? task : check;
        boolean claimableMine = claimable != null && worker.username().equals(claimable.assignee());
        boolean inGroup = task != null && (worker.supervisor() || worker.groups().contains(task.candidateGroup()));
        boolean mayWork = task != null && (task.assignee() == null ? inGroup : mine || worker.supervisor());
        // an agent may take a conversation over from the assistant: the claim hands it over first
        boolean withAssistant = claimable == null && ticket.isWorkable()
                && processes.waitsFor(number, TicketLifecycle.Messages.HUMAN_REQUESTED);
        a.allow(DeskAction.CLAIM, withAssistant || claimable != null && (claimable.assignee() == null || claimableMine),
                claimable != null ? "ALREADY_CLAIMED" : "NO_OPEN_TASK",
                claimable != null ? "Task " + claimable.id() + " is claimed by " + claimable.assignee() : noTask);
        a.allow(DeskAction.RELEASE, claimable != null && claimable.assignee() != null
                        && (claimableMine || worker.supervisor()), "NO_OPEN_TASK", noTask);
        String forbidden = task == null ? null : task.assignee() != null
                ? "Task " + task.id() + " is claimed by " + task.assignee() + ", not by " + worker.username()
                : worker.username() + " is not in the group of task " + task.id() + " (" + task.candidateGroup() + ")";
        String forbiddenRule = task != null && task.assignee() != null ? "NOT_ASSIGNEE" : "NOT_IN_GROUP";
        // each action's reasons in the order a person would want to hear them: the ticket's state, then the task
        for (DeskAction action : new DeskAction[] {DeskAction.REPLY_AND_KEEP, DeskAction.WAIT_FOR_CUSTOMER}) {
            if (task == null) {
                a.allow(action, false, "NO_OPEN_TASK", noTask);
            } else if (!mayWork) {
                a.forbid(action, forbiddenRule, forbidden);
            } else {
                a.allow(action, true, null, null);
            }
        }
        if (!ticket.isWorkable()) {
            a.allow(DeskAction.ESCALATE, false, "TRANSITION_NOT_ALLOWED", "Cannot escalate " + notWorkable);
            a.allow(DeskAction.RESOLVE, false, "TRANSITION_NOT_ALLOWED", "Cannot resolve " + notWorkable);
        } else if (task == null) {
            a.allow(DeskAction.ESCALATE, false, "NO_OPEN_TASK", noTask);
            a.allow(DeskAction.RESOLVE, status == TicketStatus.PENDING_CUSTOMER
                    && processes.waitsFor(number, TicketLifecycle.Messages.RESOLVED_BY_AGENT), "NO_OPEN_TASK", noTask);
        } else if (!mayWork) {
            a.forbid(DeskAction.ESCALATE, forbiddenRule, forbidden);
            a.forbid(DeskAction.RESOLVE, forbiddenRule, forbidden);
        } else {
            a.allow(DeskAction.RESOLVE, true, null, null);
            a.allow(DeskAction.ESCALATE, !ticket.getTier().isHighest(), "ESCALATION_TARGET",
                    "Ticket " + number + " is already at " + ticket.getTier() + "; escalate to a higher tier");
        }
        if (status != TicketStatus.RESOLVED) {
            a.allow(DeskAction.REOPEN, false, "TRANSITION_NOT_ALLOWED",
                    "Ticket " + number + " is " + status + "; only resolved tickets can be reopened");
        } else {
            a.allow(DeskAction.REOPEN, processes.waitsFor(number, TicketLifecycle.Messages.TICKET_REOPENED),
                    "REOPEN_WINDOW_OVER", "The reopen window of ticket " + number + " is over");
        }
        return a;
    }

    /** The actions of a ticket someone is about to change: refused as {@link TicketAccess#writable} refuses. */
    private AllowedActions actionsToWrite(String number, SportelloUser user) {
        return allowedActions(access.writable(number, user), user);
    }

    /** Claims the ticket's open task. */
    public WorkItem claim(String number, SportelloUser agent) {
        // who wins a race for the task is the engine's to say (and the loser is told who won)
        // a ticket whose reading waits for a check is taken by taking the check: the work that follows stays theirs
        AllowedActions a = actionsToWrite(number, agent);
        if (a.task().isEmpty() && a.checkTask().isEmpty() && a.allows(DeskAction.CLAIM)) {
            // the assistant had the conversation: it hands it over (with its summary), then the agent takes the task;
            // whoever took it over first, the task is there now to be claimed (or to say who has it)
            processes.takenOver(number, agent.actor());
            a = actionsToWrite(number, agent);
        }
        WorkItem task = a.task().or(a::checkTask).orElseThrow(() -> new RuleViolationException(
                "NO_OPEN_TASK", "Ticket " + number + " has no open task"));
        return workItems.claim(task.id(), worker(agent));
    }

    public void unclaim(String number, SportelloUser agent) {
        AllowedActions a = actionsToWrite(number, agent);
        WorkItem task = a.task().or(a::checkTask).orElseThrow(() -> new RuleViolationException("NO_OPEN_TASK",
                "Ticket " + number + " has no open task"));
        workItems.unclaim(task.id(), worker(agent));
    }

    /** Escalates to {@code target} (default: the next tier) with a reason every escalation must have. */
    @Transactional
    public void escalate(String number, Tier target, String reason, SportelloUser agent) {
        if (reason == null || reason.isBlank()) {
            throw new FieldException("reason", "An escalation needs a reason");
        }
        AllowedActions a = actionsToWrite(number, agent);
        Ticket ticket = a.ticket();
        if (ticket.isWorkable()) {
            tickets.checkEscalation(ticket.getId(), target != null ? target : ticket.getTier().next());
        }
        WorkItem task = a.requireTask(DeskAction.ESCALATE);
        workItems.complete(task.id(), worker(agent), Completion.escalate(target != null ? target
                : ticket.getTier().next(), reason.strip()));
    }

    /**
     * Waits for the customer: the process marks the ticket pending and pauses its resolution clock until they answer.
     * An optional message goes out first.
     */
    @Transactional
    public void waitForCustomer(String number, String message, SportelloUser agent) {
        WorkItem task = actionsToWrite(number, agent).requireTask(DeskAction.WAIT_FOR_CUSTOMER);
        if (message != null && !message.isBlank()) {
            agentReply(number, message, agent);
        }
        workItems.complete(task.id(), worker(agent), Completion.of(Outcome.PEND));
    }

    /** Replies and completes the ticket's task with {@link Outcome#REPLY}: the agent keeps the ticket. */
    @Transactional
    public void replyAndKeep(String number, String message, SportelloUser agent) {
        WorkItem task = actionsToWrite(number, agent).requireTask(DeskAction.REPLY_AND_KEEP);
        agentReply(number, message, agent);
        workItems.complete(task.id(), worker(agent), Completion.of(Outcome.REPLY));
    }

    /**
     * Resolves the ticket with a resolution code and summary (the process's resolve step records them); the reopen
     * window and the survey follow.
     */
    @Transactional
    public void resolve(String number, ResolutionCode code, String summary, SportelloUser agent) {
        if (code == null) {
            throw new FieldException("code", "A resolution needs a resolution code");
        }
        AllowedActions a = actionsToWrite(number, agent);
        a.require(DeskAction.RESOLVE);
        String text = summary == null || summary.isBlank() ? null : summary.strip();
        if (a.task().isPresent()) {
            workItems.complete(a.task().get().id(), worker(agent), Completion.resolve(code, text));
        } else {
            processes.resolvedWhilePending(number, code, text, agent.actor());
        }
    }

    /** Reopens a resolved ticket within its reopen window (the process's reopen step does). */
    @Transactional
    public void reopen(String number, SportelloUser agent) {
        actionsToWrite(number, agent).require(DeskAction.REOPEN);
        processes.reopened(number, agent.actor());
    }

    /**
     * A person's priority for the ticket. While someone may work its handling task, triage runs again with it (the
     * tier and SLA targets follow the policy); otherwise it is recorded as it is.
     */
    @Transactional
    public void changePriority(String number, Priority priority, SportelloUser agent) {
        correctTriage(number, null, null, priority, null, agent);
    }

    @Transactional
    public void changeCategory(String number, Category category, SportelloUser agent) {
        correctTriage(number, category, null, null, null, agent);
    }

    @Transactional
    public void changeLanguage(String number, String language, SportelloUser agent) {
        correctTriage(number, null, language, null, null, agent);
    }

    /**
     * Corrects what triage started from — category, language, priority (null: unchanged) — with an optional reason.
     * Each change is recorded on the ticket with who and why; a category the desk had read differently becomes a
     * training example for the next model version. While the ticket's handling task is open and the person may
     * work it, the task ends with {@link Outcome#RETRIAGE} and the process triages again: priority (the person's,
     * if they chose one), tier (never below an escalation) and the SLA targets, measured from the ticket's arrival.
     */
    @Transactional
    public void correctTriage(String number, Category category, String language, Priority priority, String reason,
                              SportelloUser agent) {
        AllowedActions a = actionsToWrite(number, agent);
        Ticket ticket = a.ticket();
        if (category != null) {
            a.require(DeskAction.CHANGE_CATEGORY);
        }
        if (language != null) {
            a.require(DeskAction.CHANGE_LANGUAGE);
            language = language(language);
        }
        if (priority != null) {
            a.require(DeskAction.CHANGE_PRIORITY);
        }
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        boolean changed = record(ticket, category, language, why, agent);
        if (priority != null && priority != ticket.getPriority()) {
            // recorded as the person's change; triage, if it runs again, keeps it
            tickets.changePriority(ticket.getId(), priority, agent.actor(), why);
            changed = true;
        }
        boolean mayWork = a.allows(DeskAction.REPLY_AND_KEEP) && a.task().isPresent()
                && workItems.canTriageAgain(a.task().get().id());
        if (!changed) {
            return;
        }
        if (mayWork) {
            workItems.complete(a.task().get().id(), worker(agent), Completion.retriage(new Completion.Triage(
                    ticket.getCategory(), ticket.getLanguage(), priority), reason));
        }
    }

    /**
     * The check of a reading the desk was not sure of: the category and language as the person sees them (and a
     * priority, if they choose one); triage then runs from them.
     */
    @Transactional
    public void checkTriage(String number, Category category, String language, Priority priority, SportelloUser agent) {
        if (category == null) {
            throw new FieldException("category", "Checking the reading needs the category");
        }
        AllowedActions a = actionsToWrite(number, agent);
        a.require(DeskAction.CHECK_TRIAGE);
        Ticket ticket = a.ticket();
        String lang = language == null ? ticket.getLanguage() : language(language);
        // the desk keeps its uncertain reading off the ticket until this check: what the check says is the category
        record(ticket, null, lang, null, agent);
        if (category != ticket.getCategory()) {
            tickets.changeCategory(ticket.getId(), category, agent.actor(), null);
        }
        learning.confirmed(ticket.getId(), category.name(), agent.actor());
        workItems.complete(a.checkTask().orElseThrow().id(), worker(agent), Completion.checked(new Completion.Triage(
                category, lang, priority)));
    }

    /** An agent's rewrite of the handover summary of a ticket they may act on. */
    @Transactional
    public void editHandover(String number, Long summaryId, String text, SportelloUser agent) {
        Ticket ticket = access.writable(number, agent);
        var summary = handovers.latest(ticket.getId()).filter(s -> s.getId().equals(summaryId))
                .orElseThrow(() -> new io.sportello.shared.NotFoundException("Summary", summaryId));
        handovers.edit(summary.getId(), text, agent.actor());
    }

    // writes the person's category and language on the ticket (each recorded with who), learning from a category
    private boolean record(Ticket ticket, Category category, String language, String why, SportelloUser agent) {
        boolean changed = false;
        // the language first: a corrected message is learnt in the language it is written in
        if (language != null && !language.equals(ticket.getLanguage())) {
            tickets.changeLanguage(ticket.getId(), language, agent.actor(), why);
            changed = true;
        }
        if (category != null && category != ticket.getCategory()) {
            learning.corrected(ticket.getId(), category.name(), agent.actor());
            tickets.changeCategory(ticket.getId(), category, agent.actor(), why);
            changed = true;
        }
        return changed;
    }

    private String language(String language) {
        String l = language.strip().toLowerCase(java.util.Locale.ROOT);
        if (!learning.languages().contains(l)) {
            throw new FieldException("language", "The desk serves " + String.join(", ", learning.languages()));
        }
        return l;
    }

    /** Records a CSAT answer given with the survey's token; a score of 1–2 creates a supervisor follow-up. */
    @Transactional
    public Survey answerSurvey(String token, int score, String comment) {
        return surveyAnswered(surveys.answer(token, score, comment), score);
    }

    /** Records a CSAT answer for a survey whose customer has proved who they are some other way (portal sign-in). */
    public Survey answerSurvey(Long surveyId, int score, String comment) {
        return surveyAnswered(surveys.answer(surveyId, score, comment), score);
    }

    private Survey surveyAnswered(Survey survey, int score) {
        Ticket ticket = tickets.get(survey.getTicketId());
        tickets.note(ticket.getId(), TicketEventType.SURVEY_ANSWERED, Actor.customer(ticket.getCustomerId(), null),
                HistoryReason.of(HistoryReason.SURVEY_SCORE, score));
        processes.surveyAnswered(ticket.getNumber(), score);
        return survey;
    }

    /**
     * Completes a work item through the same commands as the workspace, never around them: a ticket's tier task by its
     * outcome (escalate, wait for the customer, reply and keep, resolve — each with what that command requires and
     * records), any other task (a supervisor's follow-up) as done with {@link Outcome#RESOLVE}.
     */
    @Transactional
    public void completeWorkItem(String workItemId, TaskCompletion c, SportelloUser agent) {
        if (c.outcome() == null) {
            throw new FieldException("outcome", "An outcome is needed");
        }
        WorkItem item = workItems.get(workItemId)
                .orElseThrow(() -> new io.sportello.shared.NotFoundException("Work item", workItemId));
        String number = access.writable(tickets.get(item.ticketId()).getNumber(), agent).getNumber();
        if (item.kind() == WorkKind.CHECK_TRIAGE) {
            throw new FieldException("outcome", "A triage check is completed with its category: POST /api/v1/tickets/"
                    + number + "/triage-check");
        }
        if (c.outcome() == Outcome.RETRIAGE || c.outcome() == Outcome.CHECKED) {
            throw new FieldException("outcome", "Triage runs again when category, priority or language change: "
                    + "PATCH /api/v1/tickets/" + number);
        }
        if (!item.handlesTicket()) {
            if (c.outcome() != Outcome.RESOLVE) {
                throw new FieldException("outcome", "A follow-up task is completed with RESOLVE");
            }
            workItems.complete(workItemId, worker(agent), Completion.of(Outcome.RESOLVE));
            return;
        }
        // the item is the ticket's one handling task; the command below checks what may be done with it
        switch (c.outcome()) {
            case ESCALATE -> escalate(number, c.tier(), c.reason(), agent);
            case PEND -> waitForCustomer(number, c.message(), agent);
            case REPLY -> {
                if (c.message() == null || c.message().isBlank()) {
                    throw new FieldException("message", "Replying and keeping the ticket needs the reply");
                }
                replyAndKeep(number, c.message(), agent);
            }
            case RESOLVE -> resolve(number, c.code(), c.summary(), agent);
            case AUTO_CLOSED -> throw new FieldException("outcome", "AUTO_CLOSED is set by the process, not by agents");
        }
    }

}
