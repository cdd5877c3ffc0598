package io.sportello.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.icegreen.greenmail.util.GreenMail;
import io.sportello.SportelloSpringTest;
import io.sportello.SurveyLinks;
import io.sportello.desk.OpenTicket;
import io.sportello.desk.TicketDesk;
import io.sportello.shared.Actor;
import io.sportello.shared.Channel;
import io.sportello.shared.FieldException;
import io.sportello.shared.RuleViolationException;
import io.sportello.ticket.Category;
import io.sportello.ticket.Ticket;
import io.sportello.ticket.TicketEvent;
import io.sportello.ticket.TicketEventType;
import io.sportello.ticket.TicketService;
import io.sportello.workflow.ProcessJobs;
import io.sportello.workflow.WorkItems;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The desk's people as an administrator manages them: a seasonal agent is invited, chooses a password with the
 * mailed link and signs in; deactivated, they cannot sign in and their work goes back to the queue, saying why;
 * every change is recorded; the desk never loses its last administrator.
 */
class UserAdministrationTest extends SportelloSpringTest {

    @Autowired
    UserAdministration administration;
    @Autowired
    GreenMail greenMail;
    @Autowired
    MockMvc mvc;
    @Autowired
    TicketDesk desk;
    @Autowired
    TicketService tickets;
    @Autowired
    WorkItems workItems;
    @Autowired
    ProcessJobs jobs;

    private static final Actor ADMIN = Actor.user("admin", "Admin");

    private String someone() {
        return "stagionale." + UUID.randomUUID().toString().substring(0, 6);
    }

    private UserAdministration.Profile agent(String email) {
        return new UserAdministration.Profile("Marta Stagionale", email, EnumSet.of(Role.AGENT), Set.of("tier2"), "it");
    }

    private int signIn(String username, String password) throws Exception {
        return mvc.perform(get("/api/v1/work-items").with(httpBasic(username, password))).andReturn().getResponse()
                .getStatus();
    }

    @Test
    void anInvitedAgentChoosesAPasswordWithTheMailedLinkAndSignsInTheLinkWorksOnce() throws Exception {
        String username = someone();
        String email = username + "@negozio.example";
        var link = administration.invite(username, agent(email), ADMIN);
        assertThat(link.expiresAt()).isEqualTo(clock.instant().plus(Duration.ofDays(3)));
        assertThat(administration.get(username).getStatus()).isEqualTo(UserAccount.Status.INVITED);
        assertThat(signIn(username, "")).as("nobody signs in before the password is chosen").isEqualTo(401);

        String token = SurveyLinks.passwordToken(greenMail, email);
        String mail = SurveyLinks.text(SurveyLinks.receivedBy(greenMail, email).get(0));
        assertThat(mail).contains("Ciao Marta Stagionale").contains("accedi come " + username).contains("prossime 72 ore");
        assertThat(administration.holderOf(token)).hasValueSatisfying(a -> assertThat(a.getUsername()).isEqualTo(username));

        assertThatThrownBy(() -> administration.setPassword(token, "corta")).isInstanceOfSatisfying(FieldException.class,
                e -> assertThat(e.field()).isEqualTo("password"));
        assertThatThrownBy(() -> administration.setPassword(token, username + "2026!"))
                .as("the user name is no password").isInstanceOf(FieldException.class);
        administration.setPassword(token, "Black Friday al banco 7");
        assertThat(signIn(username, "Black Friday al banco 7")).isEqualTo(200);
        assertThat(administration.get(username).getStatus()).isEqualTo(UserAccount.Status.ACTIVE);

        assertThatThrownBy(() -> administration.setPassword(token, "un'altra password lunga"))
                .as("a link works once").isInstanceOfSatisfying(FieldException.class,
                        e -> assertThat(e.field()).isEqualTo("token"));
        assertThat(administration.changes(username)).extracting(AccountChange::getAttribute)
                .containsExactly(AccountChange.Attribute.PASSWORD_SET, AccountChange.Attribute.INVITED);
    }

