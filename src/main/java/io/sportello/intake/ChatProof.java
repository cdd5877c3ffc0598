package io.sportello.intake;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A chat visitor's request to prove an e-mail address: a one-time code mailed to that address, of which only a hash
 * (with the request's id) is kept. A few wrong tries and it is spent. A request for an address the desk does not know is kept too (with
 * no customer and no code), so that the visitor's page behaves the same either way.
 */
@Entity
@Table(name = "chat_proof")
public class ChatProof {

    /** Tries one code allows before it is spent. */
    static final int MAX_ATTEMPTS = 5;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "chat_proof_seq")
    @SequenceGenerator(name = "chat_proof_seq", sequenceName = "chat_proof_seq", allocationSize = 50)
    private Long id;
    private Long customerId;
    private String address;
    private String codeHash;
    private Instant createdAt;
    private Instant expiresAt;
    private int attempts;
    private Instant provenAt;

    protected ChatProof() {
    }

    ChatProof(Long customerId, String address, Instant createdAt, Instant expiresAt) {
        this.customerId = customerId;
        this.address = address;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    /** What one try of a code found. */
    public enum Outcome { PROVEN, WRONG, SPENT }

    /** One try: right only once, before it expires and within {@link #MAX_ATTEMPTS} tries. */
    Outcome attempt(String hash, Instant now) {
        if (provenAt != null || attempts >= MAX_ATTEMPTS || !now.isBefore(expiresAt)) {
            return Outcome.SPENT;
        }
        attempts++;
        if (codeHash != null && customerId != null && java.security.MessageDigest.isEqual(
                codeHash.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                hash.getBytes(java.nio.charset.StandardCharsets.US_ASCII))) {
            provenAt = now;
            return Outcome.PROVEN;
        }
        return attempts >= MAX_ATTEMPTS ? Outcome.SPENT : Outcome.WRONG;
    }

    void hashed(String hash) {
        this.codeHash = hash;
    }

    public Long getId() {
        return id;
    }

    Long getCustomerId() {
        return customerId;
    }

    String getAddress() {
        return address;
    }

    Instant getProvenAt() {
        return provenAt;
    }
}
