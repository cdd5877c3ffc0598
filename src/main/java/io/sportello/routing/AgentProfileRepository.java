package io.sportello.routing;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AgentProfileRepository extends JpaRepository<AgentProfile, String> {

    List<AgentProfile> findByStatus(AgentStatus status);

    /** The profile, locked until the transaction ends: a description and a status change do not overwrite each other. */
    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @org.springframework.data.jpa.repository.QueryHints(@jakarta.persistence.QueryHint(
            name = "jakarta.persistence.lock.timeout", value = "5000"))
    @Query("select p from AgentProfile p where p.username = :username")
    java.util.Optional<AgentProfile> lock(String username);

    /** Sets the status in one statement (the row lock orders simultaneous changes); 0 if it was that already. */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("update AgentProfile p set p.status = :status, p.statusSince = :at, p.version = p.version + 1 "
            + "where p.username = :username and p.status <> :status")
    int changeStatus(String username, AgentStatus status, java.time.Instant at);

    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("update AgentProfile p set p.lastRoutedAt = :at where p.username = :username")
    int routed(String username, java.time.Instant at);

    /** Agents not online since before {@code since}: their work moves on. */
    List<AgentProfile> findByStatusNotAndStatusSinceBefore(AgentStatus status, java.time.Instant since);
}
