package io.sportello.sla;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Which calendar a team works on; a team without one works on the standard calendar. */
@Entity
@Table(name = "calendar_assignment")
class CalendarAssignment {

    @Id
    @Column(name = "team_key")
    private String teamKey;
    private String calendarKey;

    protected CalendarAssignment() {
    }

    CalendarAssignment(String teamKey, String calendarKey) {
        this.teamKey = teamKey;
        this.calendarKey = calendarKey;
    }

    void use(String calendarKey) {
        this.calendarKey = calendarKey;
    }

    String getTeamKey() {
        return teamKey;
    }

    String getCalendarKey() {
        return calendarKey;
    }
}
