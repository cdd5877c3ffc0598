package io.sportello.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.sportello.SportelloSpringTest;
import io.sportello.routing.AgentProfiles;
import io.sportello.routing.AgentStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An agent's presence sets their status: opening the desk makes them online, closing its last tab offline. */
class AgentPresenceTest extends SportelloSpringTest {

    @Autowired
    AgentPresence presence;
    @Autowired
    AgentProfiles profiles;

    @Test
    void theFirstTabMakesAnOfflineAgentOnlineAndTheLastOneClosedOffline() {
        profiles.setStatus("chiara", AgentStatus.OFFLINE, "chiara");
        Runnable first = presence.online("chiara", "tab-1");
        Runnable second = presence.online("chiara", "tab-2");
        assertThat(profiles.profile("chiara").getStatus()).isEqualTo(AgentStatus.ONLINE);
        first.run();
        assertThat(profiles.profile("chiara").getStatus()).as("one tab still open").isEqualTo(AgentStatus.ONLINE);
        second.run();
        assertThat(profiles.profile("chiara").getStatus()).isEqualTo(AgentStatus.OFFLINE);
    }

    @Test
    void anAgentWhoSaidTheyAreOnABreakStaysOnABreakWhenTheyOpenTheDesk() {
        profiles.setStatus("luca", AgentStatus.BREAK, "luca");
        Runnable closed = presence.online("luca", "tab-1");
        assertThat(profiles.profile("luca").getStatus()).isEqualTo(AgentStatus.BREAK);
        closed.run();
        assertThat(profiles.profile("luca").getStatus()).isEqualTo(AgentStatus.OFFLINE);
    }
}
