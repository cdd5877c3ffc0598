package io.sportello.understanding;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.liblinear.LibLinearClassificationTrainer;
import org.tribuo.classification.liblinear.LinearClassificationType;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * A classifier of messages into labels (a category, an urgency…), trained in-process: logistic regression
 * (LIBLINEAR through Tribuo) over the words, word pairs and three- to five-letter word pieces of
 * {@link TextFeatures}, each weighted sub-linearly and the whole message normalised, so long e-mails and one-line chats
 * weigh alike and a typo still shares most pieces with the word. Logistic regression gives each label a probability,
 * which the confidence gate reads.
 */
public final class LabelModel {

    /** The label a model gives a message, how sure it is (0–1), and every label's probability. */
    public record Prediction(String label, double confidence, Map<String, Double> scores) {
    }

    /** A message and its label, to learn from. */
    public record Labelled(String text, String label) {
    }

    /** How strongly the model may fit the training messages (LIBLINEAR's C), chosen on the held-out corpus. */
    static final double COST = 16;
    private static final String UNKNOWN = "?";

    private final Model<Label> model;
    private final String language;
    private final boolean lexicon;

    private LabelModel(Model<Label> model, String language, boolean lexicon) {
        this.model = model;
        this.language = language;
        this.lexicon = lexicon;
    }

    public static LabelModel train(String language, List<Labelled> examples) {
        return train(language, examples, false);
    }

    /** With {@code lexicon}, the sentiment lexicons' valence is a feature too (for sentiment and urgency). */
    public static LabelModel train(String language, List<Labelled> examples, boolean lexicon) {
        LabelFactory labels = new LabelFactory();
        MutableDataset<Label> data = new MutableDataset<>(new SimpleDataSourceProvenance("sportello corpus " + language,
                labels), labels);
        for (Labelled e : examples) {
            data.add(example(e.text(), e.label(), language, lexicon));
        }
        var trainer = new LibLinearClassificationTrainer(new LinearClassificationType(
                LinearClassificationType.LinearType.L2R_LR), COST, 1000, 0.01);
        return new LabelModel(trainer.train(data), language, lexicon);
    }

    public Prediction predict(String text) {
        var prediction = model.predict(example(text, null, language, lexicon));
        Map<String, Double> scores = new LinkedHashMap<>();
        prediction.getOutputScores().forEach((label, score) -> scores.put(label, score.getScore()));
        return new Prediction(prediction.getOutput().getLabel(), prediction.getOutput().getScore(), scores);
    }

    private static Example<Label> example(String text, String label, String language, boolean lexicon) {
        Map<String, Double> f = features(text, lexicon ? language : null);
        String[] names = f.keySet().toArray(String[]::new);
        double[] values = new double[names.length];
        for (int i = 0; i < names.length; i++) {
            values[i] = f.get(names[i]);
        }
        return new ArrayExample<>(new Label(label == null ? UNKNOWN : label), names, values);
    }

    /**
     * Words, word pairs and word pieces, counted sub-linearly (1 + log n) and normalised to length 1; then the
     * sentiment lexicon's valence of the message ({@link Lexicon}) in {@code lexiconLanguage}, on its own scale
     * (none when null).
     */
    static Map<String, Double> features(String text, String lexiconLanguage) {
        String[] tokens = TextFeatures.tokens(text);
        Map<String, Double> f = new HashMap<>();
        for (String t : tokens) {
            f.merge("w=" + t, 1.0, Double::sum);
            String w = "<" + t + ">";
            for (int n = 3; n <= 5; n++) {
                for (int i = 0; i + n <= w.length(); i++) {
                    f.merge("g" + n + "=" + w.substring(i, i + n), 1.0, Double::sum);
                }
            }
        }
        for (int i = 0; i + 1 < tokens.length; i++) {
            f.merge("b=" + tokens[i] + "_" + tokens[i + 1], 1.0, Double::sum);
        }
        f.put("bias", 1.0);
        double norm = 0;
        for (Map.Entry<String, Double> e : f.entrySet()) {
            e.setValue(1 + Math.log(e.getValue()));
            norm += e.getValue() * e.getValue();
        }
        double length = Math.sqrt(norm);
        f.replaceAll((k, v) -> v / length);
        if (lexiconLanguage != null) {
            f.putAll(Lexicon.features(text, tokens, lexiconLanguage));
        }
        return f;
    }
}
