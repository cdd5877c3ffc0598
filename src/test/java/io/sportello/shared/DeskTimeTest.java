package io.sportello.shared;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Time comes from the desk clock. A view of the clock in another zone follows the pin; and nothing in the
 * application or its tests reads the system time behind the clock's back, so no result depends on the day the
 * code runs.
 */
class DeskTimeTest {

    /** A day nobody runs the tests on: far from any real "today". */
    static final Instant FAR = Instant.parse("2031-02-17T23:30:00Z");

    @Test
    void aZonedViewOfThePinnedClockReadsThePinnedInstant() {
        AdjustableClock desk = new AdjustableClock(Clock.fixed(Instant.parse("2029-06-01T10:00:00Z"), ZoneOffset.UTC));
        desk.pin(FAR);

        Clock rome = desk.withZone(ZoneId.of("Europe/Rome"));

        assertThat(rome.instant()).isEqualTo(FAR);
        assertThat(LocalDate.now(rome)).as("23:30 UTC is already the next day in Rome").isEqualTo(LocalDate.of(2031, 2, 18));
        assertThat(LocalDate.now(rome.withZone(ZoneOffset.UTC))).isEqualTo(LocalDate.of(2031, 2, 17));

        desk.pin(FAR.plusSeconds(86_400));
        assertThat(LocalDate.now(rome)).as("moving the pin moves every view").isEqualTo(LocalDate.of(2031, 2, 19));
    }

    @Test
    void aZonedViewFollowsTheSystemClockOnceReleased() {
        Clock fixedSystem = Clock.fixed(Instant.parse("2029-06-01T10:00:00Z"), ZoneOffset.UTC);
        AdjustableClock desk = new AdjustableClock(fixedSystem);
        Clock rome = desk.withZone(ZoneId.of("Europe/Rome"));
        desk.pin(FAR);
        desk.release();

        assertThat(rome.instant()).isEqualTo(fixedSystem.instant());
    }

    /** Calls that read the machine's time instead of the injected clock. */
    private static final Set<String> SYSTEM_TIME = Set.of(
            "java.time.Instant.now()", "java.time.LocalDate.now()", "java.time.LocalDate.now(java.time.ZoneId)",
            "java.time.LocalDateTime.now()", "java.time.LocalDateTime.now(java.time.ZoneId)",
            "java.time.LocalTime.now()", "java.time.LocalTime.now(java.time.ZoneId)",
            "java.time.ZonedDateTime.now()", "java.time.ZonedDateTime.now(java.time.ZoneId)",
            "java.time.OffsetDateTime.now()", "java.time.OffsetDateTime.now(java.time.ZoneId)",
            "java.time.YearMonth.now()", "java.time.Year.now()",
            "java.time.Clock.systemUTC()", "java.time.Clock.systemDefaultZone()", "java.time.Clock.system(java.time.ZoneId)",
            "java.lang.System.currentTimeMillis()", "java.util.Date.<init>()", "java.util.Calendar.getInstance()");

    private static final DescribedPredicate<JavaCall<?>> READS_SYSTEM_TIME = DescribedPredicate.describe(
            "read the system time", access -> SYSTEM_TIME.contains(access.getTarget().getOwner().getName() + "."
                    + access.getTarget().getName() + "(" + String.join(",", access.getTarget().getRawParameterTypes()
                    .stream().map(JavaClass::getName).toList()) + ")"));

    @Test
    void noCodeReadsTheSystemTimeBehindTheDeskClock() {
        JavaClasses classes = new ClassFileImporter().importPackages("io.sportello");
        noClasses().that().doNotHaveFullyQualifiedName(ClockConfiguration.class.getName())
                .and().resideOutsideOfPackage("io.sportello.bench..")
                .and().doNotHaveFullyQualifiedName("io.sportello.workflow.internal.EngineClock")
                .should().callCodeUnitWhere(READS_SYSTEM_TIME)
                .because("the desk clock is pinned by tests and the demo; use the injected Clock (AdjustableClock), "
                        + "and System.nanoTime() for timeouts")
                .check(classes);
    }
}
