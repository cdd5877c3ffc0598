package io.sportello.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The category model on the held-out fifth of the corpus, which it never learns from. It prints accuracy and
 * macro-F1; the target (macro-F1 0.85 per language, measured in the benchmark profile) is not reached yet
 * (0.785 Italian, 0.796 English on 2026-12-01): this guards against a model that learns nothing — far better than
 * always answering the most frequent category.
 */
class CategoryEvaluationTest {

    @ParameterizedTest
    @ValueSource(strings = {"it", "en"})
    void heldOutMacroF1(String language) {
        List<Corpus.Example> all = Corpus.load(language);
        LabelModel model = LabelModel.train(language, Corpus.training(all).stream()
                .map(e -> new LabelModel.Labelled(e.text(), e.category())).toList());
        List<Corpus.Example> test = Corpus.heldOut(all);
        Map<String, int[]> counts = new TreeMap<>(); // tp, fp, fn
        int right = 0;
        for (Corpus.Example e : test) {
            String got = model.predict(e.text()).label();
            counts.computeIfAbsent(e.category(), k -> new int[3]);
            counts.computeIfAbsent(got, k -> new int[3]);
            if (got.equals(e.category())) {
                right++;
                counts.get(got)[0]++;
            } else {
                counts.get(got)[1]++;
                counts.get(e.category())[2]++;
            }
        }
        double macro = 0;
        for (int[] c : counts.values()) {
            double precision = c[0] + c[1] == 0 ? 0 : (double) c[0] / (c[0] + c[1]);
            double recall = c[0] + c[2] == 0 ? 0 : (double) c[0] / (c[0] + c[2]);
            macro += precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }
        macro /= counts.size();
        System.out.printf("category %s: accuracy %.3f, macro-F1 %.3f on %d held-out messages%n", language,
                (double) right / test.size(), macro, test.size());
        assertThat(new TreeSet<>(counts.keySet())).hasSizeGreaterThanOrEqualTo(9);
        long majority = test.stream().filter(e -> e.category().equals("ORDER_STATUS")).count();
        assertThat((double) right / test.size()).as("accuracy against always ORDER_STATUS")
                .isGreaterThan(2.0 * majority / test.size());
    }
}
