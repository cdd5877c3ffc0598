package io.sportello.sla;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A date on which a calendar's hours differ: open on the Sunday after Black Friday, closed on 15 August. */
@Entity
@Table(name = "calendar_override")
class CalendarOverride {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "calendar_override_seq")
    @SequenceGenerator(name = "calendar_override_seq", sequenceName = "calendar_override_seq", allocationSize = 50)
    private Long id;
    private String calendarKey;
    private LocalDate onDate;
    /** Intervals as {@code 10:00-18:00,19:00-21:00}; empty means closed all day. */
    private String opening;
    private String note;

    protected CalendarOverride() {
    }

    CalendarOverride(String calendarKey, LocalDate onDate, String opening, String note) {
        this.calendarKey = calendarKey;
        this.onDate = onDate;
        this.opening = opening;
        this.note = note;
    }

    void change(String opening, String note) {
        this.opening = opening;
        this.note = note;
    }

    String getCalendarKey() {
        return calendarKey;
    }

    LocalDate getOnDate() {
        return onDate;
    }

    String getOpening() {
        return opening;
    }

    String getNote() {
        return note;
    }
}
