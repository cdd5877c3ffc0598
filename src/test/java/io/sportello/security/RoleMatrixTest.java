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
 * call reaches the operation ({@code ok}: any answer but 401/403 — with placeholder ids that is mostly 404), is
 * refused ({@code 403}) or asked to sign in ({@code 401}). Each call carries a body made from the operation's own
 * request schema (every property with a value of its type, format and enum), so that a rule checked only after the
 * body is read and validated shows as what it is, not as a 400 "ok". The ids name nothing that exists; the few
 * operations without an id may create something, in this test's database only. An operation without a row fails
 * the test: decide its rule, add it.
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
        StringBuilder raw = new StringBuilder(HEADER).append('\n');
        statuses.forEach((op, row) -> raw.append(op).append(',').append(row).append('\n'));
        Files.writeString(Path.of("target/role-matrix.statuses.csv"), raw);

        Map<String, String> expected = expected();
        assertThat(actual.keySet()).as("operations without a rule in " + EXPECTED + " (actual table: " + written + ")")
                .isSubsetOf(expected.keySet());
        assertThat(expected.keySet()).as("rows for operations that no longer exist").isSubsetOf(actual.keySet());
        for (Map.Entry<String, String> e : actual.entrySet()) {
            assertThat(e.getValue()).as(e.getKey() + " (" + HEADER.substring(HEADER.indexOf(',') + 1) + ")")
                    .isEqualTo(expected.get(e.getKey()));
        }
    }

    /** The raw status codes per operation, written beside the table to see why a cell says what it says. */
    final Map<String, String> statuses = new TreeMap<>();

    /** The OpenAPI document, read once. */
    JsonNode document;
    /** Path parameters that are UUIDs ("METHOD path name"): their placeholder is a UUID that names nothing. */
    final java.util.Set<String> uuids = new java.util.HashSet<>();
    /** The required query parameters of each operation that has some, with values of their types. */
    final Map<String, String> queries = new TreeMap<>();
    /** A valid request body for each operation that takes JSON ("METHOD path"). */
    final Map<String, String> bodies = new TreeMap<>();

    List<String[]> operations() throws Exception {
        String doc = mvc.perform(request(HttpMethod.GET, "/v3/api-docs").with(httpBasic("admin", "secret")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        document = json.readTree(doc);
        JsonNode paths = document.path("paths");
        List<String[]> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext(); ) {
                Map.Entry<String, JsonNode> op = methods.next();
                String method = op.getKey().toUpperCase();
                if (List.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
                    operations.add(new String[] {method, path.getKey()});
                    JsonNode schema = op.getValue().path("requestBody").path("content").path("application/json").path("schema");
                    if (!schema.isMissingNode()) {
                        bodies.put(method + " " + path.getKey(), json.writeValueAsString(sample(schema, 0)));
                    }
                    List<String> query = new ArrayList<>();
                    for (JsonNode parameter : op.getValue().path("parameters")) {
                        if (parameter.path("in").asText().equals("path")
                                && parameter.path("schema").path("format").asText().equals("uuid")) {
                            uuids.add(method + " " + path.getKey() + " " + parameter.path("name").asText());
                        }
                        if (parameter.path("in").asText().equals("query") && parameter.path("required").asBoolean()) {
                            Object value = sample(parameter.path("schema"), 0);
                            if (value instanceof Map<?, ?> fields) { // a parameter object: its fields are the parameters
                                fields.forEach((name, v) -> query.add(name + "=" + v));
                            } else {
                                query.add(parameter.path("name").asText() + "=" + (value instanceof List<?> l && !l.isEmpty()
                                        ? l.get(0) : value));
                            }
                        }
                    }
                    if (!query.isEmpty()) {
                        queries.put(method + " " + path.getKey(), String.join("&", query));
                    }
                }
            }
        }
        assertThat(operations).as("the OpenAPI document lists the API").hasSizeGreaterThan(20);
        return operations;
    }

    String outcome(String method, String path, String who) throws Exception {
        String concrete = path;
        for (String uuid : uuids) {
            if (uuid.startsWith(method + " " + path + " ")) {
                concrete = concrete.replace("{" + uuid.substring(uuid.lastIndexOf(' ') + 1) + "}",
                        "00000000-0000-0000-0000-000000000000");
            }
        }
        concrete = concrete.replaceAll("\\{number}", "SP-999999").replaceAll("\\{token}", "no-such-token")
                .replaceAll("\\{[^}]*}", "999999");
        if (queries.containsKey(method + " " + path)) {
            concrete += "?" + queries.get(method + " " + path);
        }
        MockHttpServletRequestBuilder call = request(HttpMethod.valueOf(method), concrete);
        if (!method.equals("GET") && !method.equals("DELETE")) {
            call.contentType(MediaType.APPLICATION_JSON).content(bodies.getOrDefault(method + " " + path, "{}"));
        }
        if (!who.equals("anonymous")) {
            call.with(httpBasic(who, "secret"));
        }
        int status = mvc.perform(call).andReturn().getResponse().getStatus();
        statuses.merge(method + " " + path, String.valueOf(status), (a, b) -> a + "," + b);
        return status == 401 ? "401" : status == 403 ? "403" : status >= 500 ? "error" : "ok";
    }

    /** A value that the schema accepts: every property filled in, enums by their first value, formats respected. */
    Object sample(JsonNode schema, int depth) {
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asText().replace("#/components/schemas/", "");
            return depth > 4 ? null : sample(document.path("components").path("schemas").path(name), depth + 1);
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(0).asText();
        }
        if (schema.has("allOf") || schema.has("oneOf") || schema.has("anyOf")) {
            JsonNode first = schema.has("allOf") ? schema.get("allOf") : schema.has("oneOf") ? schema.get("oneOf") : schema.get("anyOf");
            return sample(first.get(0), depth);
        }
        String type = schema.path("type").asText("object");
        String format = schema.path("format").asText("");
        switch (type) {
            case "string" -> {
                return switch (format) {
                    case "date" -> "2026-03-02";
                    case "date-time" -> "2026-03-02T10:00:00Z";
                    case "email" -> "matrix@example.it";
                    case "uri", "url" -> "https://example.it/";
                    case "binary", "byte" -> "eA==";
                    default -> schema.has("pattern") ? matching(schema.get("pattern").asText())
                            : "x".repeat(Math.max(1, schema.path("minLength").asInt(1)));
                };
            }
            case "integer", "number" -> {
                return Math.max(1, schema.path("minimum").asInt(1));
            }
            case "boolean" -> {
                return false;
            }
            case "array" -> {
                List<Object> items = new ArrayList<>();
                for (int i = 0; i < Math.max(1, schema.path("minItems").asInt(1)) && depth < 4; i++) {
                    items.add(sample(schema.path("items"), depth + 1));
                }
                return items;
            }
            default -> {
                Map<String, Object> object = new LinkedHashMap<>();
                for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> property = it.next();
                    if (depth < 5) {
                        Object value = sample(property.getValue(), depth + 1);
                        object.put(property.getKey(), "x".equals(value) && property.getKey().toLowerCase().contains("phone")
                                ? "+393331234567" : value);
                    }
                }
                return object;
            }
        }
    }

    /** A value of the usual kinds (a language, a phone number, a ticket number…) that a pattern accepts. */
    static String matching(String pattern) {
        java.util.regex.Pattern p = java.util.regex.Pattern.compile(pattern);
        return java.util.stream.Stream.of("it", "x", "+393331234567", "SP-000001", "123456", "a1")
                .filter(candidate -> p.matcher(candidate).matches()).findFirst().orElse("x");
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
