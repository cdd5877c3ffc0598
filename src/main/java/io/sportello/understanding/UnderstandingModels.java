package io.sportello.understanding;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sportello.shared.Actor;
import io.sportello.shared.NotFoundException;
import io.sportello.shared.RuleViolationException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The versions of the desk's models. One is active and reads every new message; agents' corrections are kept as
 * training examples; retraining (on demand by a process owner or admin, and on a schedule when there are new
 * corrections) trains a new version on the corpus' training part plus every correction so far, evaluates it on the
 * held-out corpus and on the corrections, keeps it with its evaluation and makes it the active one. Rolling back
 * activates the version before. The active version lives in the database, so every node of a cluster reads with it:
 * a node that sees another version become active trains it in the background and switches when it is ready.
 */
@Service
public class UnderstandingModels {

    private static final Logger log = LoggerFactory.getLogger(UnderstandingModels.class);

    private final UnderstandingModelRepository versions;
    private final TrainingExampleRepository examples;
    private final LanguageDetection languages;
    private final ObjectMapper json;
    private final Clock clock;
    private final TransactionTemplate tx;
    private final Duration refresh;
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "understanding-models");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean training = new AtomicBoolean();
    private volatile Loaded loaded;
    private volatile Instant checkedAt = Instant.MIN;

    private record Loaded(Long id, TrainedModels models) {
    }

    UnderstandingModels(UnderstandingModelRepository versions, TrainingExampleRepository examples,
                        LanguageDetection languages, ObjectMapper json, Clock clock,
                        PlatformTransactionManager transactionManager,
                        @Value("${sportello.understanding.refresh:PT30S}") Duration refresh) {
        this.versions = versions;
        this.examples = examples;
        this.languages = languages;
        this.json = json;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactionManager);
        this.refresh = refresh;
    }

    /** Trains the active version while the application starts taking work, so that the first message waits less. */
    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        background.submit(() -> {
            try {
                active();
            } catch (RuntimeException e) {
                log.warn("The models could not be prepared at start: {}", e.getMessage());
            }
        });
    }

    /** The models that read now: the active version (the first use of a new desk trains and stores version 1). */
    public TrainedModels active() {
        Loaded current = loaded;
        if (current == null) {
            synchronized (this) {
                if (loaded == null) {
                    UnderstandingModel version = versions.findFirstByActiveTrueOrderByIdDesc().orElseGet(this::initial);
                    loaded = new Loaded(version.getId(), trainVersion(version));
                    checkedAt = clock.instant();
                }
                return loaded.models();
            }
        }
        if (clock.instant().isAfter(checkedAt.plus(refresh))) {
            checkedAt = clock.instant();
            versions.findFirstByActiveTrueOrderByIdDesc().filter(v -> !v.getId().equals(current.id()))
                    .ifPresent(this::switchInBackground);
        }
        return current.models();
    }

    /** Every version, newest first. */
    public List<UnderstandingModel> versions() {
        return versions.findAllByOrderByIdDesc();
    }

    public Evaluation evaluation(UnderstandingModel version) {
        try {
            return json.readValue(version.getEvaluation(), Evaluation.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Evaluation of " + version.getVersion() + " unreadable", e);
        }
    }

    /** Keeps what an agent said a message is: the next version learns from it. */
    public TrainingExample learn(Long ticketId, String language, String text, String category, String readAs,
                                 String modelVersion, Actor by) {
        return examples.save(new TrainingExample(ticketId, language, text, category, readAs, modelVersion,
                by == null ? null : by.id(), clock.instant()));
    }

    /** The corrections made on one ticket. */
    public List<TrainingExample> correctionsOf(Long ticketId) {
        return examples.findByTicketIdOrderByIdAsc(ticketId);
    }

    /** The corrections the active version has not learnt from yet. */
    public List<TrainingExample> newCorrections() {
        long upTo = versions.findFirstByActiveTrueOrderByIdDesc().map(UnderstandingModel::getCorrectionsUpTo).orElse(0L);
        return examples.findByIdGreaterThanOrderByIdAsc(upTo);
    }

    /** Trains, evaluates and activates a new version on the corpus and every correction so far. */
    public UnderstandingModel retrain(Actor by, UnderstandingModel.Reason reason) {
        long upTo = examples.maxId();
        List<TrainingExample> corrections = examples.findByIdLessThanEqualOrderByIdAsc(upTo);
        String corpus = TrainedModels.corpusVersion(languages.languages());
        TrainedModels draft = train("draft", corrections);
        String evaluation = evaluate(draft, corrections);
        UnderstandingModel stored = tx.execute(s -> {
            versions.findByActiveTrue().forEach(UnderstandingModel::deactivate);
            // named after its row: two nodes retraining at once get two names, never the same one
            UnderstandingModel v = new UnderstandingModel("pending-" + java.util.UUID.randomUUID(), corpus, upTo,
                    corrections.size(), draft.examples(), clock.instant(), by == null ? null : by.id(), reason,
                    evaluation);
            v.activate(clock.instant());
            v = versions.saveAndFlush(v);
            v.name("v" + v.getId());
            return v;
        });
        TrainedModels models = draft.named(stored.label());
        loaded = new Loaded(stored.getId(), models);
        log.info("Models {} trained on {} messages ({} corrections) and active", stored.label(), models.examples(),
                corrections.size());
        return stored;
    }

    /**
     * Retrains at night when agents corrected something since the newest version was trained (not the active one:
     * after a rollback, the version rolled back from already holds those corrections).
     */
    @Scheduled(cron = "${sportello.understanding.retrain-cron:0 30 3 * * *}")
    void scheduledRetraining() {
        if (examples.maxId() > versions.maxCorrectionsUpTo()) {
            try {
                retrain(Actor.system(), UnderstandingModel.Reason.SCHEDULED);
            } catch (DataIntegrityViolationException anotherNode) {
                log.info("Another node trained the new version first");
            }
        }
    }

    /** Makes the version before the active one active again (its data is trained again: training is deterministic). */
    public UnderstandingModel rollback(Actor by) {
        UnderstandingModel current = versions.findFirstByActiveTrueOrderByIdDesc()
                .orElseThrow(() -> new NotFoundException("Model version", "active"));
        UnderstandingModel previous = versions.findFirstByIdLessThanOrderByIdDesc(current.getId())
                .orElseThrow(() -> new RuleViolationException("NO_EARLIER_MODEL",
                        "Version " + current.getVersion() + " is the first: there is none to go back to"));
        TrainedModels models = trainVersion(previous);
        tx.executeWithoutResult(s -> {
            versions.findByActiveTrue().forEach(UnderstandingModel::deactivate);
            versions.findById(previous.getId()).orElseThrow().activate(clock.instant());
        });
        loaded = new Loaded(previous.getId(), models);
        log.info("Models rolled back from {} to {} by {}", current.getVersion(), previous.getVersion(),
                by == null ? "system" : by.id());
        return versions.findById(previous.getId()).orElseThrow();
    }

    public Optional<UnderstandingModel> activeVersion() {
        return versions.findFirstByActiveTrueOrderByIdDesc();
    }

    private UnderstandingModel initial() {
        try {
            return retrainInitial();
        } catch (DataIntegrityViolationException anotherNode) {
            return versions.findFirstByActiveTrueOrderByIdDesc().orElseThrow(() -> anotherNode);
        }
    }

    private UnderstandingModel retrainInitial() {
        String corpus = TrainedModels.corpusVersion(languages.languages());
        TrainedModels models = train(UnderstandingModel.label("v1", corpus, 0), List.of());
        String evaluation = evaluate(models, List.of());
        return tx.execute(s -> {
            // "v1" is unique: a second node starting at the same moment fails here and takes the first one's
            UnderstandingModel v = new UnderstandingModel("v1", corpus, 0, 0, models.examples(), clock.instant(), null,
                    UnderstandingModel.Reason.INITIAL, evaluation);
            v.activate(clock.instant());
            return versions.saveAndFlush(v);
        });
    }

    private void switchInBackground(UnderstandingModel version) {
        if (training.compareAndSet(false, true)) {
            background.submit(() -> {
                try {
                    loaded = new Loaded(version.getId(), trainVersion(version));
                } finally {
                    training.set(false);
                }
            });
        }
    }

    private TrainedModels trainVersion(UnderstandingModel version) {
        List<TrainingExample> corrections = examples.findByIdLessThanEqualOrderByIdAsc(version.getCorrectionsUpTo());
        return train(version.label(), corrections);
    }

    private TrainedModels train(String label, List<TrainingExample> corrections) {
        Map<String, List<Corpus.Example>> data = new HashMap<>();
        for (String language : languages.languages()) {
            List<Corpus.Example> forLanguage = new ArrayList<>(Corpus.training(Corpus.load(language)));
            corrections.stream().filter(c -> language.equals(c.getLanguage())).map(TrainingExample::asExample)
                    .forEach(forLanguage::add);
            data.put(language, forLanguage);
        }
        return TrainedModels.train(label, data);
    }

    private String evaluate(TrainedModels models, List<TrainingExample> corrections) {
        Map<String, List<Corpus.Example>> heldOut = new HashMap<>();
        languages.languages().forEach(l -> heldOut.put(l, Corpus.heldOut(Corpus.load(l))));
        try {
            return json.writeValueAsString(Evaluation.of(models, heldOut, corrections));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
