package io.sportello.desk.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface InboxLineRepository extends JpaRepository<InboxLine, String> {

    List<InboxLine> findByTicketId(Long ticketId);
}
