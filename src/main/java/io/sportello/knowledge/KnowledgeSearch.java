package io.sportello.knowledge;

import jakarta.persistence.EntityManager;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds articles for what somebody typed, in Italian and English: the language analyzers (stems, elisions, accents
 * folded), the synonyms content owners keep (the query is expanded with them), typo tolerance (one edit per word),
 * titles weigh more than text, the reader's language more than the other one, and a group's translations count once
 * (in the reader's language where it exists). Searches people make are logged with how many articles they found.
 */
@Service
// a search that fails (the index) must not roll back the transaction it runs in (a customer's message, say)
@Transactional(readOnly = true, noRollbackFor = RuntimeException.class)
public class KnowledgeSearch {

    /** One article found, with its score (higher is better; comparable within one search only). */
    public record Hit(Article article, float score) {
    }

    private static final Duration SYNONYMS_FRESH = Duration.ofSeconds(30);

    private final EntityManager entityManager;
    private final SynonymRepository synonyms;
    private final ArticleRepository articles;
    private final SearchLogRepository log;
    private final Clock clock;
    private final Map<String, Expansion> expansions = new ConcurrentHashMap<>();

    KnowledgeSearch(EntityManager entityManager, SynonymRepository synonyms, ArticleRepository articles,
                    SearchLogRepository log, Clock clock) {
        this.articles = articles;
        this.entityManager = entityManager;
        this.synonyms = synonyms;
        this.log = log;
        this.clock = clock;
    }

    /** What a search uses beside the language analyzers (all of it, except when the benchmark compares). */
    record Options(boolean synonyms, boolean typos) {
        static final Options ALL = new Options(true, true);
    }

    /** The best articles for the query that the audience may read, best first. */
    public List<Hit> search(String query, String language, Audience audience, int limit) {
        return search(query, language, audience, limit, Options.ALL);
    }

    List<Hit> search(String query, String language, Audience audience, int limit, Options options) {
        if (query == null || query.isBlank() || limit <= 0) {
            return List.of();
        }
        String text = query.length() > 500 ? query.substring(0, 500) : query;
        String wanted = Analyzers.LANGUAGES.contains(language) ? language : "it";
        SearchSession session = Search.session(entityManager);
        List<Hit> found = session.search(Article.class)
                .select(f -> f.composite().from(f.entity(), f.score()).as(Hit::new))
                .where(f -> f.bool().with(b -> {
            b.filter(f.match().field("status").matching(ArticleStatus.PUBLISHED));
            if (audience == Audience.PUBLIC) {
                b.filter(f.match().field("visibility").matching(Visibility.PUBLIC));
            }
            boolean any = false;
            for (String lang : Analyzers.LANGUAGES) {
                if (Analyzers.terms(lang, text).isEmpty()) {
                    continue;
                }
                any = true;
                float weight = lang.equals(wanted) ? 1f : 0.6f;
                String title = "title_" + lang;
                String body = "text_" + lang;
                b.should(f.match().field(title).boost(3f * weight).field(body).boost(weight).matching(text));
                b.should(f.phrase().field(title).boost(2f * weight).field(body).boost(weight).matching(text).slop(2));
                String synonymsOf = options.synonyms() ? expansion(lang).extra(text) : "";
                if (!Analyzers.terms(lang, synonymsOf).isEmpty()) {
                    // other words for what the customer wrote count, less than their own words
                    b.should(f.match().field(title).boost(1.5f * weight).field(body).boost(0.5f * weight)
                            .matching(synonymsOf));
                }
                String longWords = options.typos() ? longWords(text) : "";
                if (!Analyzers.terms(lang, longWords).isEmpty()) {
                    // typos: one edit per word, only in words long enough for one edit not to make another word
                    b.should(f.match().field(title).boost(1.2f * weight).field(body).boost(0.4f * weight)
                            .matching(longWords).fuzzy(1, 1));
                }
            }
            if (!any) {
                b.must(f.matchNone());
            }
            b.minimumShouldMatchNumber(1);
        })).fetchHits(Math.max(limit * 4, 20));
        Map<String, Hit> best = new LinkedHashMap<>();
        for (Hit hit : found) {
            Article a = hit.article();
            if (!audience.mayRead(a)) {
                continue; // the database has the last word: this node's index may not have heard of a change yet
            }
            Hit seen = best.get(a.getGroupKey());
            if (seen == null) {
                // found in the other language: the reader gets the translation in theirs where there is one
                Article shown = a.getLanguage().equals(wanted) ? a : articles.findByGroupKeyAndLanguage(a.getGroupKey(), wanted)
                        .filter(audience::mayRead).orElse(a);
                best.put(a.getGroupKey(), new Hit(shown, hit.score()));
            } else if (a.getLanguage().equals(wanted) && !seen.article().getLanguage().equals(wanted)) {
                best.put(a.getGroupKey(), new Hit(a, Math.max(seen.score(), hit.score())));
            }
        }
        return best.values().stream().limit(limit).toList();
    }

    /** {@link #search} made by a person (or the assistant) somewhere: logged with how many articles it found. */
    @Transactional(noRollbackFor = RuntimeException.class)
    public List<Hit> searchAndLog(String query, String language, Audience audience, int limit,
                                  KnowledgeSearchLog.Source source) {
        List<Hit> hits = search(query, language, audience, limit);
        logged(query, language, hits, source);
        return hits;
    }

    /** Logs a search made somewhere with what it found. */
    @Transactional(noRollbackFor = RuntimeException.class)
    void logged(String query, String language, List<Hit> hits, KnowledgeSearchLog.Source source) {
        if (query != null && !query.isBlank()) {
            String q = query.strip();
            String kept = q.length() > 500 ? q.substring(0, 500) : q;
            log.save(new KnowledgeSearchLog(clock.instant(), language, kept, normalise(kept), hits.size(), hits.isEmpty() ? null : hits.get(0).article().getGroupKey(), source));
        }
    }

    /** A search that found nothing in a period, as often as it was made. */
    public record Unanswered(String query, String language, long times, Instant last) {
    }

    /** The searches without results in {@code [from, to)}, the most frequent first. */
    public List<Unanswered> withoutResults(Instant from, Instant to, int limit) {
        return log.withoutResults(from, to).stream().limit(limit)
                .map(r -> new Unanswered((String) r[3], (String) r[1], ((Number) r[2]).longValue(), (Instant) r[4]))
                .toList();
    }

    /** How many searches were made in a period and how many found nothing. */
    public record Counts(long searches, long withoutResults) {
    }

    public Counts counts(Instant from, Instant to) {
        return new Counts(log.countBySearchedAtGreaterThanEqualAndSearchedAtLessThan(from, to),
                log.countByResultsAndSearchedAtGreaterThanEqualAndSearchedAtLessThan(0, from, to));
    }

    // synonyms

    @Transactional(readOnly = true)
    public List<SynonymGroup> synonyms(String language) {
        return synonyms.findByLanguageOrderById(language);
    }

    /** Replaces a language's synonym list (each group: words and phrases meaning the same). */
    @Transactional
    public void replaceSynonyms(String language, List<List<String>> groups) {
        if (!Analyzers.LANGUAGES.contains(language)) {
            throw new io.sportello.shared.FieldException("language", "Synonyms are kept for " + Analyzers.LANGUAGES);
        }
        synonyms.deleteAll(synonyms.findByLanguageOrderById(language));
        for (List<String> group : groups) {
            if (group.stream().filter(t -> !t.isBlank()).count() >= 2) {
                synonyms.save(new SynonymGroup(language, group));
            }
        }
        expansions.remove(language);
    }

    private Expansion expansion(String language) {
        Expansion e = expansions.get(language);
        if (e == null || e.loadedAt().plus(SYNONYMS_FRESH).isBefore(clock.instant())) {
            e = Expansion.of(language, synonyms.findByLanguageOrderById(language), clock.instant());
            expansions.put(language, e);
        }
        return e;
    }

    /**
     * For each analysed word, the analysed words of the synonym groups it belongs to (a group's phrases count word by
     * word): "reso" stands for "restituzione" too.
     */
    Map<String, java.util.Set<String>> alternatives(String language, java.util.Collection<String> terms) {
        Expansion e = expansion(language);
        Map<String, java.util.Set<String>> out = new java.util.HashMap<>();
        for (String term : terms) {
            for (List<List<String>> group : e.groups()) {
                if (group.stream().anyMatch(phrase -> phrase.contains(term))) {
                    group.forEach(phrase -> out.computeIfAbsent(term, t -> new java.util.HashSet<>()).addAll(phrase));
                }
            }
        }
        return out;
    }

    /** The words of five letters or more. */
    private static String longWords(String text) {
        StringBuilder out = new StringBuilder();
        for (String word : text.split("[^\\p{L}\\p{N}]+")) {
            if (word.length() >= 5) {
                out.append(word).append(' ');
            }
        }
        return out.toString().strip();
    }

    /** The query as compared across searches: lower case, no accents, single spaces. */
    static String normalise(String query) {
        String folded = Normalizer.normalize(query.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return folded.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** A language's synonym groups as analyzed terms, and how a query is expanded with them. */
    record Expansion(String language, List<List<List<String>>> groups, List<List<String>> raw, Instant loadedAt) {

        static Expansion of(String language, List<SynonymGroup> stored, Instant at) {
            List<List<List<String>>> groups = new ArrayList<>();
            List<List<String>> raw = new ArrayList<>();
            for (SynonymGroup g : stored) {
                List<List<String>> analyzed = new ArrayList<>();
                for (String term : g.getTerms()) {
                    analyzed.add(Analyzers.terms(language, term));
                }
                groups.add(analyzed);
                raw.add(g.getTerms());
            }
            return new Expansion(language, groups, raw, at);
        }

        /** The other words of every group one of whose words or phrases the query contains. */
        String extra(String query) {
            List<String> terms = Analyzers.terms(language, query);
            StringBuilder out = new StringBuilder();
            for (int g = 0; g < groups.size(); g++) {
                List<List<String>> group = groups.get(g);
                boolean hit = group.stream().anyMatch(t -> !t.isEmpty() && java.util.Collections.indexOfSubList(terms, t) >= 0);
                if (hit) {
                    for (int t = 0; t < group.size(); t++) {
                        if (java.util.Collections.indexOfSubList(terms, group.get(t)) < 0) {
                            out.append(' ').append(raw.get(g).get(t));
                        }
                    }
                }
            }
            return out.toString().strip();
        }
    }
}
