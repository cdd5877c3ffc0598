package io.sportello.security;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
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
    private Instant createdAt;
    private Instant deactivatedAt;

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

    /** Somebody invited: no password until they set one with their link, so nobody can sign in as them before. */
    static UserAccount invited(String username, String displayName, String email, Set<Role> roles, Set<String> groups,
                               String language, Instant at) {
        UserAccount account = new UserAccount(username, displayName, email, null, roles, groups, language);
        account.createdAt = at;
        return account;
    }

    void passwordHash(String hash) {
        this.passwordHash = hash;
    }

    void profile(String displayName, String email, Set<Role> roles, Set<String> groups, String language) {
        this.displayName = displayName;
        this.email = email;
        this.roles = roles.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.candidateGroups = String.join(",", groups);
        this.language = language;
    }

    void deactivate(Instant at) {
        this.enabled = false;
        this.deactivatedAt = at;
    }

    void reactivate() {
        this.enabled = true;
        this.deactivatedAt = null;
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
        return Role.withImplied(getGivenRoles());
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

    /** The roles as given, without the ones they imply (what an administrator ticks). */
    public Set<Role> getGivenRoles() {
        Set<Role> set = EnumSet.noneOf(Role.class);
        if (roles != null && !roles.isBlank()) {
            Arrays.stream(roles.split(",")).map(String::strip).map(Role::valueOf).forEach(set::add);
        }
        return set;
    }

    /** Invited and not yet signed up: the password is still to be set. */
    public boolean isPending() {
        return passwordHash == null;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getDeactivatedAt() {
        return deactivatedAt;
    }

    /** Where the account stands, as the administration lists it. */
    public Status getStatus() {
        return !enabled ? Status.DEACTIVATED : passwordHash == null ? Status.INVITED : Status.ACTIVE;
    }

    public enum Status { INVITED, ACTIVE, DEACTIVATED }
}
