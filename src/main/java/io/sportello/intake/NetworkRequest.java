package io.sportello.intake;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One use of a public door from a network address, counted by {@link NetworkLimits}. */
@Entity
@Table(name = "network_request")
class NetworkRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "network_request_seq")
    @SequenceGenerator(name = "network_request_seq", sequenceName = "network_request_seq", allocationSize = 50)
    private Long id;
    @Enumerated(EnumType.STRING)
    private NetworkLimits.Door door;
    private String client;
    private Instant at;

    protected NetworkRequest() {
    }

    NetworkRequest(NetworkLimits.Door door, String client, Instant at) {
        this.door = door;
        this.client = client;
        this.at = at;
    }
}
