package io.sportello.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.sportello.Canary;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletRequest;

/**
 * The engine's own doors — its REST API and Cockpit — are read-only for process owners, closed to everybody else,
 * and even administrators can neither destroy history, change retention, bypass the desk on tasks nor deploy what
 * the studio refuses; the rules hold however the path is spelt.
 */
class EngineDoorsTest extends SportelloSpringTest {

    @LocalServerPort
    int port;
    @Autowired
    TicketDesk desk;
    @Autowired
    RepositoryService repository;
    @Autowired
    HistoryService history;
    @Autowired
    TaskService tasks;
    @Autowired
    Canary canary;

    Ticket ticket() {
        return desk.open(new OpenTicket(Channel.EMAIL, UUID.randomUUID() + "@esempio.it", "Cliente", "Reso", "Testo",
                Category.RETURN, null, "it", null, null), Actor.system()).ticket();
    }

    @Test
    void processOwnersReadTheEngineButChangeNothing() throws Exception {
        Ticket t = ticket();
        String definitionId = repository.createProcessDefinitionQuery().processDefinitionKey("ticket-lifecycle")
                .latestVersion().singleResult().getId();

        assertThat(send("GET", "/engine-rest/process-definition/" + definitionId, "paolo", null).statusCode()).isEqualTo(200);
        assertThat(send("GET", "/engine-rest/history/process-instance?processInstanceBusinessKey=" + t.getNumber(),
                "paolo", null).body()).contains(t.getNumber());
        assertThat(send("POST", "/engine-rest/history/process-instance/count", "paolo", "{}").statusCode()).isEqualTo(200);

        assertThat(send("POST", "/engine-rest/deployment/create", "paolo", null).statusCode()).isEqualTo(403);
        assertThat(send("PUT", "/engine-rest/process-definition/" + definitionId + "/suspended", "paolo",
                "{\"suspended\":true}").statusCode()).isEqualTo(403);
        assertThat(send("POST", "/engine-rest/process-definition/key/ticket-lifecycle/start", "paolo", "{}").statusCode())
                .isEqualTo(403);
        assertThat(repository.getProcessDefinition(definitionId).isSuspended()).isFalse();
    }

    @Test
    void nobodyDestroysHistoryOrRetentionNorWorksTasksBehindTheDesk() throws Exception {
        Ticket t = ticket();
        String definitionId = repository.createProcessDefinitionQuery().processDefinitionKey("ticket-lifecycle")
                .latestVersion().singleResult().getId();
        String taskId = tasks.createTaskQuery().processInstanceBusinessKey(t.getNumber()).singleResult().getId();
        for (String user : new String[] {"admin", "paolo"}) {
            assertThat(send("DELETE", "/engine-rest/process-definition/" + definitionId + "?cascade=true", user, null)
                    .statusCode()).isEqualTo(403);
            assertThat(send("PUT", "/engine-rest/process-definition/" + definitionId + "/history-time-to-live", user,
                    "{\"historyTimeToLive\":0}").statusCode()).isEqualTo(403);
            assertThat(send("POST", "/engine-rest/task/" + taskId + "/complete", user, "{}").statusCode()).isEqualTo(403);
            assertThat(send("POST", "/engine-rest/task/" + taskId + "/claim", user, "{\"userId\":\"" + user + "\"}")
                    .statusCode()).isEqualTo(403);
            assertThat(send("POST", "/engine-rest/message", user, "{\"messageName\":\"ResolvedByAgent\",\"businessKey\":\""
                    + t.getNumber() + "\"}").statusCode()).isEqualTo(403);
            assertThat(send("DELETE", "/engine-rest/engine/default/process-definition/" + definitionId + "?cascade=true",
                    user, null).statusCode()).isEqualTo(403);
        }
        assertThat(repository.getProcessDefinition(definitionId).getHistoryTimeToLive()).isEqualTo(180);
        assertThat(tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isNull();
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(t.getNumber()).count())
                .isPositive();
    }

    @Test
    void pathTricksReachTheSameRules() throws Exception {
        String definitionId = repository.createProcessDefinitionQuery().processDefinitionKey("ticket-lifecycle")
                .latestVersion().singleResult().getId();
        for (String path : new String[] {"/engine-rest/process-%64efinition/" + definitionId + "?cascade=true",
                "/engine-rest/%70rocess-definition/" + definitionId, "/%65ngine-rest/process-definition/" + definitionId,
                "/engine-rest/engine/default/process-definition/" + definitionId}) {
            assertThat(send("DELETE", path, "admin", null).statusCode()).as(path).isIn(400, 403);
        }
        assertThat(repository.getProcessDefinition(definitionId)).isNotNull();

        MockHttpServletRequest dotted = new MockHttpServletRequest("DELETE", "/engine-rest/./history/../deployment/x");
        assertThat(EngineDoors.access("DELETE", EngineDoors.enginePath(dotted))).isEqualTo(EngineDoors.Access.NOBODY);
        MockHttpServletRequest semicolon = new MockHttpServletRequest("POST", "/engine-rest/job;x=1/retries");
        assertThat(EngineDoors.enginePath(semicolon)).isEqualTo("/job/retries");
        assertThat(EngineDoors.access("PUT", "/job/abc/retries")).isEqualTo(EngineDoors.Access.ADMIN_WRITE);
        assertThat(EngineDoors.access("POST", "/history/cleanup")).isEqualTo(EngineDoors.Access.NOBODY);
    }

    @Test
    void agentsAndAuditorsHaveNoDoorIntoTheEngine() throws Exception {
        for (String user : new String[] {"luca", "elena", "anna", "giulia"}) {
            assertThat(send("GET", "/engine-rest/process-definition", user, null).statusCode()).as(user).isEqualTo(403);
            assertThat(send("POST", "/engine-rest/deployment/create", user, null).statusCode()).as(user).isEqualTo(403);
        }
        assertThat(send("GET", "/engine-rest/process-definition", null, null).statusCode()).isEqualTo(401);
    }

    @Test
    void anAdministratorCannotDeployThroughTheEngineWhatTheStudioRefuses() throws Exception {
        canary.clear();
        byte[] hostile = Files.readAllBytes(Path.of("src/test/resources/hostile-models/timer-start-method-call.bpmn"));

        HttpResponse<String> response = deploy("admin", "timer-start-method-call.bpmn", hostile);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("NOT_ALLOWED_EXPRESSION");
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("timer-start-method-call").count()).isZero();
        assertThat(canary.touched()).isEmpty();
    }

    @Test
    void cockpitIsForAdministratorsOnly() throws Exception {
        assertThat(send("GET", "/camunda/api/engine/engine/default/process-definition", "paolo", null).statusCode())
                .isIn(302, 401, 403);
        assertThat(send("POST", "/camunda/api/engine/engine/default/task/x/complete", "admin", "{}").statusCode())
                .isIn(302, 401, 403);
    }

    HttpResponse<String> deploy(String user, String fileName, byte[] model) throws Exception {
        String boundary = "sportello" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nprobe\r\n--"
                + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + model.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(model, 0, body, head.length, model.length);
        System.arraycopy(tail, 0, body, head.length + model.length, tail.length);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/engine-rest/deployment/create"))
                .header("Authorization", basic(user))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> send(String method, String path, String user, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (user != null) {
            request.header("Authorization", basic(user));
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":secret").getBytes(StandardCharsets.UTF_8));
    }
}
