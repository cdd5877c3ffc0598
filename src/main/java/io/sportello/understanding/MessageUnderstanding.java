package io.sportello.understanding;

import io.sportello.understanding.TrainedModels.Aspect;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * What a customer's message says, read the way an experienced L1 agent reads it: its language among the desk's, its
 * category, urgency, sentiment and phase (before or after buying) each with how sure the model is, and the entities
 * it names. The models are the desk's active version ({@link UnderstandingModels}); {@link Understood#modelVersion()}
 * names it for the audit trail.
 */
@Component
public class MessageUnderstanding {

    /** A label, how sure the model is of it (0–1), and every label's probability. */
    public record Judgement(String value, double confidence, Map<String, Double> scores) {
        public Judgement {
            scores = scores == null ? Map.of() : Map.copyOf(scores);
        }
    }

    /** Everything read from one message. */
    public record Understood(LanguageDetection.Guess language, Judgement category, Judgement urgency,
                             Judgement sentiment, Judgement phase, Entities entities, String modelVersion) {
    }

    private final LanguageDetection languages;
    private final EntityExtractor entities;
    private final Supplier<TrainedModels> models;

    /** Reads with the shipped corpus' models alone, trained at first use (for tools and tests without a desk). */
    public MessageUnderstanding(LanguageDetection languages, EntityExtractor entities) {
        this(languages, entities, new Supplier<>() {
            private TrainedModels trained;

            @Override
            public synchronized TrainedModels get() {
                if (trained == null) {
                    trained = TrainedModels.fromCorpus(languages.languages());
                }
                return trained;
            }
        });
    }

    @Autowired
    public MessageUnderstanding(LanguageDetection languages, EntityExtractor entities, UnderstandingModels models) {
        this(languages, entities, models::active);
    }

    /** Reads with the models {@code models} gives (a benchmark's fixed version, say). */
    public MessageUnderstanding(LanguageDetection languages, EntityExtractor entities, Supplier<TrainedModels> models) {
        this.languages = languages;
        this.entities = entities;
        this.models = models;
    }

    /** Reads {@code text}; {@code knownLanguage} (the customer's, if the desk knows it) decides a text that says nothing. */
    public Understood understand(String text, String knownLanguage) {
        LanguageDetection.Guess language = languages.detect(text, knownLanguage);
        TrainedModels trained = models.get();
        Map<Aspect, Judgement> judged = new EnumMap<>(Aspect.class);
        for (Aspect aspect : Aspect.values()) {
            LabelModel model = trained.model(language.language(), aspect);
            LabelModel.Prediction p = model == null ? null : model.predict(text);
            judged.put(aspect, p == null ? new Judgement(null, 0, null)
                    : new Judgement(p.label(), p.confidence(), p.scores()));
        }
        return new Understood(language, judged.get(Aspect.CATEGORY), judged.get(Aspect.URGENCY),
                judged.get(Aspect.SENTIMENT), judged.get(Aspect.PHASE), entities.extract(text), trained.version());
    }

    /** The version of the models that reads now. */
    public String modelVersion() {
        return models.get().version();
    }
}
