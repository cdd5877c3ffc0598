package io.sportello.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sportello.SportelloSpringTest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One network address cannot flood the public doors (chat, leave a message, sign-in link): past the limit it is
 * refused for the rest of the hour, other addresses and other doors are not affected, and old requests are forgotten.
 */
class NetworkLimitsTest extends SportelloSpringTest {

    @Autowired
    NetworkRequestRepository requests;
    @Autowired
    NetworkLimits configured;
    @Autowired
    LiveChat chat;
    @Autowired
    CustomerPortal portal;

    /** The limits as the application ships them, on the shared request log (the suite itself runs with higher ones). */
    private NetworkLimits shipped() {
        return new NetworkLimits(requests, clock, 30, 20, 20);
    }

    private static String address() {
        return "203.0." + (int) (Math.random() * 255) + "." + UUID.randomUUID().hashCode() % 250;
    }

    @Test
    void oneAddressIsStoppedAtTheLimitForAnHourWhileOthersGoOn() {
        NetworkLimits limits = shipped();
        String flooding = "198.51.100." + Math.abs(UUID.randomUUID().hashCode() % 250);
        for (int i = 0; i < 30; i++) {
            limits.pass(NetworkLimits.Door.CHAT_START, flooding);
        }
        assertThatThrownBy(() -> limits.pass(NetworkLimits.Door.CHAT_START, flooding))
                .isInstanceOf(ContactForm.TooManyRequestsException.class);
        // another address, and another door from the same address, are not affected
        limits.pass(NetworkLimits.Door.CHAT_START, address());
        limits.pass(NetworkLimits.Door.SIGN_IN_LINK, flooding);

        clock.pin(clock.instant().plus(Duration.ofMinutes(61)));
        limits.pass(NetworkLimits.Door.CHAT_START, flooding);
        clock.pin(clock.instant().plus(Duration.ofHours(3)));
        assertThat(configured.forgetOld()).isPositive();
    }

    @Test
    void theChatTheMessageAndThePortalCountTheVisitorsAddress() {
        String visitor = "192.0.2." + Math.abs(UUID.randomUUID().hashCode() % 250);
        String email = "flood." + UUID.randomUUID().toString().substring(0, 8) + "@example.it";
        chat.start("Flo", email, "Ciao", "it", visitor);
        chat.leaveMessage("Flo", email, "Ci sono?", "it", visitor);
        portal.requestLink(email, "it", visitor);
        java.time.Instant hourAgo = clock.instant().minus(Duration.ofHours(1));
        for (NetworkLimits.Door door : NetworkLimits.Door.values()) {
            assertThat(requests.countByDoorAndClientAndAtAfter(door, visitor, hourAgo)).as(door.name()).isEqualTo(1);
        }
    }

    @Test
    void anIpv6VisitorIsCountedByTheirSlash64() {
        assertThat(NetworkLimits.key("2001:db8:1:2:aaaa::1")).isEqualTo(NetworkLimits.key("[2001:db8:1:2:bbbb:cccc:dddd:2]"))
                .isNotEqualTo(NetworkLimits.key("2001:db8:1:3::1"));
        assertThat(NetworkLimits.key("203.0.113.7")).isEqualTo("203.0.113.7");
    }
}
