package io.sportello.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Sign-in with back-off, for the UI's sign-in form and the API's Basic authentication alike: after
 * {@value #FREE_ATTEMPTS} wrong passwords for one user name, or {@value #FREE_ATTEMPTS_PER_ADDRESS} from one network
 * address, every further attempt — the right password included — must wait, 2 s doubling up to 15 minutes, until
 * an hour passes without a wrong password. A right password (when allowed) forgives the user name. Kept per node:
 * a cluster of N nodes lets at most N times as many guesses through.
 */
@Component
public class SignInThrottle {

    static final int FREE_ATTEMPTS = 5;
    static final int FREE_ATTEMPTS_PER_ADDRESS = 20;
    private static final Duration FIRST_WAIT = Duration.ofSeconds(2);
    private static final Duration LONGEST_WAIT = Duration.ofMinutes(15);
    private static final Duration FORGET_AFTER = Duration.ofHours(1);
    private static final int MAX_TRACKED = 100_000;

    private record Failures(int count, Instant last) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Refuses the attempt while the user name or the caller's address is waiting out its back-off. */
    void check(String username) {
        Instant now = clock.instant();
        Duration wait = max(waitFor("user:" + key(username), FREE_ATTEMPTS, now),
                waitFor("address:" + currentAddress(), FREE_ATTEMPTS_PER_ADDRESS, now));
        if (!wait.isZero()) {
            throw new LockedException("Too many wrong passwords: try again in " + Math.max(1, wait.toSeconds()) + " s");
        }
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        Instant now = clock.instant();
        record("user:" + key(String.valueOf(event.getAuthentication().getPrincipal())), now);
        Object details = event.getAuthentication().getDetails();
        record("address:" + (details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : currentAddress()),
                now);
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        failures.remove("user:" + key(event.getAuthentication().getName()));
    }

    /** Forgets every failure (tests, or an administrator after an incident). */
    void forgetAll() {
        failures.clear();
    }

    private void record(String key, Instant now) {
        if (failures.size() > MAX_TRACKED) {
            failures.entrySet().removeIf(e -> e.getValue().last().plus(FORGET_AFTER).isBefore(now));
        }
        failures.merge(key, new Failures(1, now), (old, one) -> old.last().plus(FORGET_AFTER).isBefore(now)
                ? one : new Failures(old.count() + 1, now));
    }

    private Duration waitFor(String key, int free, Instant now) {
        Failures f = failures.get(key);
        if (f == null || f.count() < free || f.last().plus(FORGET_AFTER).isBefore(now)) {
            return Duration.ZERO;
        }
        int over = Math.min(f.count() - free, 20);
        Duration backOff = FIRST_WAIT.multipliedBy(1L << over);
        Instant until = f.last().plus(backOff.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : backOff);
        return until.isAfter(now) ? Duration.between(now, until) : Duration.ZERO;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    private static String currentAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest().getRemoteAddr() : "unknown";
    }
}
