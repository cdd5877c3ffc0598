package io.sportello.intake;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;

interface ChatProofRepository extends JpaRepository<ChatProof, Long> {

    long countByAddressAndCreatedAtAfter(String address, Instant after);
}
