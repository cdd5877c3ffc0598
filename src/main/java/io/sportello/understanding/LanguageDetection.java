package io.sportello.understanding;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Which of the desk's languages a message is written in. OpenNLP's language model (103 languages, from its jar)
 * weighs the characters, but asked among all of them it reads short texts wrongly ("Where is my order?" comes out
 * Afrikaans); so the desk asks it only about the languages it serves, and adds what the words themselves say — the
 * small words every message has in its language ("il", "non", "dove", "the", "my", "where"), spelt with or without
 * accents — which decide the short ones. A text that says nothing either way ("100482??") gets the fallback (the
 * customer's known language, else the desk's first) with no confidence.
 */
@Component
public class LanguageDetection {

    /** A language and how sure the guess is (0–1); {@code fallback} when the text itself did not tell. */
    public record Guess(String language, double confidence, boolean fallback) {
    }

    /** ISO 639-3 codes of the model, by the desk's ISO 639-1 codes. */
    private static final Map<String, String> MODEL_CODES = Map.of("it", "ita", "en", "eng", "de", "deu", "fr", "fra",
            "es", "spa");

    /** The small words that give a language away, accents removed; a word of two languages counts for neither. */
    private static final Map<String, Set<String>> FUNCTION_WORDS = Map.of(
            "it", words("il", "lo", "la", "i", "gli", "le", "un", "una", "uno", "di", "del", "della", "dei", "delle",
                    "da", "dal", "dalla", "in", "nel", "nella", "con", "per", "su", "sul", "tra", "fra", "che", "chi",
                    "non", "e", "ed", "o", "ma", "se", "mi", "ti", "ci", "vi", "si", "ho", "hai", "ha", "abbiamo",
                    "avete", "hanno", "sono", "sei", "siamo", "siete", "era", "stato", "mio", "mia", "miei", "mie",
                    "tuo", "suo", "vostro", "nostro", "dove", "quando", "come", "perche", "cosa", "quale", "ancora",
                    "gia", "piu", "anche", "ordine", "grazie", "buongiorno", "buonasera", "salve", "ciao", "vorrei",
                    "potete", "posso", "arrivato", "arrivata", "pacco", "rimborso", "reso", "nn", "cmq", "xke", "xche",
                    "sto", "questo", "questa", "quello", "ieri", "oggi", "domani", "giorni", "settimana", "niente",
                    "nessuna", "nessun", "tutto", "ma", "pero", "allora", "dopo", "prima", "ancora", "ne", "al", "alla",
                    "agli", "alle", "all", "dell", "nell", "sull", "l", "c", "d", "po", "a", "no", "me"),
            "en", words("the", "a", "an", "of", "to", "in", "on", "at", "for", "with", "from", "by", "and", "or",
                    "but", "not", "no", "is", "are", "was", "were", "be", "been", "am", "i", "im", "me", "my", "mine",
                    "you", "your", "we", "our", "they", "their", "it", "its", "this", "that", "these", "those", "where",
                    "when", "what", "why", "how", "which", "who", "have", "has", "had", "do", "does", "did", "dont",
                    "didnt", "cant", "wont", "still", "yet", "already", "order", "please", "thanks", "thank", "hello",
                    "hi", "dear", "would", "could", "can", "will", "should", "arrived", "parcel", "package", "refund",
                    "return", "got", "get", "received", "delivered", "yesterday", "today", "tomorrow", "days", "week",
                    "nothing", "any", "some", "there", "here", "just", "about", "after", "before", "if", "so", "as", "don",
                    "didn", "doesn", "isn", "wasn", "haven", "ve", "ll", "s", "a", "no", "me"));

    private static final double WORD_WEIGHT = 1.5;

    private static Set<String> words(String... words) {
        return Set.copyOf(Arrays.asList(words));
    }

    private final LanguageDetectorME model;
    private final List<String> languages;

    public LanguageDetection(@Value("${sportello.understanding.languages:it,en}") List<String> languages) {
        this.languages = languages.stream().map(l -> l.strip().toLowerCase(Locale.ROOT)).toList();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("langdetect-183.bin")) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP's language model langdetect-183.bin is not on the class path");
            }
            this.model = new LanguageDetectorME(new LanguageDetectorModel(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<String> languages() {
        return languages;
    }

    /** The language of {@code text} among the desk's; {@code fallback} (or the desk's first) when the text does not say. */
    public Guess detect(String text, String fallback) {
        String fallbackLanguage = fallback != null && languages.contains(fallback) ? fallback : languages.get(0);
        if (text == null || text.codePoints().noneMatch(Character::isLetter)) {
            return new Guess(fallbackLanguage, 0, true);
        }
        Map<String, Double> score = new HashMap<>();
        Map<String, Double> modelScores = modelScores(text);
        Map<String, Integer> words = wordEvidence(text);
        int evidence = words.values().stream().mapToInt(Integer::intValue).sum();
        for (String lang : languages) {
            score.put(lang, Math.log(modelScores.getOrDefault(lang, 1e-6)) + WORD_WEIGHT * words.getOrDefault(lang, 0));
        }
        String best = languages.stream().max((a, b) -> Double.compare(score.get(a), score.get(b))).orElse(fallbackLanguage);
        double total = languages.stream().mapToDouble(l -> Math.exp(score.get(l) - score.get(best))).sum();
        double confidence = 1 / total;
        boolean modelSure = modelScores.getOrDefault(best, 0.0) > 0.5;
        if (evidence == 0 && !modelSure && letters(text) < 12) {
            return new Guess(fallbackLanguage, 0, true);
        }
        return new Guess(best, confidence, false);
    }

    /** The model's probabilities, renormalised over the desk's languages only. */
    private Map<String, Double> modelScores(String text) {
        Language[] predicted = model.predictLanguages(text);
        Map<String, Double> byModelCode = new HashMap<>();
        for (Language l : predicted) {
            byModelCode.put(l.getLang(), l.getConfidence());
        }
        Map<String, Double> ours = new HashMap<>();
        double sum = 0;
        for (String lang : languages) {
            double p = byModelCode.getOrDefault(MODEL_CODES.getOrDefault(lang, lang), 0.0);
            ours.put(lang, p);
            sum += p;
        }
        if (sum > 0) {
            for (String lang : languages) {
                ours.put(lang, ours.get(lang) / sum);
            }
        }
        return ours;
    }

    /** How many more of each language's small words the text has than the other languages' words. */
    private static Map<String, Integer> wordEvidence(String text) {
        String plain = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        Map<String, Integer> counts = new HashMap<>();
        for (String word : plain.split("[^\\p{L}]+")) {
            if (word.isEmpty()) {
                continue;
            }
            List<String> in = FUNCTION_WORDS.entrySet().stream().filter(e -> e.getValue().contains(word))
                    .map(Map.Entry::getKey).toList();
            if (in.size() == 1) {
                counts.merge(in.get(0), 1, Integer::sum);
            }
        }
        return counts;
    }

    private static int letters(String text) {
        return (int) text.codePoints().filter(Character::isLetter).count();
    }
}
