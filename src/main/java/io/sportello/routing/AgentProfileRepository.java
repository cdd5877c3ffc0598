package io.sportello.routing;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AgentProfileRepository extends JpaRepository<AgentProfile, String> {

    List<AgentProfile> findByStatus(AgentStatus status);
}