    @Test
    void aLinkNoLongerWorksOnceItExpiredOrANewerOneWasSent() {
        String username = someone();
        String email = username + "@negozio.example";
        administration.invite(username, agent(email), ADMIN);
        String first = SurveyLinks.passwordToken(greenMail, email);
        clock.pin(clock.instant().plus(Duration.ofDays(3)).plusSeconds(1));
        assertThat(administration.holderOf(first)).as("expired").isEmpty();

        administration.sendPasswordLink(username, ADMIN);
        org.awaitility.Awaitility.await().atMost(SurveyLinks.MAIL_WAIT)
                .until(() -> !SurveyLinks.passwordToken(greenMail, email).equals(first));
        String second = SurveyLinks.passwordToken(greenMail, email);
        assertThat(administration.holderOf(second)).isPresent();
        administration.sendPasswordLink(username, ADMIN);
        assertThat(administration.holderOf(second)).as("replaced by a newer one").isEmpty();
    }

    @Test
    void aDeactivatedAgentCannotSignInAndTheTicketTheyHeldGoesBackToTheQueueSayingWhy() throws Exception {
        String username = someone();
        String email = username + "@negozio.example";
        administration.invite(username, new UserAdministration.Profile("Piero Stagionale", email, EnumSet.of(Role.AGENT),
                Set.of("tier1"), "it"), ADMIN);
        administration.setPassword(SurveyLinks.passwordToken(greenMail, email), "una password lunga e mia");
        Ticket ticket = desk.open(new OpenTicket(Channel.EMAIL, "cliente." + UUID.randomUUID() + "@esempio.it",
                "Cliente", "Dov'è il pacco?", "Il pacco non arriva", Category.SHIPPING, null, "it", null, null),
                Actor.system()).ticket();
        jobs.advanceTo(clock.instant());
        desk.claim(ticket.getNumber(), users.get(username));
        assertThat(tickets.get(ticket.getId()).getAssignee()).isEqualTo(username);

        administration.deactivate(username, ADMIN);

        assertThat(signIn(username, "una password lunga e mia")).isEqualTo(401);
        assertThat(tickets.get(ticket.getId()).getAssignee()).isNull();
        assertThat(workItems.ofTicket(ticket.getId())).allSatisfy(w -> assertThat(w.assignee()).isNull());
        TicketEvent released = tickets.history(ticket.getId()).stream()
                .filter(e -> e.getType() == TicketEventType.UNASSIGNED).reduce((a, b) -> b).orElseThrow();
        assertThat(released.getReason().code()).isEqualTo("ASSIGNEE_DEACTIVATED");
        assertThat(released.getReason().arguments()).containsExactly(username, "admin");
        assertThat(administration.get(username).getStatus()).isEqualTo(UserAccount.Status.DEACTIVATED);

        administration.reactivate(username, ADMIN);
        assertThat(signIn(username, "una password lunga e mia")).as("back for the next season").isEqualTo(200);
        assertThat(administration.changes(username)).extracting(AccountChange::getAttribute).startsWith(
                AccountChange.Attribute.REACTIVATED, AccountChange.Attribute.DEACTIVATED);
    }

    @Autowired
    Teams teams;

