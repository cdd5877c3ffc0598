package io.sportello.bench;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The reports benchmark on an H2 file, as in single-node use. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:file:./target/bench/h2-reports/sportello;LOCK_TIMEOUT=10000;QUERY_CACHE_SIZE=512")
@ActiveProfiles("test")
class H2ReportsBenchmark extends ReportsBenchmarkSupport {

    static {
        org.springframework.util.FileSystemUtils.deleteRecursively(new java.io.File("target/bench/h2-reports"));
    }

    @Override
    String database() {
        return "H2";
    }
}
