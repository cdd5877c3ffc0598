package io.sportello.security;

import io.sportello.shared.Actor;
import java.util.Collection;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The signed-in principal: user name, display name, roles and candidate groups. */
public class SportelloUser extends User {

    /** What an invited account's password is checked against: a hash of a secret nobody knows, so nothing matches. */
    private static final String NO_PASSWORD = "{bcrypt}" + new org.springframework.security.crypto.bcrypt
            .BCryptPasswordEncoder().encode(java.util.UUID.randomUUID().toString());

    private final String displayName;
    private final Set<Role> roles;
    private final Set<String> groups;
    private final String language;
    private final String stamp;

    SportelloUser(UserAccount account, Collection<? extends GrantedAuthority> authorities) {
        // an invited account has no password yet: it cannot sign in until its owner sets one
        super(account.getUsername(), account.isPending() ? NO_PASSWORD : account.getPasswordHash(),
                account.isEnabled() && !account.isPending(), true, true, true, authorities);
        this.displayName = account.getDisplayName();
        this.roles = account.getRoles();
        this.groups = account.getGroups();
        this.language = account.getLanguage();
        this.stamp = stampOf(account);
    }

    /**
     * What a signed-in session was granted on: the roles, the teams, whether the account works and which password it
     * was. A session whose stamp no longer matches the account (deactivated, roles changed, password reset) ends.
     */
    static String stampOf(UserAccount account) {
        String material = account.isEnabled() + "|" + new java.util.TreeSet<>(account.getRoles()) + "|"
                + new java.util.TreeSet<>(account.getGroups()) + "|" + account.getPasswordHash();
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(material.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest, 0, 16);
        } catch (java.security.NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    String stamp() {
        return stamp;
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
