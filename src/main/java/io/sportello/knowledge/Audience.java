package io.sportello.knowledge;

/**
 * Who reads: the public (customers, visitors, the assistant answering them) sees published public articles only;
 * the desk's staff also internal ones. The one rule for articles, used by the help centre, the search, the REST API,
 * the workspace and the assistant.
 */
public enum Audience {
    PUBLIC, STAFF;

    /** A signed-in person's audience: the desk's staff are everybody with a role on it but customers. */
    public static Audience of(java.util.Set<io.sportello.security.Role> roles) {
        return roles.stream().anyMatch(r -> r != io.sportello.security.Role.CUSTOMER) ? STAFF : PUBLIC;
    }

    public boolean mayRead(Article article) {
        return article.isPublished() && (this == STAFF || article.getVisibility() == Visibility.PUBLIC);
    }
}
