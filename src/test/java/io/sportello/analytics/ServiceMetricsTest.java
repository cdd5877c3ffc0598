package io.sportello.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.sportello.SportelloSpringTest;
import io.sportello.commerce.CommerceService;
import io.sportello.commerce.OrderStatus;
import io.sportello.customer.CustomerService;
import io.sportello.customer.CustomerValue;
import io.sportello.desk.OpenTicket;
import io.sportello.desk.TicketDesk;
import io.sportello.intake.LiveChat;
import io.sportello.shared.Actor;
import io.sportello.shared.Channel;
import io.sportello.survey.Survey;
import io.sportello.survey.SurveyService;
import io.sportello.ticket.Category;
import io.sportello.ticket.ResolutionCode;
import io.sportello.ticket.Ticket;
import io.sportello.ticket.TicketService;
import io.sportello.ticket.TicketStatus;
import io.sportello.ticket.Tier;
import io.sportello.workflow.ProcessJobs;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Each metric over a scripted fortnight (1–14 December 2025, with the Immaculate Conception holiday on Monday the
 * 8th) whose right values were worked out by hand below from the definitions in {@code src/docs/metrics.md}.
 *
 * <p>The e-mail return requests (NORMAL priority, L1: first response due in 240, resolution in 1,440 business
 * minutes; opening hours Mon–Fri 9–18, Sat 9–13):
 * <ul>
 * <li>T1 Fri 5 Dec 17:30, first reply Tue 9 Dec 09:30 (calendar 88 h = 5,280 min; business Fri 30 + Sat 240 + Sun 0 +
 *     holiday 0 + Tue 30 = 300 min: late), resolved 10:00 (5,310 / 330 min), survey answered 5.</li>
 * <li>T2 Mon 1 Dec 09:00, 10:00 agent asks for a photo (first reply, 60/60 min) and waits, customer answers 12:00
 *     (paused 120 min), resolved 13:00 (240 min calendar, 120 business net), survey never answered.</li>
 * <li>T3 Tue 2 Dec 09:00, reply 09:30 (30/30), escalated to L2 09:40, resolved 11:00, customer writes back Wed 09:00
 *     (reopened; paused while resolved 22 h = 1,320 min, 420 business), second reply Thu 4 Dec 10:20, resolved 10:30:
 *     2,970 min calendar; business Tue 540 + Wed 540 + Thu 90 − 420 = 750; survey answered 2.</li>
 * <li>T4 Wed 3 Dec 14:00, first-response deadline passes Wed 18:00, reply Thu 10:00 (1,200 / 240 + 60 = 300 min),
 *     resolved 10:10 (1,210 / 310), survey never answered.</li>
 * </ul>
 * T5 (order status, e-mail) is answered by self-service on Wed 10 Dec and accepted by silence two days later. Chats on
 * Fri 12 Dec: one left before any agent answered, one answered, one still waiting (not counted).
 */
class ServiceMetricsTest extends SportelloSpringTest {

    static final LocalDate FROM = LocalDate.of(2025, 12, 1);
    static final LocalDate TO = LocalDate.of(2025, 12, 14);
    static boolean scripted;

    @Autowired
    io.sportello.SurveyLinks.Recorder surveyLinks;

    @Autowired
    TicketDesk desk;
    @Autowired
    TicketService tickets;
    @Autowired
    SurveyService surveys;
    @Autowired
    ProcessJobs jobs;
    @Autowired
    LiveChat chat;
    @Autowired
    CommerceService commerce;
    @Autowired
    Reports reports;
    @Autowired
    ReportRollups rollups;
    @Autowired
    CustomerService customers;
    @Autowired
    org.springframework.test.web.servlet.MockMvc mvc;

