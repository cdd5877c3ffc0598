package io.sportello;

import io.sportello.security.Role;
import io.sportello.security.UserAccountService;
import io.sportello.shared.AdjustableClock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base of the tests that need the whole application: one shared context on a random port with an
 * in-memory H2 database, no job executor (tests run due jobs themselves), and the desk clock pinned to
 * Monday 23 November 2026, 09:00 in Rome unless a test moves it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "sportello.reactions.synchronous=true")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({Canary.Config.class, SurveyLinks.Config.class, SynchronousReactions.class})
public abstract class SportelloSpringTest {

    public static final ZoneId ROME = ZoneId.of("Europe/Rome");
    public static final Instant MONDAY_9 = rome("2026-11-23T09:00");

    @Autowired
    protected AdjustableClock clock;

    @Autowired
    protected UserAccountService users;

    @BeforeEach
    void pinClockAndEnsureUsers() {
        clock.pin(MONDAY_9);
        user("luca", Role.AGENT, "tier1");
        user("chiara", Role.AGENT, "tier1");
        user("sara", Role.AGENT, "tier2");
        user("marco", Role.AGENT, "tier3");
        user("elena", Role.SUPERVISOR, "tier1", "tier2", "tier3", "supervisor");
        user("anna", Role.AUDITOR);
        user("paolo", Role.PROCESS_OWNER);
        user("admin", Role.ADMIN);
        user("giulia", Role.CUSTOMER);
    }

    @AfterEach
    void releaseClock() {
        clock.release();
    }

    private void user(String name, Role role, String... groups) {
        if (!users.exists(name)) {
            users.create(name, name.substring(0, 1).toUpperCase() + name.substring(1), name + "@test.example", "secret",
                    EnumSet.of(role), Set.of(groups), "en");
        }
    }

    public static Instant rome(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(ROME).toInstant();
    }
}
