package io.sportello.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The person signed in on the current request or UI session. */
@Component
public class CurrentUser {

    public Optional<SportelloUser> find() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof SportelloUser user ? Optional.of(user) : Optional.empty();
    }

    public SportelloUser require() {
        return find().orElseThrow(() -> new IllegalStateException("Nobody is signed in"));
    }
}