    @BeforeEach
    void script() {
        if (scripted) {
            return;
        }
        scripted = true;
        var luca = users.get("luca");
        var sara = users.get("sara");

        at("2025-12-01T09:00");
        Ticket t2 = open(Category.RETURN, "Reso di una giacca", null);
        at("2025-12-01T10:00");
        desk.claim(t2.getNumber(), luca);
        desk.waitForCustomer(t2.getNumber(), "Può inviarci una foto dell'etichetta?", luca);
        at("2025-12-01T12:00");
        desk.customerReply(t2.getNumber(), Channel.EMAIL, "Ecco la foto", customer(t2));
        jobs.runAsyncSteps();
        at("2025-12-01T13:00");
        desk.claim(t2.getNumber(), luca);
        desk.resolve(t2.getNumber(), ResolutionCode.FIXED, "Etichetta di reso inviata", luca);

        at("2025-12-02T09:00");
        Ticket t3 = open(Category.RETURN, "Rimborso del reso", null);
        at("2025-12-02T09:30");
        desk.claim(t3.getNumber(), luca);
        desk.agentReply(t3.getNumber(), "Verifichiamo subito il rimborso", luca);
        at("2025-12-02T09:40");
        desk.escalate(t3.getNumber(), Tier.L2, "Il rimborso va verificato sul gateway", luca);
        at("2025-12-02T11:00");
        desk.claim(t3.getNumber(), sara);
        desk.resolve(t3.getNumber(), ResolutionCode.REFUNDED, "Rimborso disposto", sara);
        at("2025-12-03T09:00");
        desk.customerReply(t3.getNumber(), Channel.EMAIL, "Il rimborso non è ancora arrivato", customer(t3));
        jobs.runAsyncSteps();
        at("2025-12-03T14:00");
        Ticket t4 = open(Category.RETURN, "Come restituisco un ordine?", null);
        jobs.advanceTo(rome("2025-12-04T09:30"));
        at("2025-12-04T10:00");
        desk.claim(t4.getNumber(), luca);
        desk.agentReply(t4.getNumber(), "Trova la procedura di reso nel suo account", luca);
        at("2025-12-04T10:10");
        desk.resolve(t4.getNumber(), ResolutionCode.ANSWERED, "Procedura spiegata", luca);
        at("2025-12-04T10:20");
        desk.claim(t3.getNumber(), sara);
        desk.agentReply(t3.getNumber(), "Il rimborso è stato eseguito oggi", sara);
        at("2025-12-04T10:30");
        desk.resolve(t3.getNumber(), ResolutionCode.REFUNDED, "Rimborso eseguito", sara);

        at("2025-12-05T17:30");
        Ticket t1 = open(Category.RETURN, "Reso scaduto?", null);
        jobs.advanceTo(rome("2025-12-08T10:00"));
        answer(t3, 2);
        jobs.advanceTo(rome("2025-12-09T09:30"));
        desk.claim(t1.getNumber(), luca);
        desk.agentReply(t1.getNumber(), "Il reso è ancora possibile fino al 15 gennaio", luca);
        at("2025-12-09T10:00");
        desk.resolve(t1.getNumber(), ResolutionCode.ANSWERED, "Termini di reso spiegati", luca);

        at("2025-12-10T09:00");
        String email = "ordine-" + UUID.randomUUID() + "@esempio.it";
        var buyer = customers.register("Olga Ordine", email, null, "it", CustomerValue.STANDARD);
        commerce.recordOrder("ORD-2025-METRICS", buyer.getId(), rome("2025-12-06T10:00"), OrderStatus.PAID, new BigDecimal("59.90"));
        Ticket t5 = desk.open(new OpenTicket(Channel.EMAIL, email, "Olga Ordine", "Dov'è il mio ordine?", "Non è arrivato",
                Category.ORDER_STATUS, "ORD-2025-METRICS", "it", null, null), Actor.system()).ticket();
        jobs.runAsyncSteps();
        jobs.advanceTo(rome("2025-12-12T10:01"));
        answer(t1, 5);

        at("2025-12-12T11:00");
        LiveChat.Started left = chat.start("Lia Chat", "lia-" + UUID.randomUUID() + "@esempio.it", "C'è qualcuno?", "it");
        at("2025-12-12T11:05");
        chat.end(left.sessionId());
        at("2025-12-12T11:10");
        LiveChat.Started answered = chat.start("Ugo Chat", "ugo-" + UUID.randomUUID() + "@esempio.it", "Domanda sul reso", "it");
        at("2025-12-12T11:12");
        desk.claim(answered.ticketNumber(), luca);
        desk.agentReply(answered.ticketNumber(), "Eccomi, mi dica", luca);
        at("2025-12-12T11:20");
        chat.end(answered.sessionId());
        chat.start("Ivo Chat", "ivo-" + UUID.randomUUID() + "@esempio.it", "Pronto?", "it");

        assertThat(tickets.get(t5.getId()).getResolutionCode()).isEqualTo(ResolutionCode.SELF_SERVICE);
        assertThat(tickets.get(t1.getId()).getStatus()).isEqualTo(TicketStatus.CLOSED);
    }

