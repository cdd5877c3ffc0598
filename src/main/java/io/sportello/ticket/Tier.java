package io.sportello.ticket;

/** Support tiers: L1 routine questions, L2 payments/technical/account, L3 payment anomalies and fraud. */
public enum Tier {
    L1("tier1"), L2("tier2"), L3("tier3");

    private final String group;

    Tier(String group) {
        this.group = group;
    }

    /** The candidate group whose agents work this tier. */
    public String group() {
        return group;
    }

    public Tier next() {
        return this == L1 ? L2 : L3;
    }

    public boolean isHighest() {
        return this == L3;
    }
}
