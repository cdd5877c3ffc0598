package io.sportello.knowledge;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;

/**
 * One article in one language, as it is published: its translations share the {@link #groupKey} (the help centre
 * links them and switches between them). What an editor changes goes to a {@link ArticleVersion draft} first; only
 * publishing copies it here, so readers and the search index see published texts only. Indexed per language: the
 * Italian fields with the Italian analyzer, the English ones with the English one.
 */
@Entity
@Table(name = "kb_article")
@Indexed(index = "kb-article")
public class Article {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kb_article_seq")
    @SequenceGenerator(name = "kb_article_seq", sequenceName = "kb_article_seq", allocationSize = 50)
    private Long id;
    @Version
    private long version;
    @KeywordField
    private String groupKey;
    @KeywordField
    private String language;
    @KeywordField
    private String category;
    private String section;
    @Enumerated(EnumType.STRING)
    @KeywordField
    private Visibility visibility;
    @Enumerated(EnumType.STRING)
    @KeywordField
    private ArticleStatus status;
    private String title;
    private String summary;
    /** The published text, Markdown. */
    private String body;
    /** Translation groups of related articles, comma-separated. */
    private String related;
    private int publishedVersion;
    private Instant publishedAt;
    private String publishedBy;
    private Instant updatedAt;
    private long views;
    private long helpful;
    private long unhelpful;
    /** The desk's files the published text shows or links to: what its readers may fetch ({@link KnowledgeFiles}). */
    @jakarta.persistence.ElementCollection
    @jakarta.persistence.CollectionTable(name = "kb_article_file",
            joinColumns = @jakarta.persistence.JoinColumn(name = "article_id"))
    @jakarta.persistence.Column(name = "storage_key")
    private java.util.Set<String> files = new java.util.HashSet<>();

    protected Article() {
    }

    Article(String groupKey, String language, String category, String section, Visibility visibility, Instant at) {
        this.groupKey = groupKey;
        this.language = language;
        this.category = category;
        this.section = section;
        this.visibility = visibility;
        this.status = ArticleStatus.DRAFT;
        this.updatedAt = at;
    }

    /** A version becomes what readers see. */
    void publish(ArticleVersion v, String by, Instant at) {
        this.title = v.getTitle();
        this.summary = v.getSummary();
        this.body = v.getBody();
        this.publishedVersion = v.getNumber();
        this.publishedAt = at;
        this.publishedBy = by;
        this.updatedAt = at;
        this.status = ArticleStatus.PUBLISHED;
        java.util.Set<String> shown = KnowledgeFiles.referencedIn(v.getBody());
        this.files.retainAll(shown);
        this.files.addAll(shown);
    }

    void place(String category, String section, Visibility visibility, List<String> related, Instant at) {
        this.category = category;
        this.section = section;
        this.visibility = visibility;
        this.related = related == null || related.isEmpty() ? null : String.join(",", related);
        this.updatedAt = at;
    }

    void archive(Instant at) {
        this.status = ArticleStatus.ARCHIVED;
        this.updatedAt = at;
    }

    // the fields of the index, one pair per language: an article only fills its own language's

    @Transient
    @FullTextField(name = "title_it", analyzer = "it")
    @IndexingDependency(derivedFrom = {@ObjectPath(@PropertyValue(propertyName = "title")),
            @ObjectPath(@PropertyValue(propertyName = "language"))})
    public String getTitleIt() {
        return inLanguage("it", title);
    }

    @Transient
    @FullTextField(name = "text_it", analyzer = "it")
    @IndexingDependency(derivedFrom = {@ObjectPath(@PropertyValue(propertyName = "summary")),
            @ObjectPath(@PropertyValue(propertyName = "body")), @ObjectPath(@PropertyValue(propertyName = "language"))})
    public String getTextIt() {
        return inLanguage("it", text());
    }

    @Transient
    @FullTextField(name = "title_en", analyzer = "en")
    @IndexingDependency(derivedFrom = {@ObjectPath(@PropertyValue(propertyName = "title")),
            @ObjectPath(@PropertyValue(propertyName = "language"))})
    public String getTitleEn() {
        return inLanguage("en", title);
    }

    @Transient
    @FullTextField(name = "text_en", analyzer = "en")
    @IndexingDependency(derivedFrom = {@ObjectPath(@PropertyValue(propertyName = "summary")),
            @ObjectPath(@PropertyValue(propertyName = "body")), @ObjectPath(@PropertyValue(propertyName = "language"))})
    public String getTextEn() {
        return inLanguage("en", text());
    }

    private String inLanguage(String wanted, String value) {
        return wanted.equals(language) && status == ArticleStatus.PUBLISHED ? value : null;
    }

    private String text() {
        return (summary == null ? "" : summary + "\n\n") + (body == null ? "" : Markdown.plainText(body));
    }

    public Long getId() {
        return id;
    }

    public String getGroupKey() {
        return groupKey;
    }

    public String getLanguage() {
        return language;
    }

    public String getCategory() {
        return category;
    }

    public String getSection() {
        return section;
    }

    public Visibility getVisibility() {
        return visibility;
    }

    public ArticleStatus getStatus() {
        return status;
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

    public List<String> getRelated() {
        return related == null ? List.of() : Arrays.stream(related.split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }

    public int getPublishedVersion() {
        return publishedVersion;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getViews() {
        return views;
    }

    public long getHelpful() {
        return helpful;
    }

    public long getUnhelpful() {
        return unhelpful;
    }

    public boolean isPublished() {
        return status == ArticleStatus.PUBLISHED;
    }
}
