package io.sportello.understanding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * How well one version of the models reads messages it never learnt from — the corpus' held-out part — per language:
 * accuracy and macro-F1 of every aspect, and for categories precision, recall and F1 per category and the confusion
 * matrix. It also says how the version reads the desk's corrections (what agents said a message really was).
 */
public record Evaluation(Map<String, LanguageFigures> languages, List<CorrectionCheck> corrections) {

    /** The figures of one language. */
    public record LanguageFigures(int messages, Map<String, Figures> aspects, Map<String, PerLabel> categories,
                                  Map<String, Map<String, Integer>> confusion) {
    }

    /** Accuracy and macro-F1 of one aspect. */
    public record Figures(double accuracy, double macroF1) {
    }

    /** Precision, recall, F1 and the number of held-out messages of one label. */
    public record PerLabel(double precision, double recall, double f1, int support) {
    }

    /** A correction of the desk: what the agent said, and what this version reads. */
    public record CorrectionCheck(Long exampleId, String language, String expected, String read) {
        public boolean right() {
            return expected.equals(read);
        }
    }

    /** Evaluates {@code models} on {@code heldOut} (by language) and on {@code corrections}. */
    public static Evaluation of(TrainedModels models, Map<String, List<Corpus.Example>> heldOut,
                                List<TrainingExample> corrections) {
        Map<String, LanguageFigures> languages = new TreeMap<>();
        heldOut.forEach((language, examples) -> {
            Map<String, Figures> aspects = new LinkedHashMap<>();
            Map<String, PerLabel> categories = Map.of();
            Map<String, Map<String, Integer>> confusion = Map.of();
            for (TrainedModels.Aspect aspect : TrainedModels.Aspect.values()) {
                LabelModel model = models.model(language, aspect);
                if (model == null || examples.isEmpty()) {
                    continue;
                }
                Function<Corpus.Example, String> label = TrainedModels.LABEL_OF.get(aspect);
                Map<String, Map<String, Integer>> matrix = new TreeMap<>();
                int right = 0;
                for (Corpus.Example e : examples) {
                    String got = model.predict(e.text()).label();
                    matrix.computeIfAbsent(label.apply(e), k -> new TreeMap<>()).merge(got, 1, Integer::sum);
                    right += got.equals(label.apply(e)) ? 1 : 0;
                }
                Map<String, PerLabel> perLabel = perLabel(matrix);
                aspects.put(aspect.name(), new Figures((double) right / examples.size(),
                        perLabel.values().stream().mapToDouble(PerLabel::f1).average().orElse(0)));
                if (aspect == TrainedModels.Aspect.CATEGORY) {
                    categories = perLabel;
                    confusion = matrix;
                }
            }
            languages.put(language, new LanguageFigures(examples.size(), aspects, categories, confusion));
        });
        List<CorrectionCheck> checks = new ArrayList<>();
        for (TrainingExample c : corrections) {
            LabelModel model = models.model(c.getLanguage(), TrainedModels.Aspect.CATEGORY);
            if (model != null) {
                checks.add(new CorrectionCheck(c.getId(), c.getLanguage(), c.getCategory(),
                        model.predict(c.getText()).label()));
            }
        }
        return new Evaluation(languages, checks);
    }

    /** Macro-F1 of the categories in {@code language}, 0 when not evaluated. */
    public double categoryMacroF1(String language) {
        LanguageFigures f = languages.get(language);
        Figures c = f == null ? null : f.aspects().get(TrainedModels.Aspect.CATEGORY.name());
        return c == null ? 0 : c.macroF1();
    }

    private static Map<String, PerLabel> perLabel(Map<String, Map<String, Integer>> matrix) {
        TreeSet<String> labels = new TreeSet<>(matrix.keySet());
        matrix.values().forEach(row -> labels.addAll(row.keySet()));
        Map<String, PerLabel> out = new LinkedHashMap<>();
        for (String label : labels) {
            int tp = matrix.getOrDefault(label, Map.of()).getOrDefault(label, 0);
            int support = matrix.getOrDefault(label, Map.of()).values().stream().mapToInt(Integer::intValue).sum();
            int predicted = matrix.values().stream().mapToInt(row -> row.getOrDefault(label, 0)).sum();
            double precision = predicted == 0 ? 0 : (double) tp / predicted;
            double recall = support == 0 ? 0 : (double) tp / support;
            double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            out.put(label, new PerLabel(precision, recall, f1, support));
        }
        return out;
    }
}
