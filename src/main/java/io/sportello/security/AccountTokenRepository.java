package io.sportello.security;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AccountTokenRepository extends JpaRepository<AccountToken, String> {

    List<AccountToken> findByUsernameAndUsedAtIsNull(String username);

    /** Every link of the account that is still open stops working (a new one was sent, or the account closed). */
    @Modifying
    @Query("update AccountToken t set t.usedAt = :at where t.username = :username and t.usedAt is null")
    int closeAll(String username, Instant at);

    /**
     * Uses a link up if it still works: one statement, so of two submissions of the same link exactly one gets 1
     * (the row lock orders them) and the other 0.
     */
    @Modifying
    @Query("update AccountToken t set t.usedAt = :at where t.tokenHash = :hash and t.usedAt is null and t.expiresAt > :at")
    int claim(String hash, Instant at);
}
