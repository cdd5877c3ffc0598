package io.sportello.security;

/** A person can no longer sign in; the work they held goes back to their teams. */
public record AccountDeactivated(String username, String by) {
}
