package io.sportello.bench;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The benchmark on PostgreSQL (zonky embedded server, default settings). */
@SpringBootTest(properties = "camunda.bpm.job-execution.enabled=true")
@ActiveProfiles({"test", "postgres"})
@Import({LifecycleBenchmarkSupport.ProbeConfiguration.class, io.sportello.SurveyLinks.Config.class})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class PostgresLifecycleBenchmark extends LifecycleBenchmarkSupport {

    @DynamicPropertySource
    static void datasource(DynamicPropertyRegistry registry) {
        BenchPostgres.register(registry);
    }

    @Override
    String database() {
        return "PostgreSQL";
    }
}
