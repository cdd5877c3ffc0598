package io.sportello.routing;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * A ticket a supervisor pinned to an agent: routing leaves its tasks with them even while they are away, for as long
 * as they hold it (moving it to somebody else ends the pin).
 */
@Entity
@Table(name = "routing_pin")
class RoutingPin {

    @Id
    private Long ticketId;
    private String username;
    private String pinnedBy;
    private Instant pinnedAt;

    protected RoutingPin() {
    }

    RoutingPin(Long ticketId, String username, String pinnedBy, Instant pinnedAt) {
        this.ticketId = ticketId;
        this.username = username;
        this.pinnedBy = pinnedBy;
        this.pinnedAt = pinnedAt;
    }

    String getUsername() {
        return username;
    }
}

interface RoutingPinRepository extends JpaRepository<RoutingPin, Long> {
}
