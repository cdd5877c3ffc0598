package io.sportello.knowledge;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One search somebody made (help centre, contact form, chat, portal, an agent, the assistant) and how many articles it
 * found: the searches that found nothing are the list content owners write the next articles from.
 */
@Entity
@Table(name = "kb_search")
public class KnowledgeSearchLog {

    /** Where a search was made. */
    public enum Source { HELP_CENTRE, CONTACT_FORM, CHAT, PORTAL, AGENT, ASSISTANT }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kb_search_seq")
    @SequenceGenerator(name = "kb_search_seq", sequenceName = "kb_search_seq", allocationSize = 50)
    private Long id;
    private Instant searchedAt;
    private String language;
    private String query;
    /** The query as compared (lower case, no accents, single spaces), to group the same search typed differently. */
    private String normalised;
    private int results;
    private String topGroup;
    @Enumerated(EnumType.STRING)
    private Source source;

    protected KnowledgeSearchLog() {
    }

    KnowledgeSearchLog(Instant searchedAt, String language, String query, String normalised, int results,
                       String topGroup, Source source) {
        this.searchedAt = searchedAt;
        this.language = language;
        this.query = query;
        this.normalised = normalised;
        this.results = results;
        this.topGroup = topGroup;
        this.source = source;
    }

    public Instant getSearchedAt() {
        return searchedAt;
    }

    public String getLanguage() {
        return language;
    }

    public String getQuery() {
        return query;
    }

    public String getNormalised() {
        return normalised;
    }

    public int getResults() {
        return results;
    }

    public String getTopGroup() {
        return topGroup;
    }

    public Source getSource() {
        return source;
    }
}
