package io.sportello.ui;

import io.sportello.ui.shell.LoginView;
import io.sportello.ui.shell.HomeView;
import io.sportello.ui.desk.team.TeamView;
import io.sportello.ui.desk.inbox.InboxView;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every role sees the menu entries it may use and cannot open the others. */
class AccessTest extends KaribuTest {

    List<String> menu() {
        UI.getCurrent().navigate(HomeView.class);
        return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }

    @Test
    void agentSeesInboxButNotTeam() {
        login("luca");
        assertThat(menu()).contains("Home", "Inbox").doesNotContain("Team");
    }

    @Test
    void supervisorSeesTeamWithAgentsWork() {
        login("elena");
        assertThat(menu()).contains("Home", "Inbox", "Team");
        UI.getCurrent().navigate(TeamView.class);
        assertThat(_get(com.vaadin.flow.component.grid.Grid.class, spec -> spec.withId("team-grid"))).isNotNull();
    }

    @Test
    void auditorCannotOpenTheInbox() {
        login("anna");
        assertThat(menu()).doesNotContain("Inbox", "Team");
        assertThatThrownBy(() -> UI.getCurrent().navigate(InboxView.class)).isInstanceOf(MockAccessDeniedException.class);
        assertThat(_find(InboxView.class)).isEmpty();
    }

    @Test
    void anonymousVisitorsSeeTheSignInPage() {
        UI.getCurrent().navigate(InboxView.class);
        assertThat(_find(InboxView.class)).isEmpty();
        assertThat(_find(LoginView.class)).hasSize(1);
    }
}
