package io.sportello.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sportello.SportelloSpringTest;
import io.sportello.security.AccountChange;
import io.sportello.security.UserAdministration;
import io.sportello.shared.Actor;
import io.sportello.shared.Channel;
import io.sportello.shared.FieldException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * What routing knows of an agent: an administrator gives a seasonal agent their skills, languages and capacity (kept
 * in the person's history); the agent's status is one stored fact that simultaneous changes never corrupt.
 */
@RecordApplicationEvents
class AgentProfilesTest extends SportelloSpringTest {

    @Autowired
    AgentProfiles profiles;
    @Autowired
    UserAdministration administration;
    @Autowired
    ApplicationEvents events;

    private static final Actor ADMIN = Actor.user("admin", "Admin");

    @Test
    void anAdministratorGivesASeasonalAgentPaymentsInItalianAndFiveEmailsAtOnce() {
        profiles.describe("sara", Map.of("payments", 4, "Refunds", 2), Set.of("it", "EN"), Map.of(Channel.EMAIL, 5),
                ADMIN);
        AgentProfile sara = profiles.profile("sara");
        assertThat(sara.getSkills()).containsExactly(Map.entry("payments", 4), Map.entry("refunds", 2));
        assertThat(sara.getLanguages()).containsExactlyInAnyOrder("it", "en");
        assertThat(AgentProfiles.capacity(sara, Channel.EMAIL)).isEqualTo(5);
        assertThat(AgentProfiles.capacity(sara, Channel.CHAT)).as("the channel's default").isEqualTo(3);
        assertThat(administration.changes("sara")).filteredOn(c -> c.getAttribute() == AccountChange.Attribute.SKILLS)
                .first().satisfies(c -> {
                    assertThat(c.getToValue()).isEqualTo("payments:4,refunds:2");
                    assertThat(c.getActor()).isEqualTo("admin");
                });

        assertThatThrownBy(() -> profiles.describe("sara", Map.of("payments", 9), Set.of(), Map.of(), ADMIN))
                .isInstanceOfSatisfying(FieldException.class, e -> assertThat(e.field()).isEqualTo("skills"));
        assertThatThrownBy(() -> profiles.describe("sara", Map.of(), Set.of("italiano"), Map.of(), ADMIN))
                .isInstanceOfSatisfying(FieldException.class, e -> assertThat(e.field()).isEqualTo("languages"));
        assertThatThrownBy(() -> profiles.describe("sara", Map.of(), Set.of(), Map.of(Channel.CHAT, -1), ADMIN))
                .isInstanceOfSatisfying(FieldException.class, e -> assertThat(e.field()).isEqualTo("capacity"));
        assertThat(profiles.profile("sara").getSkills()).as("a refused change changes nothing").containsKey("payments");
    }

    @Test
    void anAgentGoesOnlineThenOnABreakAndEachChangeIsPublishedOnce() {
        profiles.setStatus("chiara", AgentStatus.OFFLINE, "chiara");
        events.clear();
        profiles.setStatus("chiara", AgentStatus.ONLINE, "chiara");
        profiles.setStatus("chiara", AgentStatus.ONLINE, "chiara");
        profiles.setStatus("chiara", AgentStatus.BREAK, "chiara");
        assertThat(profiles.profile("chiara").getStatus()).isEqualTo(AgentStatus.BREAK);
        assertThat(profiles.profile("chiara").getStatusSince()).isEqualTo(clock.instant());
        assertThat(events.stream(AgentStatusChanged.class)).filteredOn(c -> c.username().equals("chiara"))
                .extracting(AgentStatusChanged::from, AgentStatusChanged::to).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(AgentStatus.OFFLINE, AgentStatus.ONLINE),
                        org.assertj.core.groups.Tuple.tuple(AgentStatus.ONLINE, AgentStatus.BREAK));
        assertThat(profiles.statuses()).containsEntry("chiara", AgentStatus.BREAK);
    }

    @Test
    void simultaneousStatusChangesAllCompleteAndLeaveOneOfThem() throws Exception {
        String agent = "marco";
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<AgentStatus>> results = new ArrayList<>();
        AgentStatus[] wanted = AgentStatus.values();
        for (int i = 0; i < 32; i++) {
            AgentStatus status = wanted[i % wanted.length];
            results.add(pool.submit(() -> {
                start.await();
                return profiles.setStatus(agent, status, agent);
            }));
        }
        start.countDown();
        for (Future<AgentStatus> result : results) {
            result.get();
        }
        pool.shutdown();
        assertThat(profiles.profile(agent).getStatus()).isIn((Object[]) wanted);
    }

    @Autowired
    org.springframework.test.web.servlet.MockMvc mvc;

    @Test
    void anAgentSetsTheirOwnStatusThroughTheApiAndAWrongOneNamesTheField() throws Exception {
        var put = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/me/status")
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                        .httpBasic("luca", "secret"))
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON);
        var ok = mvc.perform(put.content("{\"status\": \"away\"}")).andReturn().getResponse();
        assertThat(ok.getStatus()).isEqualTo(200);
        assertThat(profiles.profile("luca").getStatus()).isEqualTo(AgentStatus.AWAY);
        var bad = mvc.perform(put.content("{\"status\": \"lunch\"}")).andReturn().getResponse();
        assertThat(bad.getStatus()).isEqualTo(400);
        assertThat(bad.getContentType()).isEqualTo("application/problem+json");
        assertThat(bad.getContentAsString()).contains("status");
    }

    @Autowired
    com.icegreen.greenmail.util.GreenMail greenMail;

    @Test
    void aDeactivatedAgentIsOfflineForRouting() {
        String username = "stagionale.off" + java.util.UUID.randomUUID().toString().substring(0, 4);
        String email = username + "@negozio.example";
        administration.invite(username, new UserAdministration.Profile("Ada", email,
                java.util.EnumSet.of(io.sportello.security.Role.AGENT), Set.of("tier2"), "it"), ADMIN);
        administration.setPassword(io.sportello.SurveyLinks.passwordToken(greenMail, email), "una password lunga e mia");
        profiles.setStatus(username, AgentStatus.ONLINE, username);
        administration.deactivate(username, ADMIN);
        assertThat(profiles.profile(username).getStatus()).isEqualTo(AgentStatus.OFFLINE);
    }
}
