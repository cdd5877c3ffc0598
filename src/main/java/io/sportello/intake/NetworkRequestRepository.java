package io.sportello.intake;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface NetworkRequestRepository extends JpaRepository<NetworkRequest, Long> {

    long countByDoorAndClientAndAtAfter(NetworkLimits.Door door, String client, Instant after);

    @Modifying
    @Query("delete from NetworkRequest r where r.at < :before")
    int deleteBefore(Instant before);
}
