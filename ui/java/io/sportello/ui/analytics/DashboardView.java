package io.sportello.ui.analytics;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.sportello.analytics.DeskSnapshot;
import io.sportello.analytics.SupervisorDashboard;
import io.sportello.security.Role;
import io.sportello.security.UserAccount;
import io.sportello.security.UserAccountService;
import io.sportello.ticket.TicketStatus;
import io.sportello.ticket.Tier;
import io.sportello.ui.shell.AgentPresence;
import io.sportello.ui.desk.workspace.TicketView;
import io.sportello.ui.shell.WorkItemBroadcaster;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Value;

/**
 * The supervisor's live view of the desk: open tickets per tier and status, tickets whose SLA runs out within the
 * hour and those already past it, who is signed in and how much open work each agent holds (and so who has room),
 * and the chats waiting with the longest wait. Pushed to the browser when a task changes and every 15 seconds.
 */
@Route("dashboard")
@Menu(title = "menu.dashboard", order = 3)
@RolesAllowed({Role.Names.SUPERVISOR, Role.Names.ADMIN})
public class DashboardView extends VerticalLayout implements HasDynamicTitle {

    private static final ScheduledExecutorService TICKER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "dashboard-ticker");
        t.setDaemon(true);
        return t;
    });

    /** One agent's line: signed in or not, groups, claimed open tasks, resolved today, free slots. */
    record AgentLoad(String username, String name, boolean online, String groups, long open, long resolvedToday, long free) {
    }

    /** Open tickets of one tier per status. */
    record TierLine(String tier, long[] byStatus, long total) {
    }

    static final List<TicketStatus> OPEN_STATUSES = List.of(TicketStatus.NEW, TicketStatus.OPEN, TicketStatus.PENDING_CUSTOMER);

    final Span openTotal = kpiValue("kpi-open");
    final Span breachingSoon = kpiValue("kpi-breaching-soon");
    final Span breached = kpiValue("kpi-breached");
    final Span chatsWaiting = kpiValue("kpi-chats-waiting");
    final Span updated = new Span();
    final Grid<TierLine> openGrid = new Grid<>();
    final Grid<DeskSnapshot.SlaTicket> soonGrid = new Grid<>();
    final Grid<DeskSnapshot.SlaTicket> breachedGrid = new Grid<>();
    final Grid<AgentLoad> agents = new Grid<>();

    private final SupervisorDashboard dashboard;
    private final UserAccountService users;
    private final AgentPresence presence;
    private final WorkItemBroadcaster broadcaster;
    private final int capacity;
    private final ZoneId zone;
    private Runnable unregister;
    private ScheduledFuture<?> ticking;
    DeskSnapshot last;

    public DashboardView(SupervisorDashboard dashboard, UserAccountService users, AgentPresence presence,
                         WorkItemBroadcaster broadcaster, io.sportello.analytics.Reports reports,
                         @Value("${sportello.analytics.agent-capacity:8}") int capacity) {
        this.dashboard = dashboard;
        this.users = users;
        this.presence = presence;
        this.broadcaster = broadcaster;
        this.capacity = capacity;
        this.zone = reports.zone();
        setId("dashboard-view");
        FlexLayout kpis = new FlexLayout(kpi("dashboard.open", openTotal), kpi("dashboard.breachingSoon", breachingSoon),
                kpi("dashboard.breached", breached), kpi("dashboard.chatsWaiting", chatsWaiting));
        kpis.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        kpis.addClassName(com.vaadin.flow.theme.lumo.LumoUtility.Gap.MEDIUM);
        updated.setId("dashboard-updated");
        updated.addClassName(com.vaadin.flow.theme.lumo.LumoUtility.TextColor.SECONDARY);

        openGrid.setId("dashboard-open");
        openGrid.addColumn(l -> getTranslation("tier." + l.tier())).setHeader(getTranslation("reports.dimension.TIER"));
        for (int i = 0; i < OPEN_STATUSES.size(); i++) {
            int s = i;
            openGrid.addColumn(l -> l.byStatus()[s]).setHeader(getTranslation("status." + OPEN_STATUSES.get(i).name()))
                    .setKey(OPEN_STATUSES.get(i).name());
        }
        openGrid.addColumn(TierLine::total).setHeader(getTranslation("dashboard.total")).setKey("total");
        openGrid.setAllRowsVisible(true);
        slaGrid(soonGrid, "dashboard-soon", "dashboard.dueIn");
        slaGrid(breachedGrid, "dashboard-breached", "dashboard.lateBy");

        agents.setId("dashboard-agents");
        agents.addColumn(AgentLoad::name).setHeader(getTranslation("team.col.agent")).setAutoWidth(true);
        agents.addColumn(a -> getTranslation(a.online() ? "dashboard.online" : "dashboard.offline"))
                .setHeader(getTranslation("dashboard.presence")).setKey("presence");
        agents.addColumn(AgentLoad::groups).setHeader(getTranslation("team.col.groups"));
        agents.addColumn(AgentLoad::open).setHeader(getTranslation("team.col.open")).setKey("open");
        agents.addColumn(AgentLoad::resolvedToday).setHeader(getTranslation("team.col.handledToday"));
        agents.addColumn(AgentLoad::free).setHeader(getTranslation("dashboard.free", capacity)).setKey("free");
        agents.setAllRowsVisible(true);

        add(new H2(getTranslation("dashboard.title")), updated, kpis,
                new H3(getTranslation("dashboard.openByTier")), openGrid,
                new H3(getTranslation("dashboard.soonTitle")), soonGrid,
                new H3(getTranslation("dashboard.breachedTitle")), breachedGrid,
                new H3(getTranslation("dashboard.agents")), agents);
        refresh();
    }

    private void slaGrid(Grid<DeskSnapshot.SlaTicket> grid, String id, String dueHeader) {
        grid.setId(id);
        grid.addComponentColumn(t -> new RouterLink(t.number(), TicketView.class, new com.vaadin.flow.router.RouteParameters("number", t.number())))
                .setHeader(getTranslation("inbox.col.number")).setAutoWidth(true);
        grid.addColumn(DeskSnapshot.SlaTicket::subject).setHeader(getTranslation("inbox.col.subject")).setFlexGrow(2);
        grid.addColumn(t -> getTranslation("tier." + t.tier())).setHeader(getTranslation("reports.dimension.TIER"));
        grid.addColumn(t -> getTranslation("priority." + t.priority())).setHeader(getTranslation("reports.dimension.PRIORITY"));
        grid.addColumn(t -> getTranslation("dashboard.target." + t.target())).setHeader(getTranslation("dashboard.target"));
        grid.addColumn(t -> {
            Duration d = Duration.between(last.at(), t.due()).abs();
            return MetricTexts.duration(d.toSeconds() / 60.0, getLocale());
        }).setHeader(getTranslation(dueHeader)).setKey("due");
        grid.addColumn(t -> t.assignee() == null ? getTranslation("dashboard.unassigned") : t.assignee())
                .setHeader(getTranslation("inbox.col.assignee"));
        grid.setAllRowsVisible(true);
    }

    void refresh() {
        last = dashboard.snapshot();
        updated.setText(getTranslation("dashboard.updated",
                DateTimeFormatter.ofPattern("HH:mm:ss").format(last.at().atZone(zone))));
        openTotal.setText(String.valueOf(last.openTotal()));
        breachingSoon.setText(String.valueOf(last.breachingSoonTotal()));
        breached.setText(String.valueOf(last.breachedTotal()));
        chatsWaiting.setText(last.chatsWaiting() == 0 ? "0" : getTranslation("dashboard.chatsWaitingValue",
                last.chatsWaiting(), MetricTexts.duration(last.longestChatWait().toSeconds() / 60.0, getLocale())));
        openGrid.setItems(List.of(Tier.values()).stream().map(t -> {
            long[] counts = new long[OPEN_STATUSES.size()];
            last.open().stream().filter(c -> c.tier().equals(t.name())).forEach(c -> {
                int i = OPEN_STATUSES.indexOf(TicketStatus.valueOf(c.status()));
                if (i >= 0) {
                    counts[i] += c.tickets();
                }
            });
            return new TierLine(t.name(), counts, java.util.Arrays.stream(counts).sum());
        }).toList());
        soonGrid.setItems(last.breachingSoon());
        breachedGrid.setItems(last.breached());
        Set<String> online = presence.online();
        agents.setItems(users.all().stream().filter(u -> u.getRoles().contains(Role.AGENT))
                .map(u -> load(u, online))
                .sorted(Comparator.comparing(AgentLoad::online).reversed().thenComparing(AgentLoad::open)
                        .thenComparing(AgentLoad::username))
                .toList());
    }

    private AgentLoad load(UserAccount u, Set<String> online) {
        long open = last.claimedPerAgent().getOrDefault(u.getUsername(), 0L);
        return new AgentLoad(u.getUsername(), u.getDisplayName(), online.contains(u.getUsername()),
                String.join(", ", u.getGroups().stream().sorted().toList()), open,
                last.resolvedTodayPerAgent().getOrDefault(u.getUsername(), 0L), Math.max(0, capacity - open));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        Runnable push = () -> ui.access(this::refresh);
        // in a rush tasks change many times a second: one refresh per burst, at most every 2 seconds
        java.util.concurrent.atomic.AtomicBoolean pending = new java.util.concurrent.atomic.AtomicBoolean();
        unregister = broadcaster.register(change -> {
            if (pending.compareAndSet(false, true)) {
                TICKER.schedule(() -> {
                    pending.set(false);
                    push.run();
                }, 2, TimeUnit.SECONDS);
            }
        });
        ticking = TICKER.scheduleWithFixedDelay(push, 15, 15, TimeUnit.SECONDS);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (unregister != null) {
            unregister.run();
        }
        if (ticking != null) {
            ticking.cancel(false);
        }
    }

    private static Span kpiValue(String id) {
        Span value = new Span();
        value.setId(id);
        value.addClassNames(com.vaadin.flow.theme.lumo.LumoUtility.FontSize.XXLARGE, com.vaadin.flow.theme.lumo.LumoUtility.FontWeight.SEMIBOLD);
        return value;
    }

    private Div kpi(String label, Span value) {
        Div card = new Div(new Div(new Span(getTranslation(label))), value);
        card.addClassName("kpi-card");
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.title");
    }
}
