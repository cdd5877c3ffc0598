package io.sportello.knowledge;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One version of an article's text: who wrote it, when, and why (the change note). The newest unpublished version is
 * the draft an editor works on; publishing one makes it the article's text and keeps every earlier one, so any of
 * them can be restored (as a new draft).
 */
@Entity
@Table(name = "kb_article_version")
public class ArticleVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kb_article_version_seq")
    @SequenceGenerator(name = "kb_article_version_seq", sequenceName = "kb_article_version_seq", allocationSize = 50)
    private Long id;
    private Long articleId;
    private int number;
    private String title;
    private String summary;
    private String body;
    private String note;
    private String author;
    private Instant createdAt;
    private Instant publishedAt;
    /** Grows with every save of this version's text: the editor's check that nobody saved it in between. */
    @jakarta.persistence.Version
    private long revision;

    protected ArticleVersion() {
    }

    ArticleVersion(Long articleId, int number, String title, String summary, String body, String note, String author,
                   Instant createdAt) {
        this.articleId = articleId;
        this.number = number;
        this.title = title;
        this.summary = summary;
        this.body = body;
        this.note = note;
        this.author = author;
        this.createdAt = createdAt;
    }

    /** The draft is edited in place until it is published (one draft per article). */
    void edit(String title, String summary, String body, String note, String author, Instant at) {
        this.title = title;
        this.summary = summary;
        this.body = body;
        this.note = note;
        this.author = author;
        this.createdAt = at;
    }

    void published(Instant at) {
        this.publishedAt = at;
    }

    public long getRevision() {
        return revision;
    }

    public boolean isDraft() {
        return publishedAt == null;
    }

    public Long getId() {
        return id;
    }

    public Long getArticleId() {
        return articleId;
    }

    public int getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public String getBody() {
        return body;
    }

    public String getNote() {
        return note;
    }

    public String getAuthor() {
        return author;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }
}
