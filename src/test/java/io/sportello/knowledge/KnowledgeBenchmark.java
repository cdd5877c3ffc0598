package io.sportello.knowledge;

import io.sportello.SportelloSpringTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The knowledge search measured (issue 16), in the benchmark profile: ranking on the query set kept in
 * {@code src/test/resources/knowledge/queries.tsv} (customers' words, no accents, typos, synonyms; the expected
 * article per query) as MRR and recall@3 per language, against the same search without synonyms and typo tolerance
 * (the language analyzers alone) measured in the same run; then the search's p50/p95 with 10,000 articles in the
 * index, against a one-word query on the same index.
 */
class KnowledgeBenchmark extends SportelloSpringTest {

    @Autowired
    ArticleImport imports;
    @Autowired
    KnowledgeSearch search;
    @Autowired
    KnowledgeBase knowledge;
    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactionManager;
    @Autowired
    KnowledgeAnswers answers;

    record Query(String language, String text, String expected) {
    }

    /**
     * The self-service assistant's confidence: at the confidence it answers from, how many of the query set's questions
     * it answers by itself and how many of those with the right article (precision), and how many questions the
     * articles do not answer ({@code out-of-scope.tsv}) it would wrongly answer; each also at the thresholds around it,
     * so that a desk tuning {@code sportello.assistant.confident-from} sees what it trades.
     */
    @Test
    void assistantConfidence() throws IOException {
        imports.importFolder("classpath:knowledge/demo", "bench");
        List<Query> queries = queries();
        List<String[]> outside = Files.readAllLines(Path.of("src/test/resources/knowledge/out-of-scope.tsv"),
                StandardCharsets.UTF_8).stream().skip(1).filter(l -> !l.isBlank()).map(l -> l.split("\t")).toList();
        List<double[]> inScope = new ArrayList<>(); // confidence, right (1/0)
        for (Query q : queries) {
            var a = answers.answer(q.text(), q.language());
            inScope.add(new double[] {a.map(KnowledgeAnswers.Answer::confidence).orElse(0.0),
                    a.filter(x -> x.article().getGroupKey().equals(q.expected())).isPresent() ? 1 : 0});
        }
        List<Double> outScope = outside.stream().map(o -> answers.answer(o[1], o[0])
                .map(KnowledgeAnswers.Answer::confidence).orElse(0.0)).toList();
        Map<String, Object> figures = new LinkedHashMap<>();
        for (double t : new double[] {0.4, 0.5, answers.confidentFrom(), 0.7, 0.8}) {
            long answered = inScope.stream().filter(x -> x[0] >= t).count();
            long right = inScope.stream().filter(x -> x[0] >= t && x[1] == 1).count();
            long wrongOutside = outScope.stream().filter(c -> c >= t).count();
            figures.put("from" + t + ".answered", round((double) answered / inScope.size()));
            figures.put("from" + t + ".precision", answered == 0 ? 0 : round((double) right / answered));
            figures.put("from" + t + ".outOfScopeAnswered", round((double) wrongOutside / outScope.size()));
        }
        figures.put("inScope", inScope.size());
        figures.put("outOfScope", outScope.size());
        System.out.println("ASSISTANT CONFIDENCE " + figures);
    }

