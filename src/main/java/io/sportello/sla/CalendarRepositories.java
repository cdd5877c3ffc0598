package io.sportello.sla;

import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface CalendarDefinitionRepository extends JpaRepository<CalendarDefinition, String> {

    List<CalendarDefinition> findAllByOrderByKeyAsc();

    @Query("select c.version from CalendarDefinition c where c.key = :key")
    Optional<Long> findVersion(String key);

    /** The calendar locked for a change, its version moved so that every node rebuilds its copy. */
    @Lock(LockModeType.PESSIMISTIC_FORCE_INCREMENT)
    Optional<CalendarDefinition> readByKey(String key);
}

interface CalendarOverrideRepository extends JpaRepository<CalendarOverride, Long> {

    List<CalendarOverride> findByCalendarKeyOrderByOnDateAsc(String calendarKey);

    Optional<CalendarOverride> findByCalendarKeyAndOnDate(String calendarKey, LocalDate onDate);
}

interface CalendarAssignmentRepository extends JpaRepository<CalendarAssignment, String> {

    List<CalendarAssignment> findAllByOrderByTeamKeyAsc();
}
