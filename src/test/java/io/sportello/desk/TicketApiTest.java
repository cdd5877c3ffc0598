package io.sportello.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.sportello.SportelloSpringTest;
import io.sportello.shared.Channel;
import io.sportello.shared.RuleViolationException;
import io.sportello.workflow.ProcessJobs;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The REST API as a client uses it: the whole life of a ticket, and every kind of bad request. */
class TicketApiTest extends SportelloSpringTest {

    @Autowired
    io.sportello.SurveyLinks.Recorder surveyLinks;

    @Autowired
    MockMvc mvc;

    @Autowired
    ProcessJobs jobs;

    @Autowired
    io.sportello.desk.TicketDesk desk;

    @Autowired
    io.sportello.ticket.TicketService tickets;

    @Autowired
    io.sportello.survey.SurveyService surveyService;

    /** The ticket's customer, writing by e-mail the way intake hands their message to the desk. */
    io.sportello.shared.Actor customerOf(String number) {
        return io.sportello.shared.Actor.customer(tickets.getByNumber(number).getCustomerId(), null);
    }

    static String ticketJson(String channel, String email, String subject, String category, String orderNumber) {
        return """
                {"channel":"%s","customer":{"email":"%s","name":"Mario Verdi"},"subject":"%s",
                 "message":"Il pacco è arrivato rotto, cosa posso fare?","category":"%s"%s}"""
                .formatted(channel, email, subject, category, orderNumber == null ? "" : ",\"orderNumber\":\"" + orderNumber + "\"");
    }

    ResultActions as(String user, org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(((org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder) request)
                .with(httpBasic(user, "secret")));
    }

