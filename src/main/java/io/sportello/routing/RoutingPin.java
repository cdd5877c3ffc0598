package io.sportello.routing;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;

/** A task a supervisor pinned to an agent: routing leaves it with them even while they are away. */
@Entity
@Table(name = "routing_pin")
class RoutingPin {

    @Id
    private String taskId;
    private String username;
    private String pinnedBy;
    private Instant pinnedAt;

    protected RoutingPin() {
    }

    RoutingPin(String taskId, String username, String pinnedBy, Instant pinnedAt) {
        this.taskId = taskId;
        this.username = username;
        this.pinnedBy = pinnedBy;
        this.pinnedAt = pinnedAt;
    }

    String getUsername() {
        return username;
    }
}

interface RoutingPinRepository extends JpaRepository<RoutingPin, String> {
}
