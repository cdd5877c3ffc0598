package io.sportello.ui.desk.workspace;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.sportello.customer.CustomerService;
import io.sportello.desk.DeskAction;
import io.sportello.desk.TicketDesk;
import io.sportello.intake.OutboundDelivery;
import io.sportello.intake.Outbox;
import io.sportello.knowledge.ReplyTemplates;
import io.sportello.security.CurrentUser;
import io.sportello.security.Role;
import io.sportello.security.SportelloUser;
import io.sportello.security.UserAccountService;
import io.sportello.shared.FieldException;
import io.sportello.shared.NotFoundException;
import io.sportello.shared.RuleViolationException;
import io.sportello.sla.SlaService;
import io.sportello.ticket.Attachment;
import io.sportello.ticket.AttachmentStore;
import io.sportello.ticket.TicketMessage;
import io.sportello.ticket.TicketStatus;
import io.sportello.ui.component.Conversation;
import io.sportello.ui.shell.DeskZone;
import io.sportello.ui.shell.MessageBroadcaster;
import io.sportello.ui.shell.WorkItemBroadcaster;
import io.sportello.workflow.WorkItemConflictException;
import io.sportello.workflow.WorkItemForbiddenException;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;

/**
 * The ticket workspace: header with status and SLA clocks, the action bar, the whole conversation across channels
 * (internal notes set apart), a composer for replies and notes with templates, and the customer with identities,
 * earlier tickets and orders beside it. Each render reads the workspace once ({@link WorkspaceReads}); the parts
 * only show it and fire typed events, which this view carries out through the desk.
 */
