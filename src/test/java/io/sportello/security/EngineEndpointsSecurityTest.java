package io.sportello.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.sportello.SportelloSpringTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The engine's REST API and webapps are never open; Vaadin answers at the root. Real HTTP on a random port. */
class EngineEndpointsSecurityTest extends SportelloSpringTest {

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    HttpResponse<String> get(String path, String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":secret").getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void engineRestNeedsAnAdministratorOrProcessOwner() throws Exception {
        assertThat(get("/engine-rest/process-definition", null).statusCode()).isEqualTo(401);
        assertThat(get("/engine-rest/process-definition", "luca").statusCode()).isEqualTo(403);
        assertThat(get("/engine-rest/process-definition", "anna").statusCode()).isEqualTo(403);
        HttpResponse<String> owner = get("/engine-rest/process-definition?key=ticket-lifecycle", "paolo");
        assertThat(owner.statusCode()).isEqualTo(200);
        assertThat(owner.body()).contains("ticket-lifecycle");
        assertThat(get("/engine-rest/task", "admin").statusCode()).isEqualTo(200);
    }

    @Test
    void camundaWebappsSendAnonymousVisitorsToTheSportelloSignIn() throws Exception {
        for (String path : new String[]{"/camunda/app/cockpit/default/", "/camunda/api/engine/engine/default/process-definition"}) {
            HttpResponse<String> response = get(path, null);
            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        }
    }

    @Test
    void vaadinUiRequiresSignIn() throws Exception {
        HttpResponse<String> root = get("/", null);
        assertThat(root.statusCode()).isEqualTo(302);
        assertThat(root.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        assertThat(get("/actuator/health", null).statusCode()).isEqualTo(200);
        assertThat(get("/actuator/prometheus", null).statusCode()).isEqualTo(401);
    }
}
