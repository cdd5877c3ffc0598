package io.sportello.ui.desk.inbox;

import io.sportello.ui.shell.WorkItemBroadcaster;
import io.sportello.ui.component.SlaBadge;
import io.sportello.ui.desk.team.TeamView;
import io.sportello.ui.desk.workspace.TicketView;
import io.sportello.ui.desk.workspace.CallDialog;
import io.sportello.security.Role;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.sportello.customer.CustomerService;
import io.sportello.desk.TicketDesk;
import io.sportello.security.CurrentUser;
import io.sportello.security.SportelloUser;
import io.sportello.security.UserAccountService;
import io.sportello.shared.Channel;
import io.sportello.sla.SlaService;
import io.sportello.ticket.Category;
import io.sportello.ticket.Priority;
import io.sportello.ticket.TicketStatus;
import io.sportello.ticket.Tier;
import io.sportello.desk.Inbox;
import io.sportello.desk.InboxEntry;
import io.sportello.desk.InboxFilter;
import io.sportello.workflow.WorkItemConflictException;
import io.sportello.workflow.WorkItemForbiddenException;
import io.sportello.workflow.WorkItemScope;
import io.sportello.workflow.WorkItems;
import io.sportello.workflow.Worker;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.util.stream.Stream;

/**
 * The agent inbox: my work, my team's unclaimed queue and (supervisors) everything open, ordered by the
 * time left before the SLA escalation, filterable, loaded lazily and refreshed live when tasks change.
 */
@Route("inbox")
@Menu(title = "menu.inbox", order = 1)
@RolesAllowed({Role.Names.AGENT, Role.Names.SUPERVISOR, Role.Names.ADMIN})
public class InboxView extends VerticalLayout implements HasDynamicTitle {

    final Tabs tabs = new Tabs();
    final Tab mine = new Tab();
    final Tab team = new Tab();
    final Tab all = new Tab();
    final Grid<InboxEntry> grid = new Grid<>();
    final TextField search = new TextField();
    final MultiSelectComboBox<Channel> channels = new MultiSelectComboBox<>();
    final MultiSelectComboBox<Priority> priorities = new MultiSelectComboBox<>();
    final MultiSelectComboBox<Category> categories = new MultiSelectComboBox<>();
    final MultiSelectComboBox<Tier> tiers = new MultiSelectComboBox<>();
    final MultiSelectComboBox<TicketStatus> statuses = new MultiSelectComboBox<>();

    private final WorkItems workItems;
    private final Inbox inbox;
    private final TicketDesk desk;
    private final CustomerService customers;
    private final SlaService sla;
    private final Clock clock;
    private final WorkItemBroadcaster broadcaster;
    private final UserAccountService users;
    private final SportelloUser me;
    private final Worker worker;
    private Runnable unregister;
    private final io.sportello.routing.TaskRouter router;
    private final io.sportello.ticket.TicketService tickets;

