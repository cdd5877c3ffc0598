package io.sportello.security;

import java.time.Instant;

/**
 * A person was sent a one-time link to set their password: a new colleague's invitation, or a reset. The mail that
 * carries it is written in the person's language by whoever sends the desk's mail.
 */
public record AccountInvited(String username, String displayName, String email, String language, String link,
                             Instant expiresAt, boolean reset) {
}
