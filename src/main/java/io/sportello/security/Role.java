package io.sportello.security;

/** What a person does on the desk. Agents additionally belong to tier groups ({@code tier1}…{@code tier3}). */
public enum Role {
    CUSTOMER, AGENT, SUPERVISOR, PROCESS_OWNER, AUDITOR, ADMIN;

    public static final String GROUP_SUPERVISOR = "supervisor";

    public String authority() {
        return "ROLE_" + name();
    }
}
