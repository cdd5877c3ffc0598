package io.sportello.analytics;

/**
 * The service metrics of one group of tickets (all of a period, or one channel/agent/… of it), as defined in
 * {@code src/docs/metrics.md}: the counts they are made of and the durations in seconds. Rates are derived from the
 * counts and are null when their denominator is zero ("no data", not 0 %).
 *
 * @param key the group's value (channel, agent, …), null for the whole period or for tickets without an agent
 */
public record Metrics(
        String key,
        long created,
        long responded, Double firstResponseMean, Double firstResponseMedian, Double firstResponseP90,
        Double firstResponseBusinessMean, Double firstResponseBusinessMedian, Double firstResponseBusinessP90,
        long resolved, Double resolutionMean, Double resolutionMedian, Double resolutionP90,
        Double resolutionBusinessMean, Double resolutionBusinessMedian, Double resolutionBusinessP90,
        long resolvedWithPause, Double pausedMean,
        long surveysSent, long surveysAnswered, long satisfied,
        long firstResponseSlaDecided, long firstResponseSlaMet, long resolutionSlaDecided, long resolutionSlaMet,
        long everResolved, long reopened,
        long reachedL1, long escalatedFromL1, long reachedL2, long escalatedFromL2,
        long resolvedByAgent, long firstContact, long selfService,
        long chats, long chatsAbandoned) {

    /** Share of answered surveys scoring 4 or 5. */
    public Double csat() {
        return rate(satisfied, surveysAnswered);
    }

    /** Share of sent surveys that were answered. */
    public Double surveyResponseRate() {
        return rate(surveysAnswered, surveysSent);
    }

    public Double firstResponseCompliance() {
        return rate(firstResponseSlaMet, firstResponseSlaDecided);
    }

    public Double resolutionCompliance() {
        return rate(resolutionSlaMet, resolutionSlaDecided);
    }

    public Double reopenRate() {
        return rate(reopened, everResolved);
    }

    public Double escalationRateL1() {
        return rate(escalatedFromL1, reachedL1);
    }

    public Double escalationRateL2() {
        return rate(escalatedFromL2, reachedL2);
    }

    public Double firstContactResolutionRate() {
        return rate(firstContact, resolvedByAgent);
    }

    /** Share of resolved tickets resolved without any agent reply. */
    public Double deflectionRate() {
        return rate(selfService, resolved);
    }

    public Double chatAbandonmentRate() {
        return rate(chatsAbandoned, chats);
    }

    /** A group without any ticket. */
    public static Metrics none(String key) {
        return empty(key);
    }

    static Metrics empty(String key) {
        return new Metrics(key, 0, 0, null, null, null, null, null, null, 0, null, null, null, null, null, null, 0, null,
                0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    /** The same figures under another group name (e.g. the period they belong to). */
    public Metrics withKey(String name) {
        return new Metrics(name, created, responded, firstResponseMean, firstResponseMedian, firstResponseP90,
                firstResponseBusinessMean, firstResponseBusinessMedian, firstResponseBusinessP90, resolved, resolutionMean,
                resolutionMedian, resolutionP90, resolutionBusinessMean, resolutionBusinessMedian, resolutionBusinessP90,
                resolvedWithPause, pausedMean, surveysSent, surveysAnswered, satisfied, firstResponseSlaDecided,
                firstResponseSlaMet, resolutionSlaDecided, resolutionSlaMet, everResolved, reopened, reachedL1,
                escalatedFromL1, reachedL2, escalatedFromL2, resolvedByAgent, firstContact, selfService, chats, chatsAbandoned);
    }

    Metrics withChats(long chats, long abandoned) {
        return withKey(key).chats(chats, abandoned);
    }

    private Metrics chats(long chats, long abandoned) {
        return new Metrics(key, created, responded, firstResponseMean, firstResponseMedian, firstResponseP90,
                firstResponseBusinessMean, firstResponseBusinessMedian, firstResponseBusinessP90, resolved, resolutionMean,
                resolutionMedian, resolutionP90, resolutionBusinessMean, resolutionBusinessMedian, resolutionBusinessP90,
                resolvedWithPause, pausedMean, surveysSent, surveysAnswered, satisfied, firstResponseSlaDecided,
                firstResponseSlaMet, resolutionSlaDecided, resolutionSlaMet, everResolved, reopened, reachedL1,
                escalatedFromL1, reachedL2, escalatedFromL2, resolvedByAgent, firstContact, selfService, chats, abandoned);
    }

    static Double rate(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }
}
