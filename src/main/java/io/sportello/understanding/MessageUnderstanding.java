package io.sportello.understanding;

import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.zip.CRC32;
import org.springframework.stereotype.Component;

/**
 * What a customer's message says, read the way an experienced L1 agent reads it: its language among the desk's, its
 * category, urgency, sentiment and phase (before or after buying) each with how sure the model is, and the entities
 * it names. The models are trained in-process from the project's corpus (its training part: the held-out part stays
 * for evaluation) the first time a message is read, once per language; {@link #modelVersion()} names the data they
 * learnt from.
 */
@Component
public class MessageUnderstanding {

    /** A label and how sure the model is of it (0–1). */
    public record Judgement(String value, double confidence) {
    }

    /** Everything read from one message. */
    public record Understood(LanguageDetection.Guess language, Judgement category, Judgement urgency,
                             Judgement sentiment, Judgement phase, Entities entities, String modelVersion) {
    }

    /** What the models judge. */
    public enum Aspect { CATEGORY, URGENCY, SENTIMENT, PHASE }

    private static final Map<Aspect, Function<Corpus.Example, String>> LABEL_OF = Map.of(
            Aspect.CATEGORY, Corpus.Example::category, Aspect.URGENCY, Corpus.Example::urgency,
            Aspect.SENTIMENT, Corpus.Example::sentiment, Aspect.PHASE, Corpus.Example::phase);

    private final LanguageDetection languages;
    private final EntityExtractor entities;
    private final Map<String, Map<Aspect, LabelModel>> models = new HashMap<>();
    private volatile String modelVersion;

    public MessageUnderstanding(LanguageDetection languages, EntityExtractor entities) {
        this.languages = languages;
        this.entities = entities;
    }

    /** Reads {@code text}; {@code knownLanguage} (the customer's, if the desk knows it) decides a text that says nothing. */
    public Understood understand(String text, String knownLanguage) {
        LanguageDetection.Guess language = languages.detect(text, knownLanguage);
        Map<Aspect, LabelModel> forLanguage = models(language.language());
        Map<Aspect, Judgement> judged = new EnumMap<>(Aspect.class);
        for (Aspect aspect : Aspect.values()) {
            LabelModel model = forLanguage.get(aspect);
            LabelModel.Prediction p = model == null ? null : model.predict(text);
            judged.put(aspect, p == null ? new Judgement(null, 0) : new Judgement(p.label(), p.confidence()));
        }
        return new Understood(language, judged.get(Aspect.CATEGORY), judged.get(Aspect.URGENCY),
                judged.get(Aspect.SENTIMENT), judged.get(Aspect.PHASE), entities.extract(text), modelVersion());
    }

    /** The data the models learnt from: the corpus' size and checksum, e.g. {@code corpus-1958-4f2a9c1b}. */
    public String modelVersion() {
        if (modelVersion == null) {
            CRC32 crc = new CRC32();
            int size = 0;
            for (String language : languages.languages()) {
                for (Corpus.Example e : Corpus.training(Corpus.load(language))) {
                    crc.update((e.category() + e.urgency() + e.sentiment() + e.phase() + e.text())
                            .getBytes(StandardCharsets.UTF_8));
                    size++;
                }
            }
            modelVersion = "corpus-" + size + "-" + Long.toHexString(crc.getValue());
        }
        return modelVersion;
    }

    private synchronized Map<Aspect, LabelModel> models(String language) {
        return models.computeIfAbsent(language, l -> {
            List<Corpus.Example> training = Corpus.training(Corpus.load(l));
            Map<Aspect, LabelModel> trained = new EnumMap<>(Aspect.class);
            if (training.isEmpty()) {
                return trained;
            }
            for (Aspect aspect : Aspect.values()) {
                trained.put(aspect, LabelModel.train(l, training.stream()
                        .map(e -> new LabelModel.Labelled(e.text(), LABEL_OF.get(aspect).apply(e))).toList()));
            }
            return trained;
        });
    }
}
