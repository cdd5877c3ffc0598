package io.sportello.knowledge;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface TopicRepository extends JpaRepository<Topic, Long> {

    Optional<Topic> findByKey(String key);

    List<Topic> findAllByOrderByPositionAsc();
}
