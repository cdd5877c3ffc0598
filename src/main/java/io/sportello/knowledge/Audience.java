package io.sportello.knowledge;

import io.sportello.security.Role;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who reads: the public (customers, visitors, the assistant answering them) sees published public articles only;
 * the desk's staff also internal ones. The one rule for articles, used by the help centre, the search, the REST API,
 * the workspace and the assistant.
 */
public enum Audience {
    PUBLIC, STAFF;

    /** The roles that read internal articles: the people who answer customers and who write the articles. */
    private static final Set<Role> INTERNAL_READERS = EnumSet.of(Role.AGENT, Role.SUPERVISOR, Role.ADMIN,
            Role.CONTENT_OWNER);

    /**
     * A signed-in person's audience: agents, supervisors, administrators and content owners are the staff; auditors
     * and process owners, like customers, read what the public reads.
     */
    public static Audience of(Set<Role> roles) {
        return roles.stream().anyMatch(INTERNAL_READERS::contains) ? STAFF : PUBLIC;
    }

    public boolean mayRead(Article article) {
        return article.isPublished() && (this == STAFF || article.getVisibility() == Visibility.PUBLIC);
    }
}
