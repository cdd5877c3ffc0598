package io.sportello.understanding;

import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.zip.CRC32;

/**
 * One version of the desk's models: for each language, a model per {@link Aspect}, trained on the corpus' training
 * part plus the desk's corrections up to a point. Training is deterministic (LIBLINEAR), so a version is defined by
 * its data: every node of a cluster that trains the same version gets the same models, and rolling back means
 * training the earlier data again, not keeping binaries.
 */
public final class TrainedModels {

    /** What the models judge. */
    public enum Aspect { CATEGORY, URGENCY, SENTIMENT, PHASE }

    static final Map<Aspect, Function<Corpus.Example, String>> LABEL_OF = Map.of(
            Aspect.CATEGORY, Corpus.Example::category, Aspect.URGENCY, Corpus.Example::urgency,
            Aspect.SENTIMENT, Corpus.Example::sentiment, Aspect.PHASE, Corpus.Example::phase);

    private final String version;
    private final Map<String, Map<Aspect, LabelModel>> models;
    private final int examples;

    private TrainedModels(String version, Map<String, Map<Aspect, LabelModel>> models, int examples) {
        this.version = version;
        this.models = models;
        this.examples = examples;
    }

    /**
     * Trains every aspect of every language on {@code data} (an example whose label of an aspect is null — a
     * correction that only says the category — is left out of that aspect's model).
     */
    public static TrainedModels train(String version, Map<String, List<Corpus.Example>> data) {
        Map<String, Map<Aspect, LabelModel>> models = new HashMap<>();
        int examples = 0;
        for (var language : data.entrySet()) {
            Map<Aspect, LabelModel> trained = new EnumMap<>(Aspect.class);
            for (Aspect aspect : Aspect.values()) {
                List<LabelModel.Labelled> labelled = language.getValue().stream()
                        .filter(e -> LABEL_OF.get(aspect).apply(e) != null)
                        .map(e -> new LabelModel.Labelled(e.text(), LABEL_OF.get(aspect).apply(e))).toList();
                if (!labelled.isEmpty()) {
                    trained.put(aspect, LabelModel.train(language.getKey(), labelled,
                            aspect == Aspect.SENTIMENT || aspect == Aspect.URGENCY));
                }
            }
            models.put(language.getKey(), trained);
            examples += language.getValue().size();
        }
        return new TrainedModels(version, Map.copyOf(models), examples);
    }

    /** The models of the shipped corpus alone (its training part), named by its size and checksum. */
    public static TrainedModels fromCorpus(List<String> languages) {
        Map<String, List<Corpus.Example>> data = new HashMap<>();
        languages.forEach(l -> data.put(l, Corpus.training(Corpus.load(l))));
        return train(corpusVersion(languages), data);
    }

    /** The corpus' training part as data: its size and checksum, e.g. {@code corpus-1958-4f2a9c1b}. */
    public static String corpusVersion(List<String> languages) {
        CRC32 crc = new CRC32();
        int size = 0;
        for (String language : languages) {
            for (Corpus.Example e : Corpus.training(Corpus.load(language))) {
                crc.update((e.category() + e.urgency() + e.sentiment() + e.phase() + e.text())
                        .getBytes(StandardCharsets.UTF_8));
                size++;
            }
        }
        return "corpus-" + size + "-" + Long.toHexString(crc.getValue());
    }

    /** The same models under another name (a version's, once it has one). */
    TrainedModels named(String version) {
        return new TrainedModels(version, models, examples);
    }

    public String version() {
        return version;
    }

    /** How many messages these models learnt from, all languages together. */
    public int examples() {
        return examples;
    }

    /** The model of {@code aspect} in {@code language}; null when that language has none. */
    public LabelModel model(String language, Aspect aspect) {
        Map<Aspect, LabelModel> forLanguage = models.get(language);
        return forLanguage == null ? null : forLanguage.get(aspect);
    }
}
