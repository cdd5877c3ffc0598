package io.sportello.knowledge;

import io.sportello.shared.FieldException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How the knowledge base served a period (days in the desk's time zone): searches and those that found nothing (the
 * most frequent, to write next), deflections by channel, "was this helpful?" per article, and the most read articles
 * (views are counted since the article exists).
 */
@Service
@Transactional(readOnly = true)
public class KnowledgeReport {

    private final KnowledgeSearch search;
    private final KnowledgeBase knowledge;
    private final FeedbackRepository feedback;
    private final ZoneId zone;

    KnowledgeReport(KnowledgeSearch search, KnowledgeBase knowledge, FeedbackRepository feedback,
                    @Value("${sportello.sla.zone:Europe/Rome}") ZoneId zone) {
        this.search = search;
        this.knowledge = knowledge;
        this.feedback = feedback;
        this.zone = zone;
    }

    /** An article's readers' answers in the period, and its views so far. */
    public record ArticleLine(String group, String language, String title, long helpful, long unhelpful, long views) {
        public Double helpfulShare() {
            return helpful + unhelpful == 0 ? null : 100.0 * helpful / (helpful + unhelpful);
        }
    }

    public record Figures(LocalDate from, LocalDate to, long searches, long withoutResults, Double withoutResultsShare,
                          List<KnowledgeSearch.Unanswered> topWithoutResults,
                          Map<KnowledgeSearchLog.Source, Long> deflections, long deflectionsTotal,
                          List<ArticleLine> feedback, List<ArticleLine> mostRead) {
    }

    public Figures figures(LocalDate from, LocalDate to) {
        if (from == null) {
            throw new FieldException("from", "Give the first day");
        }
        if (to == null) {
            throw new FieldException("to", "Give the last day");
        }
        if (to.isBefore(from)) {
            throw new FieldException("to", "The last day comes before the first");
        }
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        KnowledgeSearch.Counts counts = search.counts(start, end);
        Map<KnowledgeSearchLog.Source, Long> deflections = knowledge.deflections(start, end);
        Map<Long, long[]> answers = new java.util.HashMap<>();
        for (Object[] row : feedback.countsByArticle(start, end)) {
            answers.computeIfAbsent((Long) row[0], k -> new long[2])[Boolean.TRUE.equals(row[1]) ? 0 : 1] +=
                    ((Number) row[2]).longValue();
        }
        List<ArticleLine> rated = answers.entrySet().stream().map(e -> {
            Article a = knowledge.get(e.getKey());
            return new ArticleLine(a.getGroupKey(), a.getLanguage(), a.getTitle(), e.getValue()[0], e.getValue()[1], a.getViews());
        }).sorted(Comparator.comparingLong((ArticleLine l) -> l.helpful() + l.unhelpful()).reversed()).limit(20).toList();
        List<ArticleLine> read = knowledge.mostViewed(10).stream().map(a -> new ArticleLine(a.getGroupKey(),
                a.getLanguage(), a.getTitle(), a.getHelpful(), a.getUnhelpful(), a.getViews())).toList();
        return new Figures(from, to, counts.searches(), counts.withoutResults(),
                counts.searches() == 0 ? null : 100.0 * counts.withoutResults() / counts.searches(),
                search.withoutResults(start, end, 20), deflections,
                deflections.values().stream().mapToLong(Long::longValue).sum(), rated, read);
    }
}