    @Test
    void firstResponseInCalendarAndBusinessTimeAcrossWeekendAndHoliday() {
        Metrics m = reports.summary(returns());
        assertThat(m.created()).isEqualTo(4);
        assertThat(m.responded()).isEqualTo(4);
        assertMinutes(m.firstResponseMean(), (5280 + 60 + 30 + 1200) / 4.0);
        assertMinutes(m.firstResponseMedian(), (60 + 1200) / 2.0);
        assertMinutes(m.firstResponseP90(), 1200 + 0.7 * (5280 - 1200));
        assertMinutes(m.firstResponseBusinessMean(), (300 + 60 + 30 + 300) / 4.0);
        assertMinutes(m.firstResponseBusinessMedian(), (60 + 300) / 2.0);
        assertMinutes(m.firstResponseBusinessP90(), 300);
    }

    @Test
    void resolutionTimeWithPausesShownSeparately() {
        Metrics m = reports.summary(returns());
        assertThat(m.resolved()).isEqualTo(4);
        assertMinutes(m.resolutionMean(), (5310 + 240 + 2970 + 1210) / 4.0);
        assertMinutes(m.resolutionMedian(), (1210 + 2970) / 2.0);
        assertMinutes(m.resolutionP90(), 2970 + 0.7 * (5310 - 2970));
        assertMinutes(m.resolutionBusinessMean(), (330 + 120 + 750 + 310) / 4.0);
        assertMinutes(m.resolutionBusinessMedian(), (310 + 330) / 2.0);
        assertMinutes(m.resolutionBusinessP90(), 330 + 0.7 * (750 - 330));
        assertThat(m.resolvedWithPause()).isEqualTo(2);
        assertMinutes(m.pausedMean(), (120 + 1320) / 2.0);
    }

    @Test
    void csatCountsOnlyAnsweredSurveysAndResponseRateTheUnanswered() {
        Metrics m = reports.summary(returns());
        assertThat(m.surveysSent()).isEqualTo(4);
        assertThat(m.surveysAnswered()).isEqualTo(2);
        assertThat(m.csat()).isEqualTo(0.5);
        assertThat(m.surveyResponseRate()).isEqualTo(0.5);
    }

    @Test
    void slaComplianceReopeningsEscalationsAndFirstContact() {
        Metrics m = reports.summary(returns());
        assertThat(m.firstResponseSlaDecided()).isEqualTo(4);
        assertThat(m.firstResponseCompliance()).isEqualTo(0.5);
        assertThat(m.resolutionCompliance()).isEqualTo(1.0);
        assertThat(m.reopenRate()).isEqualTo(0.25);
        assertThat(m.escalationRateL1()).isEqualTo(0.25);
        assertThat(m.reachedL2()).isEqualTo(1);
        assertThat(m.escalationRateL2()).isEqualTo(0.0);
        assertThat(m.firstContactResolutionRate()).isEqualTo(0.75);
        assertThat(m.deflectionRate()).isEqualTo(0.0);
    }

    @Test
    void selfServiceDeflection() {
        Metrics m = reports.summary(new ReportFilter(FROM, TO, Channel.EMAIL, Category.ORDER_STATUS, null, null, null));
        assertThat(m.created()).isEqualTo(1);
        assertThat(m.responded()).as("the assistant's answer is not a first response").isZero();
        assertThat(m.resolved()).isEqualTo(1);
        assertThat(m.deflectionRate()).isEqualTo(1.0);
        assertMinutes(m.resolutionMean(), 2 * 24 * 60);
    }

    @Test
    void chatAbandonmentCountsEndedChatsOnly() {
        Metrics m = reports.summary(new ReportFilter(FROM, TO, Channel.CHAT, null, null, null, null));
        assertThat(m.chats()).isEqualTo(2);
        assertThat(m.chatsAbandoned()).isEqualTo(1);
        assertThat(m.chatAbandonmentRate()).isEqualTo(0.5);
    }

    @Test
    void breakdownByAgentAndTierAndFilters() {
        List<Metrics> byAgent = reports.breakdown(returns(), Dimension.AGENT);
        assertThat(byAgent).extracting(Metrics::key).containsExactly("luca", "sara");
        assertThat(byAgent.get(0).created()).isEqualTo(3);
        assertThat(byAgent.get(1).created()).isEqualTo(1);
        assertThat(byAgent.get(1).reopenRate()).isEqualTo(1.0);
        List<Metrics> byTier = reports.breakdown(returns(), Dimension.TIER);
        assertThat(byTier).extracting(Metrics::key, Metrics::created).containsExactly(
                org.assertj.core.groups.Tuple.tuple("L1", 3L), org.assertj.core.groups.Tuple.tuple("L2", 1L));
        Metrics onlySara = reports.summary(new ReportFilter(FROM, TO, null, Category.RETURN, null, null, "sara"));
        assertThat(onlySara.created()).isEqualTo(1);
        assertMinutes(onlySara.resolutionMean(), 2970);
        assertThat(reports.summary(new ReportFilter(FROM, LocalDate.of(2025, 12, 2), Channel.EMAIL, Category.RETURN,
                null, null, null)).created()).as("T2 and T3 only").isEqualTo(2);
    }

