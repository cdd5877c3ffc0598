package io.sportello.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The models on the held-out fifth of the corpus, which they never learn from: category, urgency, sentiment and
 * phase per language. It prints accuracy and macro-F1 (the benchmark profile measures them too, with the confusion
 * matrix: {@code UnderstandingBenchmark}). What it asserts guards against a model that learns nothing: better than
 * always answering the most frequent label.
 */
class CategoryEvaluationTest {

    private static final Map<String, Function<Corpus.Example, String>> LABELS = Map.of(
            "category", Corpus.Example::category, "urgency", Corpus.Example::urgency,
            "sentiment", Corpus.Example::sentiment, "phase", Corpus.Example::phase);

    @ParameterizedTest(name = "{1} in {0}")
    @CsvSource({"it,category", "en,category", "it,urgency", "en,urgency", "it,sentiment", "en,sentiment", "it,phase",
            "en,phase"})
    void heldOutFigures(String language, String labelName) {
        Function<Corpus.Example, String> label = LABELS.get(labelName);
        List<Corpus.Example> all = Corpus.load(language);
        LabelModel model = LabelModel.train(language, Corpus.training(all).stream()
                .map(e -> new LabelModel.Labelled(e.text(), label.apply(e))).toList());
        List<Corpus.Example> test = Corpus.heldOut(all);
        Map<String, int[]> counts = new TreeMap<>(); // true positives, false positives, false negatives
        int right = 0;
        for (Corpus.Example e : test) {
            String expected = label.apply(e);
            String got = model.predict(e.text()).label();
            counts.computeIfAbsent(expected, k -> new int[3]);
            counts.computeIfAbsent(got, k -> new int[3]);
            if (got.equals(expected)) {
                right++;
                counts.get(got)[0]++;
            } else {
                counts.get(got)[1]++;
                counts.get(expected)[2]++;
            }
        }
        double macro = 0;
        for (int[] c : counts.values()) {
            double precision = c[0] + c[1] == 0 ? 0 : (double) c[0] / (c[0] + c[1]);
            double recall = c[0] + c[2] == 0 ? 0 : (double) c[0] / (c[0] + c[2]);
            macro += precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }
        macro /= counts.size();
        long majority = test.stream().collect(Collectors.groupingBy(label, Collectors.counting())).values().stream()
                .mapToLong(Long::longValue).max().orElse(0);
        System.out.printf("%s %s: accuracy %.3f (most frequent label %.3f), macro-F1 %.3f on %d held-out messages%n",
                labelName, language, (double) right / test.size(), (double) majority / test.size(), macro, test.size());
        assertThat((double) right / test.size()).as("accuracy against always the most frequent label")
                .isGreaterThan((double) majority / test.size());
    }
}