    @Test
    void rankingAndLatency() throws IOException {
        imports.importFolder("classpath:knowledge/demo", "bench");
        List<Query> queries = queries();
        Map<String, Object> figures = new LinkedHashMap<>();
        for (String language : Analyzers.LANGUAGES) {
            List<Query> own = queries.stream().filter(q -> q.language().equals(language)).toList();
            double[] full = ranking(own, KnowledgeSearch.Options.ALL, true);
            double[] plain = ranking(own, new KnowledgeSearch.Options(false, false), false);
            figures.put(language + ".queries", own.size());
            figures.put(language + ".mrr", round(full[0]));
            figures.put(language + ".recallAt3", round(full[1]));
            figures.put(language + ".baseline.mrr", round(plain[0]));
            figures.put(language + ".baseline.recallAt3", round(plain[1]));
            figures.put(language + ".mrrVsBaseline", round(full[0] / plain[0]));
        }
        System.out.println("KNOWLEDGE RANKING " + figures);

        // 10,000 articles: the demo's, reworded into many copies
        List<Article> demo = knowledge.all().stream().filter(Article::isPublished).toList();
        int made = knowledge.all().size();
        var batches = new org.springframework.transaction.support.TransactionTemplate(transactionManager);
        int n = 0;
        while (made < 10_000) {
            int start = n;
            int count = Math.min(500, 10_000 - made);
            batches.executeWithoutResult(tx -> {
                for (int i = start; i < start + count; i++) {
                    Article a = demo.get(i % demo.size());
                    Article copy = knowledge.create("bench-" + i, a.getLanguage(), new KnowledgeBase.Placement(a.getCategory(),
                            a.getSection(), a.getVisibility(), List.of()), new KnowledgeBase.Draft(a.getTitle() + " " + i,
                            a.getSummary(), a.getBody() + "\n\nVariante " + i, null), "bench");
                    knowledge.publish(copy.getId(), "bench");
                }
            });
            made += count;
            n += count;
        }
        List<String> texts = queries.stream().map(Query::text).toList();
        for (int warm = 0; warm < 3; warm++) {
            texts.forEach(t -> search.search(t, "it", Audience.PUBLIC, 5));
        }
        long[] full = new long[texts.size() * 3];
        long[] oneWord = new long[texts.size() * 3];
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < texts.size(); i++) {
                Query q = queries.get(i);
                long t0 = System.nanoTime();
                search.search(q.text(), q.language(), Audience.PUBLIC, 5);
                full[round * texts.size() + i] = System.nanoTime() - t0;
                t0 = System.nanoTime();
                search.search(q.language().equals("it") ? "reso" : "return", q.language(), Audience.PUBLIC, 5,
                        new KnowledgeSearch.Options(false, false));
                oneWord[round * texts.size() + i] = System.nanoTime() - t0;
            }
        }
        Map<String, Object> latency = new LinkedHashMap<>();
        latency.put("articles", made);
        latency.put("searchP50Ms", round(percentile(full, 50)));
        latency.put("searchP95Ms", round(percentile(full, 95)));
        latency.put("oneWordP95Ms", round(percentile(oneWord, 95)));
        latency.put("p95VsOneWord", round(percentile(full, 95) / percentile(oneWord, 95)));
        System.out.println("KNOWLEDGE LATENCY " + latency);
        figures.putAll(latency);
        Path out = Path.of("target/bench/knowledge.json");
        Files.createDirectories(out.getParent());
        Files.writeString(out, new com.fasterxml.jackson.databind.ObjectMapper().writerWithDefaultPrettyPrinter()
                .writeValueAsString(figures));
    }

    /** MRR and recall@3 of a query set; misses printed for the full search. */
    private double[] ranking(List<Query> queries, KnowledgeSearch.Options options, boolean printMisses) {
        double reciprocal = 0;
        int within3 = 0;
        for (Query q : queries) {
            List<String> groups = search.search(q.text(), q.language(), Audience.STAFF, 10, options).stream()
                    .map(h -> h.article().getGroupKey()).toList();
            int rank = groups.indexOf(q.expected()) + 1;
            if (rank > 0) {
                reciprocal += 1.0 / rank;
            }
            if (rank > 0 && rank <= 3) {
                within3++;
            } else if (printMisses) {
                System.out.println("  miss " + q.language() + " \"" + q.text() + "\" expected " + q.expected() + " got "
                        + groups.stream().limit(3).toList());
            }
        }
        return new double[] {reciprocal / queries.size(), within3 / (double) queries.size()};
    }

    private static List<Query> queries() throws IOException {
        List<Query> out = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/knowledge/queries.tsv"), StandardCharsets.UTF_8)) {
            String[] cells = line.split("\t");
            if (cells.length == 3 && !cells[0].equals("language")) {
                out.add(new Query(cells[0], cells[1], cells[2]));
            }
        }
        return out;
    }

    private static double percentile(long[] nanos, double p) {
        long[] sorted = nanos.clone();
        java.util.Arrays.sort(sorted);
        return sorted[Math.max(0, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }

    private static double round(double d) {
        return Math.round(d * 1000) / 1000.0;
    }
}