    @Test
    void volumeByHourAndWeekdayAndDailySeries() {
        List<Reports.HeatCell> cells = reports.volumeByHour(returns());
        assertThat(cells).hasSize(7 * 24);
        assertThat(cells).filteredOn(c -> c.tickets() > 0).extracting(Reports.HeatCell::dayOfWeek, Reports.HeatCell::hour,
                Reports.HeatCell::tickets).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(1, 9, 1L), org.assertj.core.groups.Tuple.tuple(2, 9, 1L),
                org.assertj.core.groups.Tuple.tuple(3, 14, 1L), org.assertj.core.groups.Tuple.tuple(5, 17, 1L));
        List<Reports.DailyPoint> days = reports.daily(returns());
        assertThat(days).hasSize(14);
        assertThat(days.get(4).day()).isEqualTo(LocalDate.of(2025, 12, 5));
        assertThat(days.get(4).created()).isEqualTo(1);
        assertMinutes(days.get(4).firstResponseBusinessMedian(), 300);
        assertThat(days.get(4).csat()).isEqualTo(1.0);
        assertThat(days.get(6).created()).isZero();
    }

    @Test
    void comparisonWithTheSameWeeksAYearLaterAndThePreviousPeriod() {
        ReportFilter nextYear = new ReportFilter(FROM.plusWeeks(52), TO.plusWeeks(52), Channel.EMAIL, Category.RETURN,
                null, null, null);
        Reports.Compared compared = reports.compare(nextYear, Comparison.YEAR_AGO);
        assertThat(compared.previousFrom()).isEqualTo(FROM);
        assertThat(compared.previous().created()).isEqualTo(4);
        assertThat(compared.current().created()).isZero();
        assertThat(compared.current().csat()).as("no answers is no data, not 0 %").isNull();
        Reports.Compared previous = reports.compare(returns(), Comparison.PREVIOUS_PERIOD);
        assertThat(previous.previousFrom()).isEqualTo(LocalDate.of(2025, 11, 17));
        assertThat(previous.previousTo()).isEqualTo(LocalDate.of(2025, 11, 30));
    }

    @Test
    void backlogByAgeOfOpenTickets() {
        // the three chat tickets are open (the answered one was not resolved); other tests' open chats were created
        // in 2026, which from these instants is less than 4 hours ago (the backlog ignores the period, a state)
        at("2025-12-12T16:00");
        assertThat(backlogOfChats().byAge()[1]).as("4–24 hours old").isEqualTo(3);
        at("2025-12-20T12:00");
        assertThat(backlogOfChats().byAge()[4]).as("over 7 days old").isEqualTo(3);
        assertThat(backlogOfChats().byAge()[1]).isZero();
    }

    @Test
    void badFiltersNameTheField() {
        assertThatThrownBy(() -> ReportFilter.between(TO, FROM)).isInstanceOf(InvalidReportException.class)
                .extracting(e -> ((InvalidReportException) e).field()).isEqualTo("to");
        assertThatThrownBy(() -> ReportFilter.between(null, TO)).extracting(e -> ((InvalidReportException) e).field())
                .isEqualTo("from");
    }

    @Test
    void restGivesTheSameNumbersAsJsonAndCsvAndNamesBadFields() throws Exception {
        String query = "?from=2025-12-01&to=2025-12-14&channel=EMAIL&category=RETURN";
        mvc.perform(get("/api/v1/reports/summary" + query + "&compare=YEAR_AGO").with(httpBasic("elena", "secret")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.current.tickets_created").value(4))
                .andExpect(jsonPath("$.current.first_response_business_median_min").value(180.0))
                .andExpect(jsonPath("$.current.first_response_median_min").value(630.0))
                .andExpect(jsonPath("$.current.csat").value(0.5))
                .andExpect(jsonPath("$.comparedFrom").value("2024-12-02"));
        String csv = mvc.perform(get("/api/v1/reports/breakdown" + query + "&by=AGENT&format=csv").with(httpBasic("elena", "secret")))
                .andExpect(status().isOk()).andExpect(content().contentType("text/csv;charset=UTF-8"))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv.lines().toList()).hasSize(3);
        assertThat(csv.lines().toList().get(0)).startsWith("\uFEFFagent,tickets_created,");
        assertThat(csv.lines().toList().get(1)).startsWith("luca,3,3,");
        mvc.perform(get("/api/v1/reports/summary?from=2025-12-14&to=2025-12-01").with(httpBasic("elena", "secret")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.field").value("to"));
        mvc.perform(get("/api/v1/reports/daily" + query).with(httpBasic("luca", "secret"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/reports/dashboard").with(httpBasic("elena", "secret"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.open").isArray());
    }

    @Test
    void longPeriodsReadTheDailyRollUpsWithTheSameNumbers() {
        ReportFilter quarter = ReportFilter.between(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 12, 31));
        rollups.rebuildAll();
        Metrics fromRollups = reports.summary(quarter);
        Metrics fromFacts = reports.fromFacts(quarter, null).get(0);
        assertThat(fromRollups.created()).isEqualTo(fromFacts.created()).isGreaterThanOrEqualTo(7);
        assertThat(fromRollups).usingRecursiveComparison().ignoringFields("firstResponseMedian", "firstResponseP90",
                "firstResponseBusinessMedian", "firstResponseBusinessP90", "resolutionMedian", "resolutionP90",
                "resolutionBusinessMedian", "resolutionBusinessP90", "firstResponseMean", "firstResponseBusinessMean",
                "resolutionMean", "resolutionBusinessMean", "pausedMean").isEqualTo(fromFacts);
        assertThat(fromRollups.firstResponseMean()).isCloseTo(fromFacts.firstResponseMean(), within(0.001));
        assertThat(fromRollups.resolutionBusinessMean()).isCloseTo(fromFacts.resolutionBusinessMean(), within(0.001));
        // percentiles from histogram buckets ≈ 2.5 % wide: within half a bucket of the exact value
        assertThat(fromRollups.firstResponseMedian()).isCloseTo(fromFacts.firstResponseMedian(),
                within(fromFacts.firstResponseMedian() * 0.013 + 1));
        assertThat(fromRollups.resolutionBusinessP90()).isCloseTo(fromFacts.resolutionBusinessP90(),
                within(fromFacts.resolutionBusinessP90() * 0.013 + 1));

        List<Metrics> byChannel = reports.breakdown(quarter, Dimension.CHANNEL);
        assertThat(byChannel).extracting(Metrics::key, Metrics::created, Metrics::chats, Metrics::satisfied)
                .containsExactlyInAnyOrderElementsOf(reports.fromFacts(quarter, Dimension.CHANNEL).stream()
                        .map(m -> org.assertj.core.groups.Tuple.tuple(m.key(), m.created(), m.chats(), m.satisfied())).toList());
        ReportFilter emailQuarter = new ReportFilter(quarter.from(), quarter.to(), Channel.EMAIL, null, null, null, null);
        assertThat(reports.summary(emailQuarter).reopenRate()).isEqualTo(reports.fromFacts(emailQuarter, null).get(0).reopenRate());
        assertThat(reports.volumeByHour(quarter)).filteredOn(c -> c.tickets() > 0).isNotEmpty()
                .allSatisfy(c -> assertThat(c.tickets()).isPositive());
        assertThat(reports.daily(quarter).stream().mapToLong(Reports.DailyPoint::created).sum()).isEqualTo(fromFacts.created());
    }

    private Reports.BacklogLine backlogOfChats() {
        return reports.backlog(new ReportFilter(FROM, TO, Channel.CHAT, null, null, null, null), null).stream()
                .findFirst().orElseThrow();
    }

    static ReportFilter returns() {
        return new ReportFilter(FROM, TO, Channel.EMAIL, Category.RETURN, null, null, null);
    }

    static void assertMinutes(Double seconds, double minutes) {
        assertThat(seconds).isNotNull();
        assertThat(seconds / 60).isCloseTo(minutes, within(0.01));
    }

    private void at(String local) {
        clock.pin(rome(local));
    }

    private Ticket open(Category category, String subject, String order) {
        Ticket t = desk.open(new OpenTicket(Channel.EMAIL, "metrics-" + UUID.randomUUID() + "@esempio.it", "Cliente Metriche",
                subject, subject + ", grazie", category, order, "it", null, null), Actor.system()).ticket();
        jobs.runAsyncSteps();
        return t;
    }

    private Actor customer(Ticket t) {
        return Actor.customer(t.getCustomerId(), "Cliente Metriche");
    }

    private void answer(Ticket t, int score) {
        desk.answerSurvey(surveyLinks.tokenFor(t.getId()), score, null);
    }
}
