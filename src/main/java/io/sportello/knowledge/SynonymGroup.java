package io.sportello.knowledge;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;

/**
 * Words customers use for the same thing in one language ("reso, restituzione, rendere"): a search for one also finds
 * articles that use another. Content owners edit the list; it applies to the next search (queries are expanded, the
 * index stays as it is).
 */
@Entity
@Table(name = "kb_synonym")
public class SynonymGroup {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kb_synonym_seq")
    @SequenceGenerator(name = "kb_synonym_seq", sequenceName = "kb_synonym_seq", allocationSize = 50)
    private Long id;
    private String language;
    /** The words and phrases, comma-separated. */
    private String terms;

    protected SynonymGroup() {
    }

    SynonymGroup(String language, List<String> terms) {
        this.language = language;
        terms(terms);
    }

    void terms(List<String> terms) {
        this.terms = String.join(", ", terms.stream().map(String::strip).filter(t -> !t.isEmpty()).toList());
    }

    public Long getId() {
        return id;
    }

    public String getLanguage() {
        return language;
    }

    public List<String> getTerms() {
        return Arrays.stream(terms.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
    }
}
