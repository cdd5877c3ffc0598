package io.sportello;

import io.sportello.shared.AdjustableClock;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Base of the {@code @ApplicationModuleTest}s: no result may depend on the day the tests run, so the desk clock is
 * pinned as in the full-stack tests; and a customer row for modules that open tickets without the customer module.
 */
public abstract class PinnedClockModuleTest {

    @Autowired
    protected AdjustableClock clock;
    @Autowired
    protected JdbcTemplate jdbc;

    @BeforeEach
    void pinClock() {
        clock.pin(SportelloSpringTest.MONDAY_9);
    }

    @AfterEach
    void releaseClock() {
        clock.release();
    }

    /** A customer of the given name, with an id far from those the sequences hand out to the other tests. */
    protected Long customer(String name) {
        Long id = ThreadLocalRandom.current().nextLong(900_000_000L, 1_000_000_000L);
        jdbc.update("insert into customer (id, version, display_name, language, customer_value, created_at) "
                + "values (?, 0, ?, 'it', 'STANDARD', current_timestamp)", id, name);
        return id;
    }
}