    public InboxView(WorkItems workItems, Inbox inbox, TicketDesk desk, CustomerService customers, SlaService sla, Clock clock,
                     WorkItemBroadcaster broadcaster, UserAccountService users, CurrentUser currentUser,
                     io.sportello.routing.TaskRouter router, io.sportello.ticket.TicketService tickets) {
        this.router = router;
        this.tickets = tickets;
        this.workItems = workItems;
        this.inbox = inbox;
        this.desk = desk;
        this.customers = customers;
        this.sla = sla;
        this.clock = clock;
        this.broadcaster = broadcaster;
        this.users = users;
        this.me = currentUser.require();
        this.worker = TicketDesk.worker(me);
        setSizeFull();

        mine.setLabel(getTranslation("inbox.tab.mine"));
        team.setLabel(getTranslation("inbox.tab.team"));
        all.setLabel(getTranslation("inbox.tab.all"));
        mine.setId("tab-mine");
        team.setId("tab-team");
        all.setId("tab-all");
        tabs.add(mine, team);
        if (worker.supervisor()) {
            tabs.add(all);
        }
        tabs.setSelectedTab(team);
        tabs.addSelectedChangeListener(e -> refresh());

        search.setLabel(getTranslation("inbox.filter.text"));
        search.setPlaceholder(getTranslation("inbox.filter.textPlaceholder"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        search.setId("inbox-search");
        setUpFilter(channels, "inbox.filter.channel", Channel.values(), "channel.");
        setUpFilter(priorities, "inbox.filter.priority", Priority.values(), "priority.");
        setUpFilter(categories, "inbox.filter.category", Category.values(), "category.");
        setUpFilter(tiers, "inbox.filter.tier", Tier.values(), "tier.");
        setUpFilter(statuses, "inbox.filter.status", TicketStatus.values(), "status.");
        HorizontalLayout filters = new HorizontalLayout(search, channels, priorities, categories, tiers, statuses);
        filters.setWidthFull();
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.addClassName(com.vaadin.flow.theme.lumo.LumoUtility.FlexWrap.WRAP);

        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setId("inbox-grid");
        grid.addColumn(InboxEntry::number).setHeader(getTranslation("inbox.col.number")).setAutoWidth(true).setFlexGrow(0)
                .setKey("number");
        grid.addColumn(InboxEntry::subject).setHeader(getTranslation("inbox.col.subject")).setFlexGrow(3)
                .setWidth("14em").setKey("subject");
        grid.addColumn(InboxEntry::customer).setHeader(getTranslation("inbox.col.customer")).setFlexGrow(1).setKey("customer");
        grid.addComponentColumn(l -> channelIcon(l.channel())).setHeader(getTranslation("inbox.col.channel"))
                .setAutoWidth(true).setFlexGrow(0).setKey("channel");
        grid.addColumn(l -> getTranslation("category." + l.category())).setHeader(getTranslation("inbox.col.category"))
                .setAutoWidth(true).setKey("category");
        grid.addColumn(l -> getTranslation("priority." + l.priority())).setHeader(getTranslation("inbox.col.priority"))
                .setAutoWidth(true).setFlexGrow(0).setKey("priority");
        grid.addColumn(l -> l.tier().name()).setHeader(getTranslation("inbox.col.tier")).setAutoWidth(true)
                .setFlexGrow(0).setKey("tier");
        grid.addColumn(l -> getTranslation("status." + l.status())).setHeader(getTranslation("inbox.col.status"))
                .setAutoWidth(true).setKey("status");
        grid.addComponentColumn(l -> SlaBadge.of(l.item().dueAt(), l.sla(), l.slaPaused(), clock.instant(),
                sla, this::getTranslation)).setHeader(getTranslation("inbox.col.sla")).setAutoWidth(true).setKey("sla");
        grid.addColumn(l -> l.item().assignee() == null ? "" : l.item().assignee())
                .setHeader(getTranslation("inbox.col.assignee")).setAutoWidth(true).setKey("assignee");
        grid.addColumn(l -> SlaBadge.format(Duration.between(l.ticketCreatedAt(), clock.instant()),
                this::getTranslation))
                .setHeader(getTranslation("inbox.col.age")).setAutoWidth(true).setFlexGrow(0).setKey("age");
        grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0).setFrozenToEnd(true).setKey("actions");
        grid.addItemClickListener(e -> {
            if (e.getColumn() == null || !"actions".equals(e.getColumn().getKey())) {
                UI.getCurrent().navigate(TicketView.class, new com.vaadin.flow.router.RouteParameters("number",
                        e.getItem().number()));
            }
        });
        grid.setItems(query -> fetch(query.getOffset(), query.getLimit()), query -> (int) count());
        grid.setSizeFull();

        com.vaadin.flow.component.button.Button logCall = new com.vaadin.flow.component.button.Button(
                getTranslation("action.logCall"), e -> new CallDialog(desk, customers, me, null,
                n -> getUI().ifPresent(ui -> ui.navigate("ticket/" + n))).open());
        logCall.setId("inbox-log-call");
        com.vaadin.flow.component.button.Button next = new com.vaadin.flow.component.button.Button(
                getTranslation("inbox.next"), e -> nextTicket());
        next.setId("inbox-next");
        next.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout actions = new HorizontalLayout(next, logCall);
        HorizontalLayout top = new HorizontalLayout(tabs, actions);
        top.setWidthFull();
        top.setJustifyContentMode(com.vaadin.flow.component.orderedlayout.FlexComponent.JustifyContentMode.BETWEEN);
        add(top, filters, grid);
        expand(grid);
    }

    /** Pull mode: the most urgent ticket the agent may take, opened at once; otherwise why there is none. */
    private void nextTicket() {
        io.sportello.routing.TaskRouter.Next next = router.next(me.getUsername());
        if (next.item().isPresent()) {
            String number = tickets.get(next.item().get().ticketId()).getNumber();
            Notification.show(getTranslation("inbox.next.assigned", number));
            UI.getCurrent().navigate(TicketView.class, new com.vaadin.flow.router.RouteParameters("number", number));
        } else {
            Notification.show(getTranslation("inbox.next." + next.why().name()))
                    .addThemeVariants(NotificationVariant.LUMO_CONTRAST);
        }
    }

    private <T extends Enum<T>> void setUpFilter(MultiSelectComboBox<T> box, String label, T[] values, String prefix) {
        box.setLabel(getTranslation(label));
        box.setItems(values);
        box.setItemLabelGenerator(v -> getTranslation(prefix + v.name()));
        box.addValueChangeListener(e -> refresh());
        box.setWidth("9em");
    }

    WorkItemScope scope() {
        Tab selected = tabs.getSelectedTab();
        return selected == mine ? WorkItemScope.MINE : selected == all ? WorkItemScope.ALL : WorkItemScope.MY_GROUPS;
    }

    InboxFilter filter() {
        return new InboxFilter(channels.getValue(), priorities.getValue(), categories.getValue(), tiers.getValue(),
                statuses.getValue(), search.getValue());
    }

    private Stream<InboxEntry> fetch(int offset, int limit) {
        return inbox.page(worker, scope(), filter(), offset, limit).stream();
    }

    private long count() {
        return inbox.count(worker, scope(), filter());
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private HorizontalLayout actions(InboxEntry line) {
        HorizontalLayout actions = new HorizontalLayout();
        String assignee = line.item().assignee();
        if (assignee == null) {
            Button claim = new Button(getTranslation("action.claim"), e -> claim(line));
            claim.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            claim.setId("claim-" + line.number());
            actions.add(claim);
        } else if (assignee.equals(me.getUsername()) || worker.supervisor()) {
            Button release = new Button(getTranslation("action.unclaim"), e -> unclaim(line));
            release.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            release.setId("unclaim-" + line.number());
            actions.add(release);
        }
        if (worker.supervisor()) {
            Button reassign = new Button(getTranslation("team.reassign"), e -> TeamView.reassign(line.item().id(),
                    line.number(), worker, users, router, this::refresh));
            reassign.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            reassign.setId("reassign-" + line.number());
            actions.add(reassign);
        }
        return actions;
    }

    void claim(InboxEntry line) {
        try {
            workItems.claim(line.item().id(), worker);
            Notification.show(getTranslation("inbox.claimed", line.number()));
        } catch (WorkItemConflictException lost) {
            Notification n = Notification.show(lost.claimedBy() != null
                    ? getTranslation("error.alreadyClaimed", line.number(), users.displayName(lost.claimedBy()))
                    : getTranslation("error.taskGone", line.number()));
            n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        } catch (WorkItemForbiddenException forbidden) {
            Notification.show(getTranslation("error.notInGroup")).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        refresh();
    }

    void unclaim(InboxEntry line) {
        try {
            workItems.unclaim(line.item().id(), worker);
        } catch (WorkItemConflictException e) {
            Notification.show(getTranslation("error.taskGone", line.number()))
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        } catch (WorkItemForbiddenException e) {
            Notification.show(getTranslation("error.notAssignee")).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        refresh();
    }

    static com.vaadin.flow.component.Component channelIcon(Channel channel) {
        VaadinIcon icon = switch (channel) {
            case EMAIL -> VaadinIcon.ENVELOPE;
            case WEB_FORM -> VaadinIcon.FORM;
            case CHAT -> VaadinIcon.CHAT;
            case PHONE -> VaadinIcon.PHONE;
            case WHATSAPP -> VaadinIcon.MOBILE;
            case SOCIAL -> VaadinIcon.USERS;
        };
        var component = icon.create();
        component.setSize("1em");
        component.getElement().setAttribute("title", channel.name());
        component.getElement().setAttribute("aria-label", channel.name());
        return component;
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        unregister = broadcaster.register(change -> {
            if (concernsMe(change)) {
                ui.access(this::refresh);
            }
        });
    }

    /** Whether a task change can alter one of my tabs: my groups' queue, my own work, or (supervisors) anything. */
    private boolean concernsMe(io.sportello.workflow.WorkItemChanged change) {
        return worker.supervisor() || worker.groups().contains(change.candidateGroup())
                || me.getUsername().equals(change.assignee());
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (unregister != null) {
            unregister.run();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("inbox.title");
    }

}
