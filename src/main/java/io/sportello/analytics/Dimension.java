package io.sportello.analytics;

/** What a report can be broken down by; each is a column of the ticket facts. */
public enum Dimension {
    CHANNEL("channel"), AGENT("agent"), TIER("tier"), CATEGORY("category"), PRIORITY("priority");

    final String column;

    Dimension(String column) {
        this.column = column;
    }
}
