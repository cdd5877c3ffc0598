package io.sportello.knowledge;

import org.springframework.data.jpa.repository.JpaRepository;

interface FeedbackRepository extends JpaRepository<KnowledgeFeedback, Long> {
}
