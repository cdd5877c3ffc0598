package io.sportello.intake;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A one-time sign-in link for the customer portal; only the SHA-256 of the secret is stored. */
@Entity
@Table(name = "portal_token")
class PortalToken {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "portal_token_seq")
    @SequenceGenerator(name = "portal_token_seq", sequenceName = "portal_token_seq", allocationSize = 50)
    private Long id;
    private String tokenHash;
    private Long customerId;
    private Instant createdAt;
    private Instant expiresAt;
    private Instant usedAt;

    protected PortalToken() {
    }

    PortalToken(String tokenHash, Long customerId, Instant createdAt, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.customerId = customerId;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    boolean usableAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    void use(Instant now) {
        usedAt = now;
    }

    Long getCustomerId() {
        return customerId;
    }
}
