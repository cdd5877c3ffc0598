package io.sportello.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.sportello.SportelloSpringTest;
import io.sportello.desk.OpenTicket;
import io.sportello.desk.TicketDesk;
import io.sportello.shared.Actor;
import io.sportello.shared.Channel;
import io.sportello.ticket.Category;
import io.sportello.ticket.Ticket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Auditors read everything and change nothing: every attempt to write is refused with 403; the audit API has
 * only reads; and nobody, administrators included, can delete or edit engine history or deployments.
 */
class AuditReadOnlyTest extends SportelloSpringTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TicketDesk desk;
    @Autowired
    HistoryService history;
    @Autowired
    RepositoryService repository;
    @Autowired
    @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @LocalServerPort
    int port;

    Ticket ticket() {
        return desk.open(new OpenTicket(Channel.EMAIL, UUID.randomUUID() + "@esempio.it", "Cliente", "Reso",
                "Vorrei fare un reso", Category.RETURN, null, "it", null, null), Actor.system()).ticket();
    }

    int statusAs(String user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(httpBasic(user, "secret"))).andReturn().getResponse().getStatus();
    }

    @Test
    void auditorReadsTheTrailAndExportsEvidence() throws Exception {
        Ticket t = ticket();
        mvc.perform(get("/api/v1/audit/tickets").param("number", t.getNumber()).with(httpBasic("anna", "secret")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.content[0].number").value(t.getNumber()));
        mvc.perform(get("/api/v1/audit/tickets").param("from", "2026-11-23").param("to", "2026-11-23")
                        .param("category", "RETURN").param("slaBreached", "false").param("size", "200")
                        .with(httpBasic("anna", "secret")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].number", org.hamcrest.Matchers.hasItem(t.getNumber())));
        mvc.perform(get("/api/v1/audit/tickets").param("from", "2026-11-24").param("category", "RETURN")
                        .with(httpBasic("anna", "secret")))
                .andExpect(jsonPath("$.content[*].number", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(t.getNumber()))));
        mvc.perform(get("/api/v1/audit/tickets/" + t.getNumber() + "/timeline").with(httpBasic("anna", "secret")))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].type").value("CREATED"));
        mvc.perform(get("/api/v1/audit/tickets/" + t.getNumber() + "/evidence.pdf").with(httpBasic("anna", "secret")))
                .andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("attachment")));
        mvc.perform(get("/api/v1/audit/evidence.csv").param("category", "RETURN").with(httpBasic("anna", "secret")))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString(t.getNumber())));
        mvc.perform(get("/api/v1/audit/tickets/SP-999999/timeline").with(httpBasic("anna", "secret")))
                .andExpect(status().isNotFound()).andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(statusAs("luca", get("/api/v1/audit/tickets"))).as("agents are no auditors").isEqualTo(403);
    }

    @Test
    void auditorAttemptsToChangeAnythingAreRefused() throws Exception {
        Ticket t = ticket();
        String number = t.getNumber();
        String json = MediaType.APPLICATION_JSON_VALUE;
        assertThat(statusAs("anna", post("/api/v1/tickets").contentType(json).content(
                "{\"channel\":\"EMAIL\",\"customerHandle\":\"x@y.it\",\"subject\":\"s\",\"message\":\"m\"}"))).isEqualTo(403);
        assertThat(statusAs("anna", post("/api/v1/tickets/" + number + "/replies").contentType(json)
                .content("{\"text\":\"hi\"}"))).isEqualTo(403);
        assertThat(statusAs("anna", post("/api/v1/tickets/" + number + "/escalate").contentType(json)
                .content("{\"reason\":\"x\"}"))).isEqualTo(403);
        assertThat(statusAs("anna", post("/api/v1/studio/deployments").contentType(MediaType.APPLICATION_XML)
                .param("comment", "x").content("<x/>"))).isEqualTo(403);
        assertThat(statusAs("anna", post("/api/v1/studio/migrations").contentType(json)
                .content("{\"sourceId\":\"a\",\"targetId\":\"b\",\"comment\":\"c\"}"))).isEqualTo(403);
        assertThat(statusAs("anna", delete("/api/v1/audit/tickets/" + number + "/timeline"))).isIn(403, 405);
        assertThat(statusAs("anna", put("/api/v1/audit/tickets/" + number + "/timeline"))).isIn(403, 405);
        assertThat(statusAs("anna", get("/engine-rest/history/process-instance"))).isEqualTo(403);

        // the audit API has no way to write, whoever calls it
        assertThat(mappings.getHandlerMethods().entrySet()).filteredOn(e -> e.getKey().getPatternValues().stream()
                        .anyMatch(p -> p.startsWith("/api/v1/audit")))
                .isNotEmpty()
                .allSatisfy(e -> assertThat(e.getKey().getMethodsCondition().getMethods()).containsOnly(RequestMethod.GET));
    }

    @Test
    void nobodyDeletesOrRewritesEngineHistoryOrDeployments() throws Exception {
        Ticket t = ticket();
        String instanceId = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(t.getNumber())
                .list().get(0).getId();
        String deploymentId = repository.createDeploymentQuery().list().get(0).getId();
        for (String user : new String[] {"admin", "paolo"}) {
            assertThat(send("DELETE", "/engine-rest/history/process-instance/" + instanceId, user, null)).isEqualTo(403);
            assertThat(send("POST", "/engine-rest/history/process-instance/delete", user,
                    "{\"historicProcessInstanceIds\":[\"" + instanceId + "\"]}")).isEqualTo(403);
            assertThat(send("POST", "/engine-rest/history/removal-time/set-removal-time/process-instances", user,
                    "{\"clearedRemovalTime\":true}")).isEqualTo(403);
            assertThat(send("POST", "/engine-rest/history/cleanup", user, null)).isEqualTo(403);
            assertThat(send("DELETE", "/engine-rest/deployment/" + deploymentId + "?cascade=true", user, null)).isEqualTo(403);
            assertThat(send("DELETE", "/camunda/api/engine/engine/default/deployment/" + deploymentId + "?cascade=true",
                    user, null)).isIn(302, 401, 403);
        }
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(instanceId).count()).isEqualTo(1);
        assertThat(repository.createDeploymentQuery().deploymentId(deploymentId).count()).isEqualTo(1);
        assertThat(send("GET", "/engine-rest/history/process-instance/" + instanceId, "admin", null)).isEqualTo(200);
    }

    @Autowired
    org.camunda.bpm.engine.ProcessEngine engine;

    @Test
    void historyIsFullAndOnlyTheNightlyCleanupRemovesExpiredEntries() {
        var configuration = (org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        assertThat(configuration.getHistory()).isEqualTo("full");
        assertThat(configuration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("01:00");
        assertThat(configuration.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00");
        assertThat(configuration.isEnforceHistoryTimeToLive()).isTrue();
        assertThat(repository.createProcessDefinitionQuery().latestVersion().list())
                .allSatisfy(d -> assertThat(d.getHistoryTimeToLive()).isEqualTo(180));
    }

    int send(String method, String path, String user, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":secret")
                        .getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
    }
}