    String create(String category) throws Exception {
        String body = as("luca", post("/api/v1/tickets").contentType(MediaType.APPLICATION_JSON)
                .content(ticketJson("EMAIL", "mario." + UUID.randomUUID() + "@esempio.it", "Pacco danneggiato", category, null)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.number");
    }

    String json(String user, String url) throws Exception {
        return as(user, get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void ticketGoesFromIntakeThroughEscalationToResolutionAndRating() throws Exception {
        String number = create("SHIPPING");

        // triaged to L1 with SLA deadlines on business hours
        String ticket = json("luca", "/api/v1/tickets/" + number);
        assertThat(JsonPath.<String>read(ticket, "$.ticket.status")).isEqualTo("NEW");
        assertThat(JsonPath.<String>read(ticket, "$.ticket.tier")).isEqualTo("L1");
        // the desk reads a broken parcel as a complaint: HIGH, 120 business minutes from Monday 09:00 → 11:00
        assertThat(JsonPath.<String>read(ticket, "$.ticket.priority")).isEqualTo("HIGH");
        assertThat(Instant.parse(JsonPath.read(ticket, "$.ticket.firstResponseDue"))).isEqualTo(rome("2026-11-23T11:00"));
        assertThat(JsonPath.<String>read(ticket, "$.workItems[0].candidateGroup")).isEqualTo("tier1");

        // visible in the L1 queue, not in the L2 queue
        assertThat(JsonPath.<List<String>>read(json("chiara", "/api/v1/work-items?scope=MY_GROUPS&size=200"),
                "$.items[*].ticketId")).isNotEmpty();
        Number ticketId = JsonPath.read(ticket, "$.ticket.id");
        assertThat(JsonPath.<List<Number>>read(json("sara", "/api/v1/work-items?scope=MY_GROUPS&size=200"), "$.items[*].ticketId"))
                .doesNotContain(ticketId.intValue());

        as("luca", post("/api/v1/tickets/" + number + "/claim")).andExpect(status().isOk())
                .andExpect(jsonPath("$.assignee").value("luca"));

        clock.pin(rome("2026-11-23T10:15"));
        as("luca", post("/api/v1/tickets/" + number + "/messages").contentType(MediaType.APPLICATION_JSON)
                .content("{\"type\":\"AGENT_REPLY\",\"text\":\"Ci dispiace, verifichiamo subito con il corriere.\"}"))
                .andExpect(status().isCreated());
        as("luca", post("/api/v1/tickets/" + number + "/messages").contentType(MediaType.APPLICATION_JSON)
                .content("{\"type\":\"INTERNAL_NOTE\",\"text\":\"Aprire pratica BRT\"}")).andExpect(status().isCreated());

        as("luca", post("/api/v1/tickets/" + number + "/escalate").contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\":\"Rimborso da autorizzare\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.tier").value("L2")).andExpect(jsonPath("$.assignee").doesNotExist());

        ticket = json("sara", "/api/v1/tickets/" + number);
        assertThat(Instant.parse(JsonPath.read(ticket, "$.ticket.firstResponseAt"))).isEqualTo(rome("2026-11-23T10:15"));
        assertThat(JsonPath.<Boolean>read(ticket, "$.sla.firstResponseBreached")).isFalse();
        assertThat(JsonPath.<String>read(ticket, "$.workItems[0].candidateGroup")).isEqualTo("tier2");
        assertThat(JsonPath.<List<String>>read(ticket, "$.messages[*].visibility")).containsExactly("PUBLIC", "PUBLIC", "INTERNAL");

        as("sara", post("/api/v1/tickets/" + number + "/claim")).andExpect(status().isOk());
        as("sara", post("/api/v1/tickets/" + number + "/resolve").contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\":\"REFUNDED\",\"summary\":\"Rimborso emesso\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("RESOLVED"));

        // three days later the reopen window closes and the survey goes out
        jobs.advanceTo(clock.instant().plus(Duration.ofDays(3)).plusSeconds(60));
        String surveys = json("sara", "/api/v1/tickets/" + number + "/surveys");
        assertThat(JsonPath.<String>read(surveys, "$[0].status")).isEqualTo("SENT");
        assertThat(surveys).as("the survey link is the customer's secret").doesNotContain("token");
        // the token the customer finds in the survey e-mail
        String token = surveyLinks.tokenFor(ticketId.longValue());
        as("sara", post("/api/v1/surveys/" + token + "/answer").contentType(MediaType.APPLICATION_JSON)
                .content("{\"score\":5}")).andExpect(status().isForbidden());

        mvc.perform(post("/api/v1/surveys/" + token + "/answer").with(httpBasic("giulia", "secret"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"score\":2,\"comment\":\"Troppo lento\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.score").value(2));

        // a detractor: a supervisor gets a follow-up task, then the ticket closes
        String supervisorQueue = json("elena", "/api/v1/work-items?scope=MY_GROUPS&size=200");
        List<String> followUps = JsonPath.read(supervisorQueue,
                "$.items[?(@.taskKey == 'Task_FollowUpDetractor' && @.ticketId == " + ticketId + ")].id");
        assertThat(followUps).hasSize(1);
        as("elena", post("/api/v1/work-items/" + followUps.get(0) + "/complete").contentType(MediaType.APPLICATION_JSON)
                .content("{\"outcome\":\"RESOLVE\"}")).andExpect(status().isNoContent());
        assertThat(JsonPath.<String>read(json("anna", "/api/v1/tickets/" + number), "$.ticket.status")).isEqualTo("CLOSED");

        List<String> history = JsonPath.read(json("anna", "/api/v1/tickets/" + number + "/history"), "$[*].type");
        assertThat(history).containsSubsequence("CREATED", "TRIAGED", "ASSIGNED", "FIRST_RESPONSE", "TIER_CHANGED",
                "ASSIGNED", "RESOLVED", "SURVEY_SENT", "SURVEY_ANSWERED", "CLOSED");
    }

    @Test
    void slaClockPausesWhileWaitingForTheCustomer() throws Exception {
        String number = create("RETURN");
        as("luca", post("/api/v1/tickets/" + number + "/claim")).andExpect(status().isOk());
        String before = json("luca", "/api/v1/tickets/" + number);
        // 1440 business minutes from Monday 09:00 (Mon–Fri 9–18, Sat 9–13): Wednesday 15:00
        assertThat(Instant.parse(JsonPath.read(before, "$.ticket.resolutionDue"))).isEqualTo(rome("2026-11-25T15:00"));

        clock.pin(rome("2026-11-23T10:00"));
        as("luca", post("/api/v1/tickets/" + number + "/pend").contentType(MediaType.APPLICATION_JSON)
                .content("{\"message\":\"Ci può mandare una foto dell'etichetta?\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("PENDING_CUSTOMER"))
                .andExpect(jsonPath("$.slaPaused").value(true));

        // the customer answers the next morning
        clock.pin(rome("2026-11-24T10:00"));
        as("luca", post("/api/v1/tickets/" + number + "/messages").contentType(MediaType.APPLICATION_JSON)
                .content("{\"type\":\"CUSTOMER_REPLY\",\"text\":\"Ecco la foto\"}")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("type"));
        desk.customerReply(number, Channel.EMAIL, "Ecco la foto", customerOf(number));

        String after = json("luca", "/api/v1/tickets/" + number);
        assertThat(JsonPath.<String>read(after, "$.ticket.status")).isEqualTo("OPEN");
        assertThat(JsonPath.<Boolean>read(after, "$.ticket.slaPaused")).isFalse();
        // paused Monday 10:00 → Tuesday 10:00 = 9 business hours (Mon 10–18, Tue 9–10): the deadline moves by exactly that
        assertThat(Instant.parse(JsonPath.read(after, "$.ticket.resolutionDue"))).isEqualTo(rome("2026-11-26T15:00"));
        assertThat(JsonPath.<List<String>>read(after, "$.sla.segments[*].state")).containsExactly("RUNNING", "PAUSED", "RUNNING");
        assertThat(JsonPath.<List<String>>read(after, "$.sla.segments[*].reason"))
                .containsExactly("started", "waiting for customer", "customer replied");
        assertThat(JsonPath.<String>read(after, "$.workItems[0].candidateGroup")).isEqualTo("tier1");
    }

    @Test
    void sameIdempotencyKeyGivesTheSameTicket() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = ticketJson("WEB_FORM", "anna.bianchi@esempio.it", "Codice sconto", "TECHNICAL", null);
        String first = as("luca", post("/api/v1/tickets").header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String second = as("luca", post("/api/v1/tickets").header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<String>read(second, "$.number")).isEqualTo(JsonPath.read(first, "$.number"));
    }

    @Test
    void missingFieldIsA400NamingTheField() throws Exception {
        as("luca", post("/api/v1/tickets").contentType(MediaType.APPLICATION_JSON)
                .content("{\"channel\":\"EMAIL\",\"customer\":{\"email\":\"x@esempio.it\"},\"message\":\"ciao\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.field").value("subject"))
                .andExpect(jsonPath("$.errors[0].field").value("subject"));
    }

    @Test
    void unknownEnumValueIsA400NamingTheField() throws Exception {
        as("luca", post("/api/v1/tickets").contentType(MediaType.APPLICATION_JSON)
                .content(ticketJson("CARRIER_PIGEON", "x@esempio.it", "Ciao", "OTHER", null)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.field").value("channel"));
    }

    @Test
    void channelWithoutTheCustomersHandleIsA400() throws Exception {
        as("luca", post("/api/v1/tickets").contentType(MediaType.APPLICATION_JSON)
                .content("{\"channel\":\"PHONE\",\"customer\":{\"name\":\"Mario\"},\"subject\":\"x\",\"message\":\"y\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("customer.phone"));
    }

    @Test
    void unknownTicketIsA404() throws Exception {
        as("luca", get("/api/v1/tickets/SP-999999")).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void resolvingAResolvedTicketIsA409() throws Exception {
        String number = create("PRODUCT");
        as("luca", post("/api/v1/tickets/" + number + "/resolve").contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\":\"ANSWERED\"}")).andExpect(status().isOk());
        as("luca", post("/api/v1/tickets/" + number + "/resolve").contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\":\"ANSWERED\"}"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.rule").value("TRANSITION_NOT_ALLOWED"));
    }

    @Test
    void closedTicketCannotBeReopenedOrAnswered() throws Exception {
        String number = create("PRODUCT");
        as("luca", post("/api/v1/tickets/" + number + "/resolve").contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\":\"ANSWERED\"}")).andExpect(status().isOk());
        as("luca", post("/api/v1/tickets/" + number + "/reopen")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("OPEN"));
        as("luca", post("/api/v1/tickets/" + number + "/resolve").contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\":\"ANSWERED\"}")).andExpect(status().isOk());
        jobs.advanceTo(clock.instant().plus(Duration.ofDays(11)));
        assertThat(JsonPath.<String>read(json("luca", "/api/v1/tickets/" + number), "$.ticket.status")).isEqualTo("CLOSED");
        as("luca", post("/api/v1/tickets/" + number + "/reopen")).andExpect(status().isConflict());
        assertThatThrownBy(() -> desk.customerReply(number, Channel.EMAIL, "Ancora io", customerOf(number)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.rule()).isEqualTo("TICKET_CLOSED"));
    }

    @Test
    void escalationWithoutReasonIsA400() throws Exception {
        String number = create("PAYMENT");
        as("sara", post("/api/v1/tickets/" + number + "/escalate").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("reason"));
    }

    @Test
    void problemTitlesSpeakTheCallersLanguage() throws Exception {
        as("luca", get("/api/v1/tickets/SP-NOPE").header("Accept-Language", "it"))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.title").value("Non trovato"));
        String number = create("PAYMENT");
        as("sara", post("/api/v1/tickets/" + number + "/escalate").contentType(MediaType.APPLICATION_JSON)
                .header("Accept-Language", "it").content("{}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.title").value("Richiesta non valida"))
                .andExpect(jsonPath("$.field").value("reason"));
    }

    @Test
    void aRefusedEscalationIsToldInTheCallersLanguageWithItsArguments() throws Exception {
        String number = create("PAYMENT"); // payments start at L2
        jobs.advanceTo(clock.instant());
        as("sara", post("/api/v1/tickets/" + number + "/escalate").contentType(MediaType.APPLICATION_JSON)
                .header("Accept-Language", "it").content("{\"tier\":\"L2\",\"reason\":\"Serve il secondo livello\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.rule").value("ESCALATION_TARGET"))
                .andExpect(jsonPath("$.arguments[0]").value("L2"))
                .andExpect(jsonPath("$.detail").value("Il ticket è già al livello L2: può passare solo a un livello superiore."));
    }

    @Test
    void agentCannotClaimAnotherTiersTask() throws Exception {
        String number = create("FRAUD");
        // a fraud ticket does not even exist for a first-tier agent (TicketAccessTest)
        as("luca", post("/api/v1/tickets/" + number + "/claim")).andExpect(status().isNotFound());
        String escalated = create("SHIPPING");
        as("luca", post("/api/v1/tickets/" + escalated + "/claim")).andExpect(status().isOk());
        as("luca", post("/api/v1/tickets/" + escalated + "/escalate").contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\":\"Rimborso\"}")).andExpect(status().isOk());
        as("luca", post("/api/v1/tickets/" + escalated + "/claim")).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.rule").value("NOT_AT_YOUR_TIER"));
        as("marco", post("/api/v1/tickets/" + number + "/claim")).andExpect(status().isOk());
        // elena works all tiers: she loses the race to marco and is told who won
        as("elena", post("/api/v1/tickets/" + number + "/claim")).andExpect(status().isConflict())
                .andExpect(jsonPath("$.claimedBy").value("marco"));
    }

    @Test
    void surveyScoreOutOfRangeIsA400() throws Exception {
        mvc.perform(post("/api/v1/surveys/whatever/answer").with(httpBasic("giulia", "secret"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"score\":7}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("score"));
        mvc.perform(post("/api/v1/surveys/not-a-token/answer").with(httpBasic("giulia", "secret"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"score\":4}"))
                .andExpect(status().isNotFound());
    }

    @Test
    void everyEndpointNeedsAuthentication() throws Exception {
        mvc.perform(get("/api/v1/tickets")).andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", org.hamcrest.Matchers.containsString("Basic")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/tickets").with(httpBasic("luca", "wrong"))).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/surveys/x/answer").contentType(MediaType.APPLICATION_JSON).content("{\"score\":4}"))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/v3/api-docs")).andExpect(status().isUnauthorized());
    }

    @Test
    void rolesLimitWhatCanBeDone() throws Exception {
        as("anna", get("/api/v1/tickets")).andExpect(status().isOk());
        as("anna", post("/api/v1/tickets").contentType(MediaType.APPLICATION_JSON)
                .content(ticketJson("EMAIL", "x@esempio.it", "x", "OTHER", null))).andExpect(status().isForbidden());
        as("giulia", get("/api/v1/tickets")).andExpect(status().isForbidden());
        as("luca", get("/api/v1/work-items?scope=ALL")).andExpect(status().isForbidden());
    }

    @Test
    void listFiltersAndPages() throws Exception {
        create("ACCOUNT");
        create("ACCOUNT");
        // account problems go to L2 (triage): an L2 agent lists them
        String page = json("sara", "/api/v1/tickets?category=ACCOUNT&status=NEW&size=1&page=0");
        assertThat(JsonPath.<List<String>>read(page, "$.items[*].category")).containsOnly("ACCOUNT");
        assertThat(JsonPath.<Integer>read(page, "$.size")).isEqualTo(1);
        assertThat(JsonPath.<Integer>read(page, "$.totalItems")).isGreaterThanOrEqualTo(2);
        as("luca", get("/api/v1/tickets?size=1000")).andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("size"));
        as("luca", get("/api/v1/tickets?status=SLEEPING")).andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("status"));
    }

    @Test
    void openApiDocumentsTheApi() throws Exception {
        as("luca", get("/v3/api-docs")).andExpect(status().isOk()).andExpect(jsonPath("$.paths['/api/v1/tickets']").exists());
    }
}
