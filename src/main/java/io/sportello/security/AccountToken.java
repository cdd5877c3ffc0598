package io.sportello.security;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A one-time link to set a password: the invitation a new person gets, or the reset an administrator sends. Only the
 * SHA-256 of the link's secret is kept, so the table alone lets nobody in; a link works once, until it expires.
 */
@Entity
@Table(name = "account_token")
class AccountToken {

    enum Purpose { INVITATION, RESET }

    @Id
    private String tokenHash;
    private String username;
    @Enumerated(EnumType.STRING)
    private Purpose purpose;
    private Instant createdAt;
    private Instant expiresAt;
    private Instant usedAt;

    protected AccountToken() {
    }

    AccountToken(String tokenHash, String username, Purpose purpose, Instant createdAt, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.username = username;
        this.purpose = purpose;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    boolean usableAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    void use(Instant at) {
        this.usedAt = at;
    }

    String getTokenHash() {
        return tokenHash;
    }

    String getUsername() {
        return username;
    }

    Purpose getPurpose() {
        return purpose;
    }

    Instant getExpiresAt() {
        return expiresAt;
    }
}
