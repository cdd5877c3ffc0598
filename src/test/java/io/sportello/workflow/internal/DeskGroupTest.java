package io.sportello.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The engine skips its authorization checks for calls that carry the desk's own group ({@link DeskCallsChecked}), so
 * no door a person comes through may ever give them that group: the engine REST API and Cockpit hand the engine only
 * the group of the person's role, whatever desk groups (queues) the person is in.
 */
class DeskGroupTest {

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    private static List<String> engineRestGroups(String... roles) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("someone",
                null, Stream.of(roles).map(SimpleGrantedAuthority::new).toList()));
        var result = new CockpitSingleSignOn.EngineRestAuthenticationProvider()
                .extractAuthenticatedUser(Mockito.mock(HttpServletRequest.class), null);
        return result.getGroups();
    }

    @Test
    void noPersonReachesTheEngineWithTheDesksGroup() {
        for (Set<String> roles : List.of(Set.of("ROLE_ADMIN"), Set.of("ROLE_PROCESS_OWNER"), Set.of("ROLE_AGENT"),
                Set.of("ROLE_SUPERVISOR"), Set.of("ROLE_AUDITOR"), Set.of("ROLE_CUSTOMER"),
                // a desk group (queue) named like the engine's own must not pass through either
                Set.of("ROLE_AGENT", EngineGroups.DESK, "ROLE_" + EngineGroups.DESK))) {
            assertThat(engineRestGroups(roles.toArray(String[]::new))).as(roles.toString())
                    .doesNotContain(EngineGroups.DESK);
        }
    }

    @Test
    void onlyCallsCarryingTheDesksGroupAreTrusted() {
        assertThat(DeskCallsChecked.TrustDesk.isDesk(new Authentication("luca", EngineGroups.desk()))).isTrue();
        assertThat(DeskCallsChecked.TrustDesk.isDesk(new Authentication("paolo", List.of(EngineGroups.PROCESS_OWNERS))))
                .isFalse();
        assertThat(DeskCallsChecked.TrustDesk.isDesk(new Authentication("admin", List.of(EngineGroups.ADMINS)))).isFalse();
        assertThat(DeskCallsChecked.TrustDesk.isDesk(new Authentication("nobody", null))).isFalse();
        assertThat(DeskCallsChecked.TrustDesk.isDesk(null)).isFalse();
    }
}
