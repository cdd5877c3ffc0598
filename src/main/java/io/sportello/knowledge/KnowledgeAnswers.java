package io.sportello.knowledge;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether the knowledge base answers a customer's question well enough for the assistant to send the answer without
 * a person: the best public article for the question and how sure the desk is of it. Search ranks, but a rank says
 * nothing about whether the first article answers at all ("my account was hacked" still finds <em>some</em> article);
 * the confidence is the share of what the customer asked that the article speaks of — each word of the question
 * (analysed: stems, folded accents, no stop words; a synonym or a one-letter typo counts) weighed by how rare it is
 * among the published articles, so that "ordine" or "prodotto", which every article mentions, decide little and
 * "reso", "taglia" or "PayPal" decide much.
 */
@Service
@Transactional(readOnly = true, noRollbackFor = RuntimeException.class)
public class KnowledgeAnswers {

    /** An answer the knowledge base has: the article, the part that answers, and how sure the desk is (0–1). */
    public record Answer(Article article, Markdown.Part part, double confidence) {
    }

    private static final Duration FRESH = Duration.ofMinutes(1);

    private final KnowledgeSearch search;
    private final ArticleRepository articles;
    private final Clock clock;
    private final double confident;
    private final Map<String, Rarity> rarity = new ConcurrentHashMap<>();

    KnowledgeAnswers(KnowledgeSearch search, ArticleRepository articles, Clock clock,
                     @Value("${sportello.assistant.confident-from:0.6}") double confident) {
        this.search = search;
        this.articles = articles;
        this.clock = clock;
        this.confident = confident;
    }

    /** The confidence from which the assistant answers by itself. */
    public double confidentFrom() {
        return confident;
    }

    /**
     * The best public article for the question in the reader's language, with its confidence, whatever it is (the
     * caller compares it with {@link #confidentFrom()}); empty when nothing matches at all. The search is logged as the
     * assistant's, so the questions it could not answer show among the searches.
     */
    @Transactional(noRollbackFor = RuntimeException.class)
    public Optional<Answer> answer(String question, String language) {
        // the question as written ranks better than without its question words (measured on the query set)
        List<KnowledgeSearch.Hit> hits = search.searchAndLog(question, language, Audience.PUBLIC, 1,
                KnowledgeSearchLog.Source.ASSISTANT);
        if (hits.isEmpty()) {
            return Optional.empty();
        }
        // the search ranks (its order is what the query set measures); the confidence only says whether to answer
        Article top = hits.get(0).article();
        Answer best = new Answer(top, KnowledgeBase.bestPart(top, question), confidence(question, top));
        return Optional.of(best);
    }

    /** How much of the question the article speaks of (0–1), as described above. */
    double confidence(String question, Article article) {
        String language = article.getLanguage();
        Set<String> asked = new LinkedHashSet<>();
        for (String term : Analyzers.terms(language, withoutQuestionWords(question, language))) {
            if (term.length() >= 2 && !term.chars().allMatch(Character::isDigit)) {
                asked.add(term); // "x" for "per", an order number: nothing an article would say
            }
        }
        if (asked.isEmpty()) {
            return 0;
        }
        Set<String> said = new HashSet<>(Analyzers.terms(language, article.getTitle() + "\n"
                + (article.getSummary() == null ? "" : article.getSummary()) + "\n" + Markdown.plainText(article.getBody())));
        Map<String, Set<String>> alternatives = search.alternatives(language, asked);
        Rarity r = rarity(language);
        double all = 0;
        double covered = 0;
        for (String term : asked) {
            double weight = r.weight(term);
            all += weight;
            if (said.contains(term) || alternatives.getOrDefault(term, Set.of()).stream().anyMatch(said::contains)
                    || (term.length() >= 5 && said.stream().anyMatch(s -> s.length() >= 5 && oneEditApart(term, s)))) {
                covered += weight;
            }
        }
        return all == 0 ? 0 : covered / all;
    }