    @Test
    void changesAreRecordedAttributeByAttributeAndTheDeskKeepsAnAdministrator() {
        teams.define("payments", "Payments", "Pagamenti", ADMIN);
        String username = someone();
        administration.invite(username, agent(username + "@negozio.example"), ADMIN);
        administration.update(username, new UserAdministration.Profile("Marta Rossi", username + "@negozio.example",
                EnumSet.of(Role.AGENT), Set.of("tier2", "payments"), "en"), ADMIN);
        assertThat(administration.changes(username)).filteredOn(c -> c.getAttribute() == AccountChange.Attribute.GROUPS)
                .singleElement().satisfies(c -> {
                    assertThat(c.getFromValue()).isEqualTo("tier2");
                    assertThat(c.getToValue()).isEqualTo("payments,tier2");
                    assertThat(c.getActor()).isEqualTo("admin");
                });
        assertThat(administration.changes(username)).extracting(AccountChange::getAttribute)
                .contains(AccountChange.Attribute.DISPLAY_NAME, AccountChange.Attribute.LANGUAGE)
                .doesNotContain(AccountChange.Attribute.EMAIL, AccountChange.Attribute.ROLES);

        assertThatThrownBy(() -> administration.invite(someone(), new UserAdministration.Profile("Ugo", "u@negozio.example",
                EnumSet.of(Role.AGENT), Set.of("magazzino"), "it"), ADMIN)).as("a team nobody defined")
                .isInstanceOfSatisfying(FieldException.class, e -> assertThat(e.field()).isEqualTo("groups"));
        assertThatThrownBy(() -> administration.invite(username, agent("x@negozio.example"), ADMIN))
                .isInstanceOfSatisfying(FieldException.class, e -> assertThat(e.field()).isEqualTo("username"));
        assertThatThrownBy(() -> administration.invite(someone(), agent("non un indirizzo"), ADMIN))
                .isInstanceOfSatisfying(FieldException.class, e -> assertThat(e.field()).isEqualTo("email"));
        assertThatThrownBy(() -> administration.invite("Mario Rossi", agent("m@negozio.example"), ADMIN))
                .isInstanceOfSatisfying(FieldException.class, e -> assertThat(e.field()).isEqualTo("username"));
        assertThatThrownBy(() -> administration.deactivate("admin", ADMIN)).as("oneself")
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.rule()).isEqualTo("SELF_DEACTIVATION"));
        assertThatThrownBy(() -> administration.deactivate("admin", Actor.user("elena", "Elena")))
                .as("the only administrator").isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.rule()).isEqualTo("LAST_ADMIN"));
    }

    @Test
    void onlyAdministratorsManagePeopleThroughTheApiAndBadInputNamesTheField() throws Exception {
        String username = someone();
        String body = """
                {"username": "%s", "displayName": "Marta", "email": "%s@negozio.example",
                 "roles": ["agent"], "groups": ["tier2"], "language": "it"}""".formatted(username, username);
        assertThat(mvc.perform(post("/api/v1/admin/users").with(httpBasic("elena", "secret"))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse().getStatus())
                .isEqualTo(403);
        MockHttpServletResponse created = mvc.perform(post("/api/v1/admin/users").with(httpBasic("admin", "secret"))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse();
        assertThat(created.getStatus()).isEqualTo(201);
        assertThat(created.getContentAsString()).contains("\"status\":\"INVITED\"").doesNotContain("token");

        MockHttpServletResponse bad = mvc.perform(post("/api/v1/admin/users").with(httpBasic("admin", "secret"))
                .contentType(MediaType.APPLICATION_JSON).content(body.replace(username, someone())
                        .replace("\"agent\"", "\"wizard\""))).andReturn().getResponse();
        assertThat(bad.getStatus()).isEqualTo(400);
        assertThat(bad.getContentType()).isEqualTo("application/problem+json");
        assertThat(bad.getContentAsString()).contains("roles");

        MockHttpServletResponse history = mvc.perform(get("/api/v1/admin/users/" + username + "/changes")
                .with(httpBasic("admin", "secret"))).andReturn().getResponse();
        assertThat(history.getContentAsString()).contains("INVITED");
    }

    @Autowired
    UserAccountService accountService;

    @Test
    void theSameLinkSubmittedTwiceAtOnceSetsOnePassword() throws Exception {
        String username = someone();
        String email = username + "@negozio.example";
        administration.invite(username, agent(email), ADMIN);
        String token = SurveyLinks.passwordToken(greenMail, email);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        var start = new java.util.concurrent.CountDownLatch(1);
        java.util.List<java.util.concurrent.Future<Boolean>> tries = new java.util.ArrayList<>();
        for (String password : new String[] {"prima password lunga", "seconda password lunga"}) {
            tries.add(pool.submit(() -> {
                start.await();
                try {
                    administration.setPassword(token, password);
                    return true;
                } catch (FieldException | org.springframework.dao.DataAccessException lost) {
                    return false;
                }
            }));
        }
        start.countDown();
        int won = 0;
        for (var t : tries) {
            won += t.get() ? 1 : 0;
        }
        pool.shutdown();
        assertThat(won).isEqualTo(1);
        assertThat(administration.changes(username)).filteredOn(c -> c.getAttribute() == AccountChange.Attribute.PASSWORD_SET)
                .hasSize(1);
    }

    @Test
    void twoAdministratorsRemovingEachOtherAtOnceLeaveOneAdministrator() throws Exception {
        // the bootstrap admin plus two more: each of the two deactivates the other and the bootstrap admin's
        // admin role goes in between — at most one of the two deactivations can win while someone must stay
        String first = someone();
        String second = someone();
        for (String u : new String[] {first, second}) {
            administration.invite(u, new UserAdministration.Profile("Admin " + u, u + "@negozio.example",
                    EnumSet.of(Role.ADMIN), Set.of(), "it"), ADMIN);
            administration.setPassword(SurveyLinks.passwordToken(greenMail, u + "@negozio.example"), "una password lunga e mia");
        }
        administration.deactivate("admin", Actor.user(first, "First"));
        try {
            var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
            var start = new java.util.concurrent.CountDownLatch(1);
            var a = pool.submit(() -> { start.await(); return tryDeactivate(second, first); });
            var b = pool.submit(() -> { start.await(); return tryDeactivate(first, second); });
            start.countDown();
            int won = (a.get() ? 1 : 0) + (b.get() ? 1 : 0);
            pool.shutdown();
            assertThat(accountService.all()).as("the desk kept an administrator").anySatisfy(acc -> {
                assertThat(acc.isEnabled()).isTrue();
                assertThat(acc.getGivenRoles()).contains(Role.ADMIN);
            });
            if (othersAdmins(first, second) == 0) {
                assertThat(won).isEqualTo(1);
            }
        } finally {
            administration.reactivate("admin", ADMIN);
            administration.reactivate(first, ADMIN);
            administration.reactivate(second, ADMIN);
        }
    }

    private long othersAdmins(String first, String second) {
        return accountService.all().stream().filter(acc -> acc.isEnabled() && !acc.isPending()
                && acc.getGivenRoles().contains(Role.ADMIN) && !Set.of(first, second).contains(acc.getUsername())).count();
    }

    private boolean tryDeactivate(String who, String by) {
        try {
            administration.deactivate(who, Actor.user(by, by));
            return true;
        } catch (RuleViolationException | org.springframework.dao.DataAccessException lost) {
            return false;
        }
    }

    @Test
    void customersAreNotInvitedAndAnOpenSessionEndsWhenTheAccountChanges() {
        assertThatThrownBy(() -> administration.invite(someone(), new UserAdministration.Profile("Cliente",
                "c@negozio.example", EnumSet.of(Role.CUSTOMER), Set.of(), "it"), ADMIN))
                .isInstanceOfSatisfying(FieldException.class, e -> assertThat(e.field()).isEqualTo("roles"));

        String username = someone();
        String email = username + "@negozio.example";
        administration.invite(username, agent(email), ADMIN);
        administration.setPassword(SurveyLinks.passwordToken(greenMail, email), "una password lunga e mia");
        SportelloUser signedIn = accountService.get(username);
        assertThat(accountService.stillValid(signedIn)).isTrue();
        administration.update(username, new UserAdministration.Profile("Marta Stagionale", email,
                EnumSet.of(Role.AGENT), Set.of("tier1"), "it"), ADMIN);
        assertThat(accountService.stillValid(signedIn)).as("moved to another team").isFalse();

        SportelloUser again = accountService.get(username);
        var request = new org.springframework.mock.web.MockHttpServletRequest("GET", "/inbox");
        var session = new org.springframework.mock.web.MockHttpSession();
        request.setSession(session);
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(
                new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(again, null,
                        again.getAuthorities()));
        try {
            administration.deactivate(username, ADMIN);
            new StaleSessionFilter(accountService).doFilter(request,
                    new org.springframework.mock.web.MockHttpServletResponse(), new org.springframework.mock.web.MockFilterChain());
            assertThat(session.isInvalid()).as("the open tab of a deactivated person").isTrue();
            assertThat(org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication())
                    .isNull();
        } catch (Exception e) {
            throw new AssertionError(e);
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
    }
}
