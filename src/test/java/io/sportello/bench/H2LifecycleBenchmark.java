package io.sportello.bench;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** The benchmark on the default database, an H2 file as in production-like single-node use. */
@SpringBootTest(properties = {"camunda.bpm.job-execution.enabled=true",
        "spring.datasource.url=jdbc:h2:file:./target/bench/h2/sportello;LOCK_TIMEOUT=10000;QUERY_CACHE_SIZE=512"})
@ActiveProfiles("test")
@Import({LifecycleBenchmarkSupport.ProbeConfiguration.class, io.sportello.SurveyLinks.Config.class})
class H2LifecycleBenchmark extends LifecycleBenchmarkSupport {

    static {
        org.springframework.util.FileSystemUtils.deleteRecursively(new java.io.File("target/bench/h2"));
    }

    @Override
    String database() {
        return "H2";
    }
}
