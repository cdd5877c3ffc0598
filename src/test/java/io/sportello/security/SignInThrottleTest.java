package io.sportello.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.sportello.SportelloSpringTest;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Guessing passwords gets slower and slower: after five wrong ones even the right one must wait. */
class SignInThrottleTest extends SportelloSpringTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    SignInThrottle throttle;

    @AfterEach
    void forget() {
        throttle.forgetAll();
    }

    @Test
    void afterFiveWrongPasswordsTheRightOneWaitsOutTheBackOff() throws Exception {
        if (!users.exists("tina")) {
            users.create("tina", "Tina", "tina@test.example", "secret", EnumSet.of(Role.AGENT), Set.of("tier1"), "it");
        }
        for (int i = 0; i < SignInThrottle.FREE_ATTEMPTS + 1; i++) {
            mvc.perform(get("/api/v1/tickets").with(httpBasic("tina", "guess" + i))).andExpect(status().isUnauthorized());
        }

        mvc.perform(get("/api/v1/tickets").with(httpBasic("tina", "secret"))).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("try again in")));
        mvc.perform(get("/api/v1/tickets").with(httpBasic("TINA", "secret"))).andExpect(status().isUnauthorized());

        clock.pin(clock.instant().plus(Duration.ofSeconds(10)));
        mvc.perform(get("/api/v1/tickets").with(httpBasic("tina", "secret"))).andExpect(status().isOk());
        // others were never held up
        mvc.perform(get("/api/v1/tickets").with(httpBasic("luca", "secret"))).andExpect(status().isOk());
    }
}
