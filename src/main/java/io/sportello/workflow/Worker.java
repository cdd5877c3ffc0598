package io.sportello.workflow;

import java.util.Set;

/** A person working tasks: user name, display name, candidate groups (tier1…, supervisor) and whether they supervise. */
@org.springframework.modulith.NamedInterface("runtime")
public record Worker(String username, String displayName, Set<String> groups, boolean supervisor) {

    public Worker {
        groups = groups == null ? Set.of() : Set.copyOf(groups);
    }
}
