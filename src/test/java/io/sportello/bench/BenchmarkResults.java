package io.sportello.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.File;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** Collects figures per database and keeps {@code target/bench/results.json} up to date. */
final class BenchmarkResults {

    static final File FILE = new File("target/bench/results.json");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private BenchmarkResults() {
    }

    @SuppressWarnings("unchecked")
    static synchronized void record(String database, Map<String, Object> figures) throws IOException {
        FILE.getParentFile().mkdirs();
        Map<String, Object> all = FILE.exists() ? JSON.readValue(FILE, LinkedHashMap.class) : new LinkedHashMap<>();
        all.put(database, figures);
        JSON.writeValue(FILE, all);
    }

    static double percentile(long[] nanos, double p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1_000_000.0;
    }
}
