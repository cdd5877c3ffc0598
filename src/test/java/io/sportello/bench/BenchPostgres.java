package io.sportello.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import org.springframework.test.context.DynamicPropertyRegistry;

/** One embedded PostgreSQL server (zonky, default settings) for the benchmarks that run on PostgreSQL. */
final class BenchPostgres {

    private static EmbeddedPostgres server;

    private BenchPostgres() {
    }

    /** Points the application's data source at the server, starting it on first use. */
    static synchronized void register(DynamicPropertyRegistry registry) {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        EmbeddedPostgres running = server;
        registry.add("spring.datasource.url", () -> running.getJdbcUrl("postgres", "postgres"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
    }
}
