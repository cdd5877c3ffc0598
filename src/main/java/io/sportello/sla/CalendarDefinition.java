package io.sportello.sla;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A business calendar an administrator keeps: weekly opening hours ({@code MONDAY=09:00-13:00,14:00-18:00;...}),
 * time zone and the national holidays it closes on. Its version moves with every change, its dates that differ
 * included, so each node rebuilds its copy when another node changed it.
 */
@Entity
@Table(name = "business_calendar")
class CalendarDefinition {

    @Id
    @Column(name = "calendar_key")
    private String key;
    @Version
    private long version;
    private String nameEn;
    private String nameIt;
    private String timeZone;
    private String weeklyHours;
    private String holidays;
    private Instant updatedAt;

    protected CalendarDefinition() {
    }

    CalendarDefinition(String key) {
        this.key = key;
    }

    void define(String nameEn, String nameIt, String timeZone, String weeklyHours, String holidays, Instant at) {
        this.nameEn = nameEn;
        this.nameIt = nameIt;
        this.timeZone = timeZone;
        this.weeklyHours = weeklyHours;
        this.holidays = holidays;
        this.updatedAt = at;
    }

    /** A date that differs changed: the version moves so that every node's copy is rebuilt. */
    void touch(Instant at) {
        this.updatedAt = at;
    }

    String getKey() {
        return key;
    }

    long getVersion() {
        return version;
    }

    String getNameEn() {
        return nameEn;
    }

    String getNameIt() {
        return nameIt;
    }

    String getTimeZone() {
        return timeZone;
    }

    String getWeeklyHours() {
        return weeklyHours;
    }

    String getHolidays() {
        return holidays;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }
}
