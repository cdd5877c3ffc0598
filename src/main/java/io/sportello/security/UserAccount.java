package io.sportello.security;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/** A person who signs in. Passwords are stored only as hashes. */
@Entity
@Table(name = "app_user")
public class UserAccount {

    @Id
    private String username;
    private String displayName;
    private String email;
    private String passwordHash;
    private String roles;
    private String candidateGroups;
    private String language;
    private boolean enabled;

    protected UserAccount() {
    }

    UserAccount(String username, String displayName, String email, String passwordHash, Set<Role> roles,
                Set<String> groups, String language) {
        this.username = username;
        this.displayName = displayName;
        this.email = email;
        this.passwordHash = passwordHash;
        this.roles = roles.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.candidateGroups = String.join(",", groups);
        this.language = language;
        this.enabled = true;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public Set<Role> getRoles() {
        Set<Role> set = EnumSet.noneOf(Role.class);
        if (roles != null && !roles.isBlank()) {
            Arrays.stream(roles.split(",")).map(String::strip).map(Role::valueOf).forEach(set::add);
        }
        return Role.withImplied(set);
    }

    public Set<String> getGroups() {
        if (candidateGroups == null || candidateGroups.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(candidateGroups.split(",")).map(String::strip).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    public String getLanguage() {
        return language;
    }

    public boolean isEnabled() {
        return enabled;
    }
}
