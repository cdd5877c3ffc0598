package io.sportello.bench;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The reports benchmark on PostgreSQL (zonky embedded server, default settings). */
@SpringBootTest
@ActiveProfiles({"test", "postgres"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class PostgresReportsBenchmark extends ReportsBenchmarkSupport {

    @DynamicPropertySource
    static void datasource(DynamicPropertyRegistry registry) {
        BenchPostgres.register(registry);
    }

    @Override
    String database() {
        return "PostgreSQL";
    }
}
