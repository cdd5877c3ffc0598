package io.sportello.survey;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SurveyRepository extends JpaRepository<Survey, Long> {

    Optional<Survey> findByTokenHash(String tokenHash);

    Optional<Survey> findFirstByTicketIdAndStatus(Long ticketId, SurveyStatus status);

    List<Survey> findByTicketIdOrderBySentAtDesc(Long ticketId);

    List<Survey> findByTicketIdInAndStatusOrderByAnsweredAtDesc(java.util.Collection<Long> ticketIds, SurveyStatus status);
}