@Route("ticket/:number")
@RolesAllowed({Role.Names.AGENT, Role.Names.SUPERVISOR, Role.Names.ADMIN})
public class TicketView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ZoneId zone;
    private final io.sportello.audit.HistoryTexts historyTexts;
    private final TicketDesk desk;
    private final WorkspaceReads reads;
    private final CustomerService customers;
    private final WorkItemBroadcaster broadcaster;
    private final MessageBroadcaster messageBroadcaster;
    private final Clock clock;
    private final UserAccountService users;
    private final SportelloUser me;
    private final Outbox outbox;
    private final AttachmentStore attachments;

    private String number;
    private Long ticketId;
    private WorkspaceReads.Workspace shown;
    private Runnable unregister;
    private Runnable unregisterMessages;

    final TicketHeader header;
    final ActionBar actions = new ActionBar();
    final ReadingPanel reading = new ReadingPanel();
    final HandoverPanel handover = new HandoverPanel();
    final Conversation conversation = new Conversation("conversation", null);
    final Composer composerBox;
    final TextArea composer;
    final RadioButtonGroup<String> kind;
    final ComboBox<ReplyTemplates.Template> template;
    final Button send;
    final CustomerPanel side = new CustomerPanel();
    final KnowledgePanel knowledgePanel;

    public TicketView(TicketDesk desk, WorkspaceReads reads, CustomerService customers, SlaService sla,
                      ReplyTemplates templates, WorkItemBroadcaster broadcaster, Clock clock, UserAccountService users,
                      CurrentUser currentUser, Outbox outbox, AttachmentStore attachments,
                      MessageBroadcaster messageBroadcaster, DeskZone deskZone, io.sportello.audit.HistoryTexts historyTexts,
                      io.sportello.knowledge.KnowledgeBase knowledge, io.sportello.knowledge.KnowledgeSearch knowledgeSearch) {
        this.zone = deskZone.get();
        this.historyTexts = historyTexts;
        this.desk = desk;
        this.reads = reads;
        this.customers = customers;
        this.broadcaster = broadcaster;
        this.messageBroadcaster = messageBroadcaster;
        this.clock = clock;
        this.users = users;
        this.me = currentUser.require();
        this.knowledgePanel = new KnowledgePanel(knowledge, knowledgeSearch, templates, me);
        this.outbox = outbox;
        this.attachments = attachments;
        setSizeFull();
        setPadding(false);

        header = new TicketHeader(sla);
        header.onPriority(e -> act(() -> desk.changePriority(number, e.priority, me), "ticket.changed"));
        header.onCategory(e -> act(() -> desk.changeCategory(number, e.category, me), "ticket.changed"));
        header.onLanguage(e -> act(() -> desk.changeLanguage(number, e.language, me), "ticket.changed"));
        reading.onChecked(e -> act(() -> desk.checkTriage(number, e.category, e.language, e.priority, me),
                "reading.check.done"));
        handover.onEdited(e -> act(() -> desk.editHandover(number, e.summaryId, e.text, me), "handover.saved"));
        actions.onAction(e -> perform(e.action));
        composerBox = new Composer(templates.list(getLocale()),
                t -> templates.render(t.id(), ticketId, me.getDisplayName()));
        composer = composerBox.text;
        kind = composerBox.kind;
        template = composerBox.template;
        send = composerBox.send;
        composerBox.onSend(e -> {
            if (act(() -> {
                if (e.note) {
                    desk.internalNote(number, e.text, me);
                } else {
                    desk.agentReply(number, e.text, me);
                }
            }, e.note ? "ticket.noteAdded" : "ticket.replySent")) {
                composerBox.sent();
            }
        });
        side.onMerge(e -> shown.customer().ifPresent(c -> new MergeDialog(desk, customers, me, c.customer(), () -> {
            Notification.show(getTranslation("merge.done"), 3000, Notification.Position.BOTTOM_START);
            render();
        }).open()));
        side.onUndoMerge(e -> {
            try {
                desk.undoMerge(e.mergeId, me);
                Notification.show(getTranslation("merge.undone"), 3000, Notification.Position.BOTTOM_START);
            } catch (RuleViolationException refused) {
                Notification.show(getTranslation("merge.undo.refused"), 5000, Notification.Position.BOTTOM_START);
            }
            render();
        });

        VerticalLayout main = new VerticalLayout(header, handover, reading, actions, conversation, composerBox);
        main.setSizeFull();
        main.addClassName(LumoUtility.Overflow.AUTO);
        knowledgePanel.onInsert(e -> {
            // into the reply being written, after what the agent wrote so far
            String before = composer.getValue() == null ? "" : composer.getValue().stripTrailing();
            composerBox.start(Composer.REPLY);
            composer.setValue(before.isEmpty() ? e.text : before + "\n\n" + e.text);
        });
        VerticalLayout aside = new VerticalLayout(knowledgePanel, side);
        aside.setPadding(false);
        aside.addClassName(LumoUtility.Overflow.AUTO);
        SplitLayout split = new SplitLayout(main, aside);
        split.setSplitterPosition(70);
        split.setSizeFull();
        add(split);

        Shortcuts.addShortcutListener(this, () -> composerBox.start(Composer.REPLY), Key.KEY_R, KeyModifier.ALT);
        Shortcuts.addShortcutListener(this, () -> composerBox.start(Composer.NOTE), Key.KEY_N, KeyModifier.ALT);
        Shortcuts.addShortcutListener(this, this::openResolveDialog, Key.KEY_S, KeyModifier.ALT);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        number = event.getRouteParameters().get("number").orElse("");
        try {
            ticketId = desk.access().readable(number, me).getId();
        } catch (NotFoundException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class, getTranslation("ticket.notFound", number));
            return;
        }
        render();
    }

    /** Reads the workspace once and hands each part what it shows. */
    void render() {
        shown = reads.load(number, me);
        Instant now = clock.instant();
        header.show(shown, now, this::format);
        reading.show(shown);
        handover.show(shown, this::format);
        actions.show(shown.allowed(), me.getUsername());
        renderConversation();
        shown.customer().ifPresentOrElse(c -> side.show(shown.ticket(), c, this::format,
                (key, args) -> historyTexts.entry(key, args, getLocale(), zone)), side::removeAll);
        composerBox.setOpen(shown.ticket().getStatus() != TicketStatus.CLOSED);
        knowledgePanel.show(shown.ticket(), shown.messages());
    }

    private void renderConversation() {
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale()).withZone(zone);
        conversation.show(shown.messages(), when, new Conversation.Reader() {
            @Override
            public String author(TicketMessage m) {
                return (m.isFromAssistant() ? getTranslation("chat.assistant") : m.getAuthorName()) + " · " + (m.isInternalNote() ? getTranslation("ticket.internalNote")
                        : getTranslation("channel." + m.getChannel()));
            }

            @Override
            public String body(TicketMessage m) {
                // a note the desk wrote itself is told in this agent's language
                // the note's arguments as history renders them: "#key" translated, instants in the desk's zone
                return m.getDeskNote().map(n -> historyTexts.entry("note." + n.code(), n.arguments(), getLocale(), zone))
                        .orElse(m.getBodyText() == null ? "" : m.getBodyText());
            }

            @Override
            public List<Component> below(TicketMessage m) {
                List<Component> below = new ArrayList<>();
                for (Attachment a : m.getAttachments()) {
                    Anchor file = new Anchor(download(a), AttachmentType.DOWNLOAD,
                            "📎 " + a.fileName() + " (" + Math.max(1, a.size() / 1024) + " KB)");
                    file.addClassName("attachment");
                    below.add(file);
                }
                shown.deliveries().getOrDefault(m.getId(), List.of()).forEach(d -> below.add(deliveryStatus(d)));
                return below;
            }
        });
    }

    private DownloadHandler download(Attachment a) {
        return event -> {
            event.setFileName(a.fileName());
            event.setContentType("application/octet-stream");
            event.setContentLength(a.size());
            event.getResponse().setHeader("X-Content-Type-Options", "nosniff");
            try (var in = attachments.open(a.storageKey()); var out = event.getOutputStream()) {
                in.transferTo(out);
            }
        };
    }

    private Div deliveryStatus(OutboundDelivery d) {
        Div status = new Div();
        status.addClassName("delivery");
        status.getElement().setAttribute("data-status", d.getStatus().name());
        String channel = getTranslation("channel." + d.getChannel());
        switch (d.getStatus()) {
            case SENT -> status.setText(getTranslation("delivery.sent", channel, d.getRecipient()));
            case FAILED -> {
                status.setText(getTranslation("delivery.failed", channel, d.getRecipient(), String.valueOf(d.getLastError())));
                Button retry = new Button(getTranslation("delivery.retry"), e -> {
                    outbox.retry(d.getId());
                    render();
                });
                retry.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                retry.setId("retry-delivery-" + d.getId());
                status.add(retry);
            }
            default -> status.setText(d.getAttempts() > 0 && d.getLastError() != null
                    ? getTranslation("delivery.retrying", channel, d.getRecipient(), d.getLastError())
                    : getTranslation("delivery.pending", channel, d.getRecipient()));
        }
        return status;
    }

    /** Carries out an action chosen in the action bar. */
    private void perform(DeskAction action) {
        switch (action) {
            case CLAIM -> act(() -> desk.claim(number, me), "inbox.claimed");
            case RELEASE -> act(() -> desk.unclaim(number, me), "ticket.released");
            case ESCALATE -> openEscalateDialog();
            case WAIT_FOR_CUSTOMER -> act(() -> desk.waitForCustomer(number, null, me), "ticket.pended");
            case RESOLVE -> openResolveDialog();
            case REOPEN -> act(() -> desk.reopen(number, me), "ticket.reopened");
            case LOG_CALL -> new CallDialog(desk, customers, me, number, n -> {
                Notification.show(getTranslation("call.logged"), 3000, Notification.Position.BOTTOM_START);
                render();
            }).open();
            default -> {
            }
        }
    }

    void openEscalateDialog() {
        EscalateDialog dialog = new EscalateDialog(shown.ticket());
        dialog.onConfirm(e -> {
            if (act(() -> desk.escalate(number, e.tier, e.reason, me), "ticket.escalated")) {
                dialog.close();
            }
        });
        dialog.open();
    }

    void openResolveDialog() {
        ResolveDialog dialog = new ResolveDialog(number);
        dialog.onConfirm(e -> {
            if (act(() -> desk.resolve(number, e.code, e.summary, me), "ticket.resolved")) {
                dialog.close();
            }
        });
        dialog.open();
    }

    /** Runs a desk action; shows success, or the reason it was refused in words the agent understands. */
    boolean act(Runnable action, String successKey) {
        try {
            action.run();
            Notification.show(getTranslation(successKey, number)).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            return true;
        } catch (WorkItemConflictException e) {
            error(e.claimedBy() != null ? getTranslation("error.alreadyClaimed", number, users.displayName(e.claimedBy()))
                    : getTranslation("error.taskGone", number));
            return false;
        } catch (WorkItemForbiddenException e) {
            error(getTranslation("NOT_ASSIGNEE".equals(e.rule()) ? "error.notAssignee" : "error.notInGroup"));
            return false;
        } catch (FieldException e) {
            error(translatedOr("error.field." + e.field(), "error.field"));
            return false;
        } catch (RuleViolationException e) {
            error(translatedOr("error.rule." + e.rule(), "error.rule", e.arguments().toArray()));
            return false;
        } finally {
            try {
                render();
            } catch (NotFoundException movedAway) {
                // the action sent the ticket to a tier this agent does not work (a check that made it a payment case)
                Notification.show(getTranslation("ticket.movedAway", number), 5000, Notification.Position.BOTTOM_START);
                getUI().ifPresent(ui -> ui.navigate(io.sportello.ui.desk.inbox.InboxView.class));
            }
        }
    }

    /**
     * The text for a refusal's field or rule code in the reader's language, or a general one in that language: the
     * server's own (English) explanation is for logs and the API, never shown here.
     */
    private String translatedOr(String key, String generalKey, Object... arguments) {
        String text = getTranslation(key, arguments);
        return text.startsWith("!{") ? getTranslation(generalKey) : text;
    }

    private void error(String message) {
        Notification n = Notification.show(message, 6000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private String format(Instant at) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale()).withZone(zone).format(at);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        unregister = broadcaster.register(change -> {
            if (ticketId != null && ticketId.equals(change.ticketId())) {
                ui.access(this::render);
            }
        });
        // live chat: the customer's messages appear as they are written
        unregisterMessages = messageBroadcaster.register(added -> {
            if (ticketId != null && ticketId.equals(added.ticketId())) {
                ui.access(this::render);
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (unregister != null) {
            unregister.run();
        }
        if (unregisterMessages != null) {
            unregisterMessages.run();
        }
    }

    @Override
    public String getPageTitle() {
        return number == null ? getTranslation("ticket.title") : number;
    }
}
