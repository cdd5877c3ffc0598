package io.sportello.desk;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.sportello.SportelloSpringTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The studio over REST: versions, download, validation, and refusals that name what is wrong. */
class StudioApiTest extends SportelloSpringTest {

    @Autowired
    MockMvc mvc;

    String broken() throws Exception {
        return Files.readString(Path.of("processes/tier-escalation.bpmn"))
                .replace("camunda:candidateGroups=\"${tierGroup}\"", "camunda:candidateGroups=\"payments-team\"");
    }

    @Test
    void versionsAndDownload() throws Exception {
        mvc.perform(get("/api/v1/studio/models").with(httpBasic("paolo", "secret")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.key == 'tier-escalation' && @.latest == true)].running").exists());
        String id = com.jayway.jsonpath.JsonPath.read(mvc.perform(get("/api/v1/studio/models").with(httpBasic("paolo", "secret")))
                .andReturn().getResponse().getContentAsString(), "$[?(@.key == 'sla-policy')].id").toString()
                .replaceAll("[\\[\\]\"]", "").split(",")[0];
        mvc.perform(get("/api/v1/studio/models/" + id + "/xml").with(httpBasic("paolo", "secret")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", Matchers.containsString("sla-policy.dmn")))
                .andExpect(content().string(Matchers.containsString("<decision id=\"sla-policy\"")));
    }

    @Test
    void invalidModelIsRefusedWithTheProblemsAndAMissingCommentNamesTheField() throws Exception {
        mvc.perform(post("/api/v1/studio/validate").contentType(MediaType.APPLICATION_XML).content(broken())
                        .with(httpBasic("paolo", "secret")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].code").value("UNKNOWN_GROUP"))
                .andExpect(jsonPath("$[0].elementId").value("Task_HandleTicket"));
        mvc.perform(post("/api/v1/studio/deployments").contentType(MediaType.APPLICATION_XML).content(broken())
                        .with(httpBasic("paolo", "secret")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.field").value("comment"));
        mvc.perform(post("/api/v1/studio/deployments").param("comment", "stricter L2").contentType(MediaType.APPLICATION_XML)
                        .content(broken().getBytes(StandardCharsets.UTF_8)).with(httpBasic("paolo", "secret")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.field").value("model"))
                .andExpect(jsonPath("$.problems[0].code").value("UNKNOWN_GROUP"))
                .andExpect(jsonPath("$.problems[0].detail").value("payments-team"));
        mvc.perform(get("/api/v1/studio/models").with(httpBasic("luca", "secret"))).andExpect(status().isForbidden());
    }
}
