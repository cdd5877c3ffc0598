package io.sportello.security;

/** What a person does on the desk. Agents additionally belong to tier groups ({@code tier1}…{@code tier3}). */
public enum Role {
    CUSTOMER, AGENT, SUPERVISOR, PROCESS_OWNER, AUDITOR, ADMIN;

    public static final String GROUP_SUPERVISOR = "supervisor";

    /**
     * The roles' names as compile-time constants, for annotations ({@code @RolesAllowed(Role.Names.AGENT)}); RoleTest
     * checks they spell the enum.
     */
    public static final class Names {
        public static final String CUSTOMER = "CUSTOMER";
        public static final String AGENT = "AGENT";
        public static final String SUPERVISOR = "SUPERVISOR";
        public static final String PROCESS_OWNER = "PROCESS_OWNER";
        public static final String AUDITOR = "AUDITOR";
        public static final String ADMIN = "ADMIN";

        private Names() {
        }
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
