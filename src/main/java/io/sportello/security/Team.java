package io.sportello.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A group work is offered to: the three tiers and the supervisors the desk is built on, and the teams administrators
 * add (warehouse, accounting, logistics…). People belong to teams; process models offer user tasks to them by key.
 */
@Entity
@Table(name = "team")
public class Team {

    @Id
    @Column(name = "team_key")
    private String key;
    private String nameEn;
    private String nameIt;
    private boolean builtIn;
    private Instant createdAt;

    protected Team() {
    }

    Team(String key, String nameEn, String nameIt, Instant createdAt) {
        this.key = key;
        this.nameEn = nameEn;
        this.nameIt = nameIt;
        this.createdAt = createdAt;
    }

    void rename(String nameEn, String nameIt) {
        this.nameEn = nameEn;
        this.nameIt = nameIt;
    }

    public String getKey() {
        return key;
    }

    /** The team's name in a reader's language (Italian or English). */
    public String name(String language) {
        return "it".equals(language) ? nameIt : nameEn;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getNameIt() {
        return nameIt;
    }

    /** One of the groups the desk's own models use: it cannot be removed or renamed away. */
    public boolean isBuiltIn() {
        return builtIn;
    }
}
