package io.sportello.shared;

import java.util.Objects;

/**
 * Who performed an action: an agent or other staff member (by user name), a customer, or the system
 * itself (timers, self-service, automation). Every action done for a person carries one.
 */
public record Actor(Kind kind, String id, String displayName) {

    public enum Kind { USER, CUSTOMER, SYSTEM }

    public Actor {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        displayName = displayName == null || displayName.isBlank() ? id : displayName;
    }

    public static Actor user(String username, String displayName) {
        return new Actor(Kind.USER, username, displayName);
    }

    public static Actor customer(Long customerId, String displayName) {
        return new Actor(Kind.CUSTOMER, "customer:" + customerId, displayName);
    }

    /** The self-service assistant: the author of its answers in a ticket's thread. */
    public static final Actor ASSISTANT = new Actor(Kind.SYSTEM, "assistant", "Sportello Assistant");

    /** Whether an author is the self-service assistant. */
    public static boolean isAssistant(Kind kind, String id) {
        return kind == Kind.SYSTEM && ASSISTANT.id().equals(id);
    }

    public static Actor system() {
        return new Actor(Kind.SYSTEM, "system", "Sportello");
    }

    public boolean isUser() {
        return kind == Kind.USER;
    }
}
