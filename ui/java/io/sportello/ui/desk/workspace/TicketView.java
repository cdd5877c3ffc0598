package io.sportello.ui.desk.workspace;

import io.sportello.ui.shell.WorkItemBroadcaster;
import io.sportello.ui.shell.DeskZone;
import io.sportello.ui.shell.MessageBroadcaster;
import io.sportello.ui.component.SlaBadge;
import io.sportello.security.Role;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.streams.DownloadHandler;
import io.sportello.intake.OutboundDelivery;
import io.sportello.intake.Outbox;
import io.sportello.intake.LiveChat;
import io.sportello.intake.ChatSession;
import io.sportello.ticket.Attachment;
import io.sportello.ticket.AttachmentStore;
import io.sportello.commerce.CommerceService;
import io.sportello.commerce.OrderSummary;
import io.sportello.customer.Customer;
import io.sportello.customer.CustomerService;
import io.sportello.shared.FieldException;
import io.sportello.desk.AllowedActions;
import io.sportello.desk.DeskAction;
import io.sportello.desk.TicketDesk;
import io.sportello.knowledge.ReplyTemplates;
import io.sportello.security.CurrentUser;
import io.sportello.security.SportelloUser;
import io.sportello.security.UserAccountService;
import io.sportello.shared.NotFoundException;
import io.sportello.shared.RuleViolationException;
import io.sportello.sla.SlaClock;
import io.sportello.sla.SlaService;
import io.sportello.ticket.Category;
import io.sportello.ticket.Priority;
import io.sportello.ticket.ResolutionCode;
import io.sportello.ticket.Ticket;
import io.sportello.ticket.TicketFilter;
import io.sportello.ticket.TicketMessage;
import io.sportello.ticket.TicketService;
import io.sportello.ticket.TicketStatus;
import io.sportello.ticket.Tier;
import io.sportello.workflow.WorkItemConflictException;
import io.sportello.workflow.WorkItemForbiddenException;
import io.sportello.workflow.WorkItems;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * The ticket workspace: header with status and SLA clocks, the whole conversation across channels
 * (internal notes set apart), a composer for replies and notes with templates, the actions of the
 * ticket's process, and the customer with identities, earlier tickets and orders beside it.
 */
