package io.sportello.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sportello.SportelloSpringTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every operation of the desk's REST API (read from its OpenAPI document, so a new endpoint cannot be forgotten) ×
 * every role and anonymous: the status class each gets must be the one in {@code security/role-matrix.csv}. A
 * call reaches the operation ({@code ok}: any answer but 401/403 — with placeholder ids and an empty body that is
 * mostly 400 or 404), is refused ({@code 403}) or asked to sign in ({@code 401}). The placeholders name nothing
 * that exists, so no call changes anything. An operation without a row fails the test: decide its rule, add it.
 */
class RoleMatrixTest extends SportelloSpringTest {

    static final Path EXPECTED = Path.of("src/test/resources/security/role-matrix.csv");
    static final List<String> WHO = List.of("anonymous", "giulia", "luca", "elena", "paolo", "anna", "admin");
    static final String HEADER = "operation,anonymous,customer,agent,supervisor,process_owner,auditor,admin";

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;

    @Test
    void everyOperationAnswersEachRoleAsTheMatrixSays() throws Exception {
        Map<String, String> actual = new TreeMap<>();
        for (String[] operation : operations()) {
            List<String> row = new ArrayList<>();
            for (String who : WHO) {
                row.add(outcome(operation[0], operation[1], who));
            }
            actual.put(operation[0] + " " + operation[1], String.join(",", row));
        }
        StringBuilder table = new StringBuilder(HEADER).append('\n');
        actual.forEach((op, row) -> table.append(op).append(',').append(row).append('\n'));
        Path written = Path.of("target/role-matrix.actual.csv");
        Files.createDirectories(written.getParent());
        Files.writeString(written, table);

        Map<String, String> expected = expected();
        assertThat(actual.keySet()).as("operations without a rule in " + EXPECTED + " (actual table: " + written + ")")
                .isSubsetOf(expected.keySet());
        assertThat(expected.keySet()).as("rows for operations that no longer exist").isSubsetOf(actual.keySet());
        for (Map.Entry<String, String> e : actual.entrySet()) {
            assertThat(e.getValue()).as(e.getKey() + " (" + HEADER.substring(HEADER.indexOf(',') + 1) + ")")
                    .isEqualTo(expected.get(e.getKey()));
        }
    }

    List<String[]> operations() throws Exception {
        String doc = mvc.perform(request(HttpMethod.GET, "/v3/api-docs").with(httpBasic("admin", "secret")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        JsonNode paths = json.readTree(doc).path("paths");
        List<String[]> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            for (Iterator<String> methods = path.getValue().fieldNames(); methods.hasNext(); ) {
                String method = methods.next().toUpperCase();
                if (List.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
                    operations.add(new String[] {method, path.getKey()});
                }
            }
        }
        assertThat(operations).as("the OpenAPI document lists the API").hasSizeGreaterThan(20);
        return operations;
    }

    String outcome(String method, String path, String who) throws Exception {
        String concrete = path.replaceAll("\\{number}", "SP-999999").replaceAll("\\{token}", "no-such-token")
                .replaceAll("\\{[^}]*}", "999999");
        MockHttpServletRequestBuilder call = request(HttpMethod.valueOf(method), concrete);
        if (!method.equals("GET") && !method.equals("DELETE")) {
            call.contentType(MediaType.APPLICATION_JSON).content("{}");
        }
        if (!who.equals("anonymous")) {
            call.with(httpBasic(who, "secret"));
        }
        int status = mvc.perform(call).andReturn().getResponse().getStatus();
        return status == 401 ? "401" : status == 403 ? "403" : status >= 500 ? "error" : "ok";
    }

    static Map<String, String> expected() throws IOException {
        Map<String, String> rows = new LinkedHashMap<>();
        if (!Files.exists(EXPECTED)) {
            return rows;
        }
        for (String line : Files.readAllLines(EXPECTED)) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("operation,")) {
                continue;
            }
            int comma = line.indexOf(',');
            rows.put(line.substring(0, comma), line.substring(comma + 1));
        }
        return rows;
    }
}
