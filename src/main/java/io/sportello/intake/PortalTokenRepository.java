package io.sportello.intake;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

interface PortalTokenRepository extends JpaRepository<PortalToken, Long> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<PortalToken> findByTokenHash(String tokenHash);

    long countByCustomerIdAndCreatedAtAfter(Long customerId, java.time.Instant since);
}