@Route("ticket/:number")
@RolesAllowed({Role.Names.AGENT, Role.Names.SUPERVISOR, Role.Names.ADMIN})
public class TicketView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ZoneId zone;


    private final TicketDesk desk;
    private final TicketService tickets;
    private final WorkItems workItems;
    private final CustomerService customers;
    private final CommerceService commerce;
    private final SlaService sla;
    private final ReplyTemplates templates;
    private final WorkItemBroadcaster broadcaster;
    private final Clock clock;
    private final UserAccountService users;
    private final SportelloUser me;
    private final Outbox outbox;
    private final AttachmentStore attachments;

    private String number;
    private Long ticketId;
    private Runnable unregister;
    private Runnable unregisterMessages;
    private final MessageBroadcaster messageBroadcaster;
    private final LiveChat liveChat;

    final Div header = new Div();
    final VerticalLayout conversation = new VerticalLayout();
    final TextArea composer = new TextArea();
    final RadioButtonGroup<String> kind = new RadioButtonGroup<>();
    final ComboBox<ReplyTemplates.Template> template = new ComboBox<>();
    final Button send = new Button();
    final HorizontalLayout actions = new HorizontalLayout();
    final VerticalLayout side = new VerticalLayout();

    public TicketView(TicketDesk desk, TicketService tickets, WorkItems workItems, CustomerService customers,
                      CommerceService commerce, SlaService sla, ReplyTemplates templates, WorkItemBroadcaster broadcaster,
                      Clock clock, UserAccountService users, CurrentUser currentUser, Outbox outbox,
                      AttachmentStore attachments, MessageBroadcaster messageBroadcaster, LiveChat liveChat,
                      DeskZone deskZone) {
        this.zone = deskZone.get();
        this.messageBroadcaster = messageBroadcaster;
        this.liveChat = liveChat;
        this.outbox = outbox;
        this.attachments = attachments;
        this.desk = desk;
        this.tickets = tickets;
        this.workItems = workItems;
        this.customers = customers;
        this.commerce = commerce;
        this.sla = sla;
        this.templates = templates;
        this.broadcaster = broadcaster;
        this.clock = clock;
        this.users = users;
        this.me = currentUser.require();
        setSizeFull();
        setPadding(false);

        conversation.setId("conversation");
        conversation.setPadding(false);
        composer.setLabel(getTranslation("ticket.composer"));
        composer.setWidthFull();
        composer.setMinHeight("8em");
        composer.setId("composer");
        kind.setLabel(getTranslation("ticket.composer.kind"));
        kind.setItems("reply", "note");
        kind.setItemLabelGenerator(k -> getTranslation("ticket.composer." + k));
        kind.setValue("reply");
        kind.setId("composer-kind");
        template.setLabel(getTranslation("ticket.template"));
        template.setItemLabelGenerator(ReplyTemplates.Template::title);
        template.setItems(templates.list(getLocale()));
        template.setId("template");
        template.addValueChangeListener(e -> {
            if (e.getValue() != null && number != null) {
                composer.setValue(templates.render(e.getValue().id(), ticket().getId(), me.getDisplayName()));
                template.clear();
            }
        });
        send.setText(getTranslation("ticket.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("send");
        send.addClickListener(e -> send());
        HorizontalLayout composerBar = new HorizontalLayout(kind, template, send);
        composerBar.setAlignItems(FlexComponent.Alignment.BASELINE);
        actions.setId("actions");
        actions.getStyle().set("flex-wrap", "wrap");

        VerticalLayout main = new VerticalLayout(header, actions, conversation, composer, composerBar);
        main.setSizeFull();
        main.getStyle().set("overflow", "auto");
        side.setId("side-panel");
        side.getStyle().set("overflow", "auto");
        SplitLayout split = new SplitLayout(main, side);
        split.setSplitterPosition(70);
        split.setSizeFull();
        add(split);

        Shortcuts.addShortcutListener(this, () -> {
            kind.setValue("reply");
            composer.focus();
        }, Key.KEY_R, KeyModifier.ALT);
        Shortcuts.addShortcutListener(this, () -> {
            kind.setValue("note");
            composer.focus();
        }, Key.KEY_N, KeyModifier.ALT);
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

    Ticket ticket() {
        return tickets.getByNumber(number);
    }

    void render() {
        Ticket ticket = ticket();
        renderHeader(ticket);
        renderActions(ticket);
        renderConversation(ticket);
        renderSide(ticket);
        boolean closed = ticket.getStatus() == TicketStatus.CLOSED;
        composer.setEnabled(!closed);
        send.setEnabled(!closed);
    }

    private void renderHeader(Ticket ticket) {
        header.removeAll();
        H2 title = new H2(ticket.getNumber() + " · " + ticket.getSubject());
        title.getStyle().set("margin", "0").set("font-size", "var(--lumo-font-size-xl)");
        title.setId("ticket-title");
        Optional<SlaClock> clockOf = sla.find(ticket.getId());
        Span status = chip(getTranslation("status." + ticket.getStatus()), "ticket-status");
        Select<Priority> priority = new Select<>();
        priority.setLabel(getTranslation("inbox.col.priority"));
        priority.setItems(Priority.values());
        priority.setItemLabelGenerator(p -> getTranslation("priority." + p));
        priority.setValue(ticket.getPriority());
        priority.setId("priority");
        priority.setEnabled(ticket.isOpen());
        priority.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                act(() -> desk.changePriority(number, e.getValue(), me), "ticket.changed");
            }
        });
        Select<Category> category = new Select<>();
        category.setLabel(getTranslation("inbox.col.category"));
        category.setItems(Category.values());
        category.setItemLabelGenerator(c -> getTranslation("category." + c));
        category.setValue(ticket.getCategory());
        category.setId("category");
        category.setEnabled(ticket.isOpen());
        category.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                act(() -> desk.changeCategory(number, e.getValue(), me), "ticket.changed");
            }
        });
        HorizontalLayout facts = new HorizontalLayout(status, chip(ticket.getTier().name(), "ticket-tier"),
                chip(getTranslation("channel." + ticket.getChannel()), "ticket-channel"), priority, category);
        facts.setAlignItems(FlexComponent.Alignment.BASELINE);
        Span assignee = new Span(getTranslation("ticket.assignee", ticket.getAssignee() == null
                ? getTranslation("ticket.unassigned") : users.displayName(ticket.getAssignee())));
        assignee.setId("ticket-assignee");
        HorizontalLayout slaLine = new HorizontalLayout();
        slaLine.setId("sla-clocks");
        slaLine.add(new Span(getTranslation("sla.firstResponse")));
        if (ticket.getFirstResponseAt() != null) {
            slaLine.add(chip(getTranslation("sla.met", format(ticket.getFirstResponseAt())), "sla-first-response"));
        } else {
            Span badge = SlaBadge.of(ticket.getFirstResponseDue(), null, ticket.isSlaPaused(), clock.instant(), sla, this::getTranslation);
            badge.setId("sla-first-response");
            slaLine.add(badge);
        }
        slaLine.add(new Span(getTranslation("sla.resolution")));
        Span resolution = ticket.getResolvedAt() != null
                ? chip(getTranslation("sla.resolvedAt", format(ticket.getResolvedAt())), "sla-resolution")
                : SlaBadge.of(ticket.getResolutionDue(), clockOf.orElse(null), ticket.isSlaPaused(), clock.instant(), sla,
                this::getTranslation);
        resolution.setId("sla-resolution");
        slaLine.add(resolution);
        header.add(title, facts, assignee, slaLine);
        liveChat.latestOf(ticket.getId()).ifPresent(chat -> header.add(chatBanner(chat)));
    }

    private Span chatBanner(ChatSession chat) {
        long waited = chat.waited(clock.instant()).toSeconds();
        String text = switch (chat.getStatus()) {
            case WAITING -> getTranslation("chat.agent.waiting", waited / 60, waited % 60);
            case ACTIVE -> getTranslation("chat.agent.active", waited / 60, waited % 60);
            case ENDED -> getTranslation("chat.agent.ended");
            case ABANDONED -> getTranslation("chat.agent.abandoned", waited / 60, waited % 60);
        };
        Span banner = chip(text, "chat-banner");
        banner.getElement().setAttribute("data-status", chat.getStatus().name());
        if (chat.getStatus() == ChatSession.Status.WAITING || chat.getStatus() == ChatSession.Status.ABANDONED) {
            banner.getStyle().set("background", "var(--lumo-error-color-10pct)").set("color", "var(--lumo-error-text-color)");
        } else if (chat.getStatus() == ChatSession.Status.ACTIVE) {
            banner.getStyle().set("background", "var(--lumo-success-color-10pct)").set("color", "var(--lumo-success-text-color)");
        }
        return banner;
    }

    /** The action bar: exactly the actions the desk allows this person now ({@link TicketDesk#allowedActions}). */
    private void renderActions(Ticket ticket) {
        actions.removeAll();
        AllowedActions allowed = desk.allowedActions(number, me);
        boolean claimedByMe = allowed.task().map(t -> me.getUsername().equals(t.assignee())).orElse(false);
        if (allowed.allows(DeskAction.CLAIM) && !claimedByMe) {
            actions.add(button("action.claim", "action-claim", () -> act(() -> desk.claim(number, me), "inbox.claimed")));
        }
        if (allowed.allows(DeskAction.RELEASE) && claimedByMe) {
            actions.add(button("action.unclaim", "action-unclaim", () -> act(() -> desk.unclaim(number, me), "ticket.released")));
        }
        if (allowed.allows(DeskAction.ESCALATE)) {
            actions.add(button("action.escalate", "action-escalate", this::openEscalateDialog));
        }
        if (allowed.allows(DeskAction.WAIT_FOR_CUSTOMER)) {
            actions.add(button("action.pend", "action-pend", () -> act(() -> desk.waitForCustomer(number, null, me), "ticket.pended")));
        }
        if (allowed.allows(DeskAction.RESOLVE)) {
            Button resolve = button("action.resolve", "action-resolve", this::openResolveDialog);
            resolve.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
            actions.add(resolve);
        }
        if (allowed.allows(DeskAction.REOPEN)) {
            actions.add(button("action.reopen", "action-reopen", () -> act(() -> desk.reopen(number, me), "ticket.reopened")));
        }
        if (allowed.allows(DeskAction.LOG_CALL)) {
            actions.add(button("action.logCall", "action-log-call", () -> new CallDialog(desk, customers, me, number, n -> {
                Notification.show(getTranslation("call.logged"), 3000, Notification.Position.BOTTOM_START);
                render();
            }).open()));
        }
    }

    private void renderConversation(Ticket ticket) {
        conversation.removeAll();
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale()).withZone(zone);
        java.util.Map<Long, List<OutboundDelivery>> deliveries = outbox.ofTicket(ticket.getId()).stream()
                .filter(d -> d.getMessageId() != null)
                .collect(java.util.stream.Collectors.groupingBy(OutboundDelivery::getMessageId));
        for (TicketMessage m : tickets.messages(ticket.getId())) {
            Div card = new Div();
            card.addClassName("message");
            card.getElement().setAttribute("data-visibility", m.getVisibility().name());
            card.getStyle().set("padding", ".5em .75em").set("border-radius", "var(--lumo-border-radius-m)").set("width", "100%")
                    .set("box-sizing", "border-box");
            if (m.isInternalNote()) {
                card.getStyle().set("background", "#fff8e1").set("border-left", "4px solid #f0b400");
            } else if (m.getDirection() == io.sportello.ticket.Direction.INBOUND) {
                card.getStyle().set("background", "var(--lumo-contrast-5pct)");
            } else {
                card.getStyle().set("background", "var(--lumo-primary-color-10pct)");
            }
            String label = m.isInternalNote() ? getTranslation("ticket.internalNote")
                    : getTranslation("channel." + m.getChannel());
            // plain elements, not components: a long thread stays light to render and to send
            Element meta = new Element("div");
            meta.setText(m.getAuthorName() + " · " + label + " · " + when.format(m.getCreatedAt()));
            meta.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
            Element body = new Element("p");
            // a note the desk wrote itself is told in this agent's language
            body.setText(m.getDeskNote().map(n -> getTranslation("note." + n.code(), n.arguments().toArray()))
                    .orElse(m.getBodyText() == null ? "" : m.getBodyText()));
            body.getStyle().set("white-space", "pre-wrap").set("margin", ".25em 0 0 0");
            card.getElement().appendChild(meta, body);
            for (Attachment a : m.getAttachments()) {
                Anchor file = new Anchor(download(a), AttachmentType.DOWNLOAD,
                        "📎 " + a.fileName() + " (" + Math.max(1, a.size() / 1024) + " KB)");
                file.addClassName("attachment");
                file.getStyle().set("display", "block").set("font-size", "var(--lumo-font-size-s)");
                card.add(file);
            }
            for (OutboundDelivery d : deliveries.getOrDefault(m.getId(), List.of())) {
                card.add(deliveryStatus(d));
            }
            conversation.add(card);
        }
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
        status.getStyle().set("font-size", "var(--lumo-font-size-s)");
        String channel = getTranslation("channel." + d.getChannel());
        switch (d.getStatus()) {
            case SENT -> {
                status.setText(getTranslation("delivery.sent", channel, d.getRecipient()));
                status.getStyle().set("color", "var(--lumo-success-text-color)");
            }
            case FAILED -> {
                status.setText(getTranslation("delivery.failed", channel, d.getRecipient(), String.valueOf(d.getLastError())));
                status.getStyle().set("color", "var(--lumo-error-text-color)");
                Button retry = new Button(getTranslation("delivery.retry"), e -> {
                    outbox.retry(d.getId());
                    render();
                });
                retry.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                retry.setId("retry-delivery-" + d.getId());
                status.add(retry);
            }
            default -> {
                status.setText(d.getAttempts() > 0 && d.getLastError() != null
                        ? getTranslation("delivery.retrying", channel, d.getRecipient(), d.getLastError())
                        : getTranslation("delivery.pending", channel, d.getRecipient()));
                status.getStyle().set("color", "var(--lumo-secondary-text-color)");
            }
        }
        return status;
    }

    private void renderSide(Ticket ticket) {
        side.removeAll();
        if (ticket.getCustomerId() == null) {
            return;
        }
        Customer customer = customers.get(ticket.getCustomerId());
        side.add(new H3(customer.getDisplayName()));
        Button merge = new Button(getTranslation("merge.open"), e -> new MergeDialog(desk, customers, me, customer, () -> {
            Notification.show(getTranslation("merge.done"), 3000, Notification.Position.BOTTOM_START);
            render();
        }).open());
        merge.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        merge.setId("action-merge");
        // merging two people's records moves tickets and orders: a supervisor's decision
        boolean supervises = me.hasRole(io.sportello.security.Role.SUPERVISOR) || me.hasRole(io.sportello.security.Role.ADMIN);
        merge.setVisible(supervises);
        side.add(merge);
        if (supervises) {
            // merges into this customer that still stand: each can be undone (both people are told by e-mail)
            customers.merges(customer.getId()).stream()
                    .filter(m -> !m.isUndone() && m.getTargetId().equals(customer.getId()))
                    .forEach(m -> side.add(mergeLine(m)));
        }
        side.add(new Span(getTranslation("customer.value." + customer.getValue())));
        Div identities = new Div();
        identities.setId("identities");
        customers.identities(customer.getId()).forEach(i -> identities.add(new Paragraph(getTranslation("channel." + i.getChannel()) + ": " + i.getHandle())));
        side.add(new H3(getTranslation("ticket.side.identities")), identities);

        Div earlier = new Div();
        earlier.setId("earlier-tickets");
        // the customer's other tickets, as far as this agent may see them (no fraud case of theirs shows up for L1)
        tickets.search(new TicketFilter(null, null, null, null, null, customer.getId(), null, null, null, null)
                                .within(desk.access().scopeFor(me)),
                        PageRequest.of(0, 10, Sort.by(Sort.Direction.DESC, "createdAt")))
                .stream().filter(t -> !t.getId().equals(ticket.getId()))
                .forEach(t -> earlier.add(new Paragraph(new Anchor("ticket/" + t.getNumber(), t.getNumber()),
                        new Span(" " + t.getSubject() + " · " + getTranslation("status." + t.getStatus())))));
        side.add(new H3(getTranslation("ticket.side.earlier")), earlier);

        Div orders = new Div();
        orders.setId("orders");
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        for (OrderSummary o : commerce.ordersOf(customer.getId())) {
            Div order = new Div(new Span(o.orderNumber() + " · " + getTranslation("order.status." + o.status())
                    + " · " + money(o.total(), o.currency())));
            if (o.isShipped()) {
                Span shipment = new Span(o.carrier() + " " + o.trackingCode() + " · "
                        + getTranslation("shipment.status." + o.shipmentStatus())
                        + (o.expectedDelivery() != null && o.deliveredAt() == null
                        ? " · " + getTranslation("ticket.side.expected", date.format(o.expectedDelivery())) : ""));
                order.add(new Paragraph(shipment));
                if (o.trackingUrl() != null) {
                    Anchor tracking = new Anchor(o.trackingUrl(), getTranslation("ticket.side.tracking"));
                    tracking.setTarget("_blank");
                    tracking.getElement().setAttribute("rel", "noopener noreferrer");
                    order.add(tracking);
                }
            }
            order.getStyle().set("margin-bottom", ".75em");
            if (o.orderNumber().equalsIgnoreCase(String.valueOf(ticket.getOrderNumber()))) {
                order.getStyle().set("font-weight", "600");
            }
            orders.add(order);
        }
        side.add(new H3(getTranslation("ticket.side.orders")), orders);
    }

    void send() {
        String text = composer.getValue();
        if (text == null || text.isBlank()) {
            composer.setInvalid(true);
            composer.setErrorMessage(getTranslation("ticket.composer.empty"));
            return;
        }
        composer.setInvalid(false);
        boolean note = "note".equals(kind.getValue());
        if (act(() -> {
            if (note) {
                desk.internalNote(number, text, me);
            } else {
                desk.agentReply(number, text, me);
            }
        }, note ? "ticket.noteAdded" : "ticket.replySent")) {
            composer.clear();
        }
    }

    void openEscalateDialog() {
        Ticket ticket = ticket();
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("escalate.title", ticket.getNumber()));
        Select<Tier> tier = new Select<>();
        tier.setLabel(getTranslation("escalate.tier"));
        List<Tier> higher = Arrays.stream(Tier.values()).filter(t -> t.ordinal() > ticket.getTier().ordinal()).toList();
        tier.setItems(higher);
        tier.setValue(higher.isEmpty() ? null : higher.get(0));
        tier.setId("escalate-tier");
        TextArea reason = new TextArea(getTranslation("escalate.reason"));
        reason.setRequired(true);
        reason.setWidthFull();
        reason.setId("escalate-reason");
        Button confirm = new Button(getTranslation("action.escalate"), e -> {
            if (reason.getValue().isBlank()) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation("escalate.reasonRequired"));
                return;
            }
            if (act(() -> desk.escalate(number, tier.getValue(), reason.getValue(), me), "ticket.escalated")) {
                dialog.close();
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setId("escalate-confirm");
        dialog.add(new VerticalLayout(tier, reason));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }

    void openResolveDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("resolve.title", number));
        Select<ResolutionCode> code = new Select<>();
        code.setLabel(getTranslation("resolve.code"));
        code.setItems(Arrays.stream(ResolutionCode.values())
                .filter(c -> c != ResolutionCode.SELF_SERVICE && c != ResolutionCode.NO_CUSTOMER_REPLY).toList());
        code.setItemLabelGenerator(c -> getTranslation("resolution." + c));
        code.setValue(ResolutionCode.ANSWERED);
        code.setId("resolve-code");
        TextArea summary = new TextArea(getTranslation("resolve.summary"));
        summary.setWidthFull();
        summary.setId("resolve-summary");
        Button confirm = new Button(getTranslation("action.resolve"), e -> {
            if (act(() -> desk.resolve(number, code.getValue(), summary.getValue(), me), "ticket.resolved")) {
                dialog.close();
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        confirm.setId("resolve-confirm");
        dialog.add(new VerticalLayout(code, summary));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), confirm);
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
            error(translatedOr("error.rule." + e.rule(), "error.rule"));
            return false;
        } finally {
            render();
        }
    }

    /**
     * The text for a refusal's field or rule code in the reader's language, or a general one in that language: the
     * server's own (English) explanation is for logs and the API, never shown here.
     */
    private String translatedOr(String key, String generalKey) {
        String text = getTranslation(key);
        return text.startsWith("!{") ? getTranslation(generalKey) : text;
    }

    private void error(String message) {
        Notification n = Notification.show(message, 6000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private Button button(String key, String id, Runnable action) {
        Button b = new Button(getTranslation(key), e -> action.run());
        b.setId(id);
        return b;
    }

    private static Span chip(String text, String id) {
        Span s = new Span(text);
        s.setId(id);
        s.getStyle().set("padding", "0 .6em").set("border-radius", "1em").set("background", "var(--lumo-contrast-10pct)")
                .set("font-size", "var(--lumo-font-size-s)");
        return s;
    }

    private Div mergeLine(io.sportello.customer.CustomerMerge m) {
        Div line = new Div();
        line.setId("merge-" + m.getId());
        line.add(new Span(getTranslation("merge.standing", customers.get(m.getSourceId()).getDisplayName(),
                format(m.getMergedAt()), m.getMergedBy())));
        Button undo = new Button(getTranslation("merge.undo"), e -> {
            try {
                desk.undoMerge(m.getId(), me);
                Notification.show(getTranslation("merge.undone"), 3000, Notification.Position.BOTTOM_START);
            } catch (RuleViolationException ex) {
                Notification.show(getTranslation("merge.undo.refused"), 5000, Notification.Position.BOTTOM_START);
            }
            render();
        });
        undo.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        undo.setId("undo-merge-" + m.getId());
        line.add(undo);
        line.getStyle().set("font-size", "var(--lumo-font-size-s)");
        return line;
    }

    /** An amount as the reader writes it: "€123.45" in English, "123,45 €" in Italian. */
    private String money(java.math.BigDecimal amount, String currency) {
        java.text.NumberFormat format = java.text.NumberFormat.getCurrencyInstance(getLocale().getCountry().isEmpty()
                ? Locale.forLanguageTag(getLocale().getLanguage() + ("it".equals(getLocale().getLanguage()) ? "-IT" : "-IE"))
                : getLocale());
        try {
            format.setCurrency(java.util.Currency.getInstance(currency));
        } catch (IllegalArgumentException | NullPointerException unknown) {
            return amount + (currency == null ? "" : " " + currency);
        }
        return format.format(amount);
    }

    private String format(java.time.Instant at) {
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
