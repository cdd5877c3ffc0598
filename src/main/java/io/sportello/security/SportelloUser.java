package io.sportello.security;

import io.sportello.shared.Actor;
import java.util.Collection;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The signed-in principal: user name, display name, roles and candidate groups. */
public class SportelloUser extends User {

    private final String displayName;
    private final Set<Role> roles;
    private final Set<String> groups;
    private final String language;

    SportelloUser(UserAccount account, Collection<? extends GrantedAuthority> authorities) {
        super(account.getUsername(), account.getPasswordHash(), account.isEnabled(), true, true, true, authorities);
        this.displayName = account.getDisplayName();
        this.roles = account.getRoles();
        this.groups = account.getGroups();
        this.language = account.getLanguage();
    }

    public String getDisplayName() {
        return displayName;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public Set<String> getGroups() {
        return groups;
    }

    public String getLanguage() {
        return language;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public Actor actor() {
        return Actor.user(getUsername(), displayName);
    }
}