    /**
     * How people ask, not what they ask about: "how much", "do you", "posso", "vorrei sapere", "quanto dura". The
     * analyzers' stop lists keep these (a help-centre search for "how to" must still work); the confidence leaves them
     * out, or every article would seem to answer "how" questions by half.
     */
    private static final Map<String, Set<String>> QUESTION_WORDS = Map.of(
            "it", Set.of("come", "quando", "quanto", "quanta", "quanti", "quante", "dove", "perche", "cosa", "che",
                    "chi", "quale", "quali", "posso", "possiamo", "puo", "potete", "potrei", "potreste", "devo",
                    "dobbiamo", "deve", "dovrei", "vorrei", "voglio", "volevo", "sapere", "chiedere", "chiedo",
                    "domanda", "buongiorno", "buonasera", "salve", "ciao", "grazie", "gentilmente", "cortesemente",
                    "per", "favore", "mi", "ti", "ci", "vi", "si", "io", "tu", "voi", "noi", "ho", "hai", "avete",
                    "abbiamo", "fate", "fa", "fare", "faccio", "serve", "servono", "dura", "durano", "prendere",
                    "prendo", "x", "ok", "info", "informazioni", "aiuto", "qualcuno", "sapete", "dite", "dirmi", "mette",
                    "mettete", "mettono", "impiega", "impiegate", "impiegano", "vuole", "vogliono"),
            "en", Set.of("how", "much", "many", "long", "what", "when", "where", "why", "who", "which", "do", "does",
                    "did", "can", "could", "would", "should", "shall", "may", "might", "must", "you", "your", "i",
                    "me", "my", "we", "our", "us", "am", "have", "has", "had", "get", "got", "want", "need", "know",
                    "tell", "please", "hi", "hello", "hey", "thanks", "thank", "help", "anyone", "someone", "last",
                    "there", "any", "some", "about", "take", "accept"));

    static String withoutQuestionWords(String question, String language) {
        Set<String> words = QUESTION_WORDS.getOrDefault(language, Set.of());
        StringBuilder kept = new StringBuilder();
        for (String word : question.split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty() && !words.contains(KnowledgeSearch.normalise(word))) {
                kept.append(word).append(' ');
            }
        }
        return kept.toString();
    }

    private Rarity rarity(String language) {
        Rarity r = rarity.get(language);
        Instant now = clock.instant();
        if (r == null || r.at().plus(FRESH).isBefore(now)) {
            Map<String, Integer> df = new HashMap<>();
            int n = 0;
            for (Article a : articles.findByStatusAndLanguageOrderByTitle(ArticleStatus.PUBLISHED, language)) {
                if (a.getVisibility() != Visibility.PUBLIC) {
                    continue;
                }
                n++;
                new HashSet<>(Analyzers.terms(language, a.getTitle() + "\n" + (a.getSummary() == null ? ""
                        : a.getSummary()) + "\n" + Markdown.plainText(a.getBody()))).forEach(t -> df.merge(t, 1, Integer::sum));
            }
            r = new Rarity(Map.copyOf(df), n, now);
            rarity.put(language, r);
        }
        return r;
    }

    /** How often each analysed word occurs among a language's public articles. */
    private record Rarity(Map<String, Integer> documentFrequency, int articles, Instant at) {
        /**
         * Inverse document frequency: a word in every article weighs little, one in a single article most. A word no
         * article uses weighs like one a quarter of them use: it may be the customer's own way of saying something
         * ("quanto dura"), or what makes the question one the knowledge base does not answer ("agenzia").
         */
        double weight(String term) {
            Integer df = documentFrequency.get(term);
            return Math.log(1 + (articles + 1.0) / ((df == null ? articles / 4.0 : df) + 1.0));
        }
    }

    /** Whether two words differ by one letter inserted, removed or changed, or two neighbours swapped. */
    static boolean oneEditApart(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > 1) {
            return false;
        }
        int i = 0;
        while (i < Math.min(la, lb) && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (la == lb) {
            if (a.substring(i + 1).equals(b.substring(i + 1))) {
                return true;
            }
            return i + 1 < la && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.substring(i + 2).equals(b.substring(i + 2));
        }
        return la > lb ? a.substring(i + 1).equals(b.substring(i)) : a.substring(i).equals(b.substring(i + 1));
    }
}
