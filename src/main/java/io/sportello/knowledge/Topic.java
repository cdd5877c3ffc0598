package io.sportello.knowledge;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.HashMap;
import java.util.Map;

/**
 * A category of the help centre ("Spedizioni e consegna") or a section inside one ({@link #parentKey} set): a key
 * that links and URLs use, its place in the list, and its name and description in each language.
 */
@Entity
@Table(name = "kb_topic")
public class Topic {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kb_topic_seq")
    @SequenceGenerator(name = "kb_topic_seq", sequenceName = "kb_topic_seq", allocationSize = 50)
    private Long id;
    @Column(name = "topic_key")
    private String key;
    private String parentKey;
    private int position;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "kb_topic_text", joinColumns = @JoinColumn(name = "topic_id"))
    @MapKeyColumn(name = "language")
    private Map<String, Text> texts = new HashMap<>();

    /** A topic's name and description in one language. */
    @Embeddable
    public record Text(String name, String description) {
    }

    protected Topic() {
    }

    Topic(String key, String parentKey, int position) {
        this.key = key;
        this.parentKey = parentKey;
        this.position = position;
    }

    void text(String language, String name, String description) {
        texts.put(language, new Text(name, description));
    }

    void position(int position) {
        this.position = position;
    }

    /** The name in the language, else in Italian, else the key. */
    public String name(String language) {
        Text t = texts.getOrDefault(language, texts.get("it"));
        return t == null || t.name() == null ? key : t.name();
    }

    public String description(String language) {
        Text t = texts.getOrDefault(language, texts.get("it"));
        return t == null ? null : t.description();
    }

    public Long getId() {
        return id;
    }

    public String getKey() {
        return key;
    }

    public String getParentKey() {
        return parentKey;
    }

    public boolean isCategory() {
        return parentKey == null;
    }

    public int getPosition() {
        return position;
    }
}
