package io.sportello.security;

/**
 * What a person does on the desk. Agents additionally belong to tier groups ({@code tier1}…{@code tier3}). Content
 * owners write the knowledge base and the reply templates: supervisors and administrators are content owners too,
 * anybody else gets the role explicitly.
 */
public enum Role {
    CUSTOMER, AGENT, SUPERVISOR, PROCESS_OWNER, AUDITOR, ADMIN, CONTENT_OWNER;

    /** The roles an account has: the ones given to it, and those they imply. */
    public static java.util.Set<Role> withImplied(java.util.Set<Role> given) {
        java.util.Set<Role> all = given.isEmpty() ? java.util.EnumSet.noneOf(Role.class) : java.util.EnumSet.copyOf(given);
        if (all.contains(SUPERVISOR) || all.contains(ADMIN)) {
            all.add(CONTENT_OWNER);
        }
        return all;
    }

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
        public static final String CONTENT_OWNER = "CONTENT_OWNER";

        private Names() {
        }
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
