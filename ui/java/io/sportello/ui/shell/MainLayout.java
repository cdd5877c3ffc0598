package io.sportello.ui.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.sportello.security.CurrentUser;
import java.util.List;
import java.util.Locale;

/** The shell around every view: menu of what the role may open, language switch, sign-out. */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout {

    private final java.time.ZoneId zone;

    static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.ITALIAN);

    private final AgentPresence presence;
    private final CurrentUser currentUser;
    private Runnable offline;
    private final io.sportello.routing.AgentProfiles profiles;
    final Select<io.sportello.routing.AgentStatus> status = new Select<>();

    private final List<io.sportello.shared.StatusBanner> banners;
    private final Span banner = new Span();
    private com.vaadin.flow.shared.Registration polling;

    public MainLayout(AuthenticationContext authentication, CurrentUser currentUser, AgentPresence presence,
                      List<io.sportello.shared.StatusBanner> banners, DeskZone zone,
                      io.sportello.routing.AgentProfiles profiles) {
        this.presence = presence;
        this.profiles = profiles;
        this.zone = zone.get();
        this.banners = banners;
        this.currentUser = currentUser;
        H1 title = new H1(getTranslation("app.name"));
        title.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.Margin.NONE);

        Select<Locale> language = new Select<>();
        language.setAriaLabel(getTranslation("nav.language"));
        language.setItems(LANGUAGES);
        language.setItemLabelGenerator(l -> getTranslation("language." + l.getLanguage()));
        language.setValue(LANGUAGES.stream().filter(l -> l.getLanguage().equals(getLocale().getLanguage()))
                .findFirst().orElse(Locale.ENGLISH));
        language.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                VaadinSession.getCurrent().setLocale(e.getValue());
                UI.getCurrent().getPage().reload();
            }
        });

        Span user = new Span(currentUser.find().map(u -> u.getDisplayName()).orElse(""));
        Button signOut = new Button(getTranslation("nav.signOut"), VaadinIcon.SIGN_OUT.create(), e -> authentication.logout());
        signOut.setId("sign-out");

        banner.setId("status-banner");
        banner.addClassNames(LumoUtility.TextColor.WARNING, LumoUtility.FontSize.SMALL);
        showBanner();
        HorizontalLayout header = new HorizontalLayout(title, banner, user, language, signOut);
        currentUser.find().filter(MainLayout::works).ifPresent(u -> header.addComponentAtIndex(3, statusSelect(u.getUsername())));
        header.setWidthFull();
        header.setAlignItems(HorizontalLayout.Alignment.CENTER);
        header.expand(user);
        header.addClassNames(LumoUtility.Padding.Horizontal.MEDIUM);
        addToNavbar(new DrawerToggle(), header);

        SideNav nav = new SideNav();
        MenuConfiguration.getMenuEntries().forEach(entry ->
                nav.addItem(new SideNavItem(getTranslation(entry.title()), entry.path())));
        addToDrawer(nav);
    }

    private static boolean works(io.sportello.security.SportelloUser u) {
        return u.hasRole(io.sportello.security.Role.AGENT) || u.hasRole(io.sportello.security.Role.SUPERVISOR);
    }

    /** The agent's own status: online takes new work; away, on a break or offline does not. */
    private Select<io.sportello.routing.AgentStatus> statusSelect(String username) {
        status.setId("agent-status");
        status.setAriaLabel(getTranslation("agent.status"));
        status.setItems(io.sportello.routing.AgentStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("agent.status." + s.name()));
        status.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                profiles.setStatus(username, e.getValue(), username);
            }
        });
        return status;
    }

    /** What the application wants everyone to see now (the demo's background history…), polled while it changes. */
    private void showBanner() {
        var notice = banners.stream().map(io.sportello.shared.StatusBanner::current).flatMap(java.util.Optional::stream)
                .findFirst();
        banner.setVisible(notice.isPresent());
        notice.ifPresent(n -> banner.setText(getTranslation(n.key(), n.arguments().stream()
                .map(a -> a instanceof java.time.Instant at ? at.atZone(zone).toLocalDate() : a).toArray())));
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.setPollInterval(notice.isPresent() && notice.get().changing() ? 5000 : -1);
        }
    }

    @Override
    protected void onAttach(com.vaadin.flow.component.AttachEvent event) {
        polling = event.getUI().addPollListener(e -> showBanner());
        // agents with the desk open can take chats
        currentUser.find().filter(MainLayout::works).ifPresent(u -> {
            offline = presence.online(u.getUsername(), event.getUI().getUIId() + "@"
                    + event.getSession().getSession().getId());
            status.setValue(profiles.profile(u.getUsername()).getStatus());
        });
    }

    @Override
    protected void onDetach(com.vaadin.flow.component.DetachEvent event) {
        if (polling != null) {
            polling.remove();
        }
        if (offline != null) {
            offline.run();
            offline = null;
        }
    }
}
