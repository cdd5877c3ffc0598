package io.sportello.understanding;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface MessageReadingRepository extends JpaRepository<MessageReading, Long> {

    Optional<MessageReading> findFirstByTicketIdOrderByIdDesc(Long ticketId);
}
