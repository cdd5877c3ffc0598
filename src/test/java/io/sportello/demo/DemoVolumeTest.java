package io.sportello.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The demo history's volume profile: last year's Black Friday week and Christmas run-up are peaks, nights quiet. */
class DemoVolumeTest {

    static final Instant TODAY = at("2026-11-23T09:00");

    static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(ZoneId.of("Europe/Rome")).toInstant();
    }

    @Test
    void blackFridayWeekIsFourTimesAnOrdinaryDayAndChristmasThree() {
        double ordinary = DemoDataGenerator.volume(at("2025-10-14T11:00"), TODAY);
        assertThat(ordinary).isEqualTo(1.0);
        assertThat(DemoDataGenerator.volume(at("2025-11-28T11:00"), TODAY)).as("Black Friday 2025").isEqualTo(4 * ordinary);
        assertThat(DemoDataGenerator.volume(at("2025-12-01T11:00"), TODAY)).as("Cyber Monday").isEqualTo(4 * ordinary);
        assertThat(DemoDataGenerator.volume(at("2025-12-16T11:00"), TODAY)).as("Christmas run-up").isEqualTo(3 * ordinary);
        assertThat(DemoDataGenerator.volume(at("2026-01-08T11:00"), TODAY)).as("January returns").isEqualTo(2 * ordinary);
        assertThat(DemoDataGenerator.volume(at("2025-10-14T03:00"), TODAY)).as("night").isLessThan(0.1);
        assertThat(DemoDataGenerator.volume(at("2025-10-18T11:00"), TODAY)).as("Saturday").isEqualTo(0.6);
    }
}
