package io.sportello.intake;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * How often one network address may use a public door within an hour (starting a chat, leaving a message, asking for a
 * sign-in link), on top of the per-person limits. Counted in the database, so every node of a cluster sees the same
 * count. Generous on purpose: a mobile network or an office puts many real customers behind one address.
 */
@Service
public class NetworkLimits {

    /** A public entry point that anybody can use without signing in. */
    public enum Door { CHAT_START, LEAVE_MESSAGE, SIGN_IN_LINK }

    static final Duration WINDOW = Duration.ofHours(1);

    private final NetworkRequestRepository requests;
    private final Clock clock;
    private final Map<Door, Integer> perHour;

    NetworkLimits(NetworkRequestRepository requests, Clock clock,
                  @Value("${sportello.intake.network-limits.chat-starts:30}") int chatStarts,
                  @Value("${sportello.intake.network-limits.left-messages:20}") int leftMessages,
                  @Value("${sportello.intake.network-limits.sign-in-links:20}") int signInLinks) {
        this.requests = requests;
        this.clock = clock;
        this.perHour = Map.of(Door.CHAT_START, chatStarts, Door.LEAVE_MESSAGE, leftMessages, Door.SIGN_IN_LINK, signInLinks);
    }

    /**
     * Lets one more request from {@code client} through the door, or refuses it when that address used it too often
     * within the last hour. Without a known address (an internal caller) nothing is counted.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void pass(Door door, String client) {
        if (client == null || client.isBlank()) {
            return;
        }
        String key = key(client);
        Instant now = clock.instant();
        if (requests.countByDoorAndClientAndAtAfter(door, key, now.minus(WINDOW)) >= perHour.get(door)) {
            throw new ContactForm.TooManyRequestsException("More than " + perHour.get(door) + " " + door
                    + " requests within an hour from " + key);
        }
        requests.save(new NetworkRequest(door, key, now));
    }

    /**
     * What one visitor is counted by: an IPv4 address, or the /64 network of an IPv6 address (one household or phone
     * gets a whole /64 and could otherwise pick a new address for every request).
     */
    static String key(String client) {
        String c = client.strip().replaceAll("^\\[|\\]$", "").replaceAll("%.*$", "");
        if (c.indexOf(':') >= 0 && c.matches("[0-9a-fA-F:.]+")) {
            try {
                byte[] bytes = java.net.InetAddress.getByName(c)
                        .getAddress();
                if (bytes.length == 16) {
                    java.util.Arrays.fill(bytes, 8, 16, (byte) 0);
                    return java.net.InetAddress.getByAddress(bytes).getHostAddress() + "/64";
                }
            } catch (java.net.UnknownHostException notAnAddress) {
                // not an IP literal: counted as written
            }
        }
        return c.length() > 64 ? c.substring(0, 64) : c;
    }

    /** Forgets the requests older than the window (called by the intake sweep). */
    @Transactional
    public int forgetOld() {
        return requests.deleteBefore(clock.instant().minus(WINDOW.multipliedBy(2)));
    }
}
