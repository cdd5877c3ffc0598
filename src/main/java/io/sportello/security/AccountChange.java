package io.sportello.security;

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
 * One change to an account, as data: which attribute, from what to what, who did it and when (a password change is
 * recorded without its values). The administration's history of a person, read by auditors too; a team's history
 * is kept the same way under {@code team:<key>}, a business calendar's under {@code calendar:<key>}.
 */
@Entity
@Table(name = "account_change")
public class AccountChange {

    /** What changed. */
    public enum Attribute { INVITED, DISPLAY_NAME, EMAIL, ROLES, GROUPS, LANGUAGE, DEACTIVATED, REACTIVATED,
        PASSWORD_RESET_SENT, PASSWORD_SET, TEAM_DEFINED, TEAM_RENAMED, SKILLS, LANGUAGES_SPOKEN, CAPACITY,
        CALENDAR_DEFINED, CALENDAR_CHANGED, CALENDAR_DATE, CALENDAR_ASSIGNED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_change_seq")
    @SequenceGenerator(name = "account_change_seq", sequenceName = "account_change_seq", allocationSize = 50)
    private Long id;
    private String username;
    @Enumerated(EnumType.STRING)
    private Attribute attribute;
    private String fromValue;
    private String toValue;
    private String actor;
    private Instant occurredAt;

    protected AccountChange() {
    }

    AccountChange(String username, Attribute attribute, String fromValue, String toValue, String actor,
                  Instant occurredAt) {
        this.username = username;
        this.attribute = attribute;
        this.fromValue = fromValue;
        this.toValue = toValue;
        this.actor = actor;
        this.occurredAt = occurredAt;
    }

    public String getUsername() {
        return username;
    }

    public Attribute getAttribute() {
        return attribute;
    }

    public String getFromValue() {
        return fromValue;
    }

    public String getToValue() {
        return toValue;
    }

    public String getActor() {
        return actor;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }
}
