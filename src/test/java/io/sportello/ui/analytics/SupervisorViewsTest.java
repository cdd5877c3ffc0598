package io.sportello.ui.analytics;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import io.sportello.analytics.Comparison;
import io.sportello.analytics.Dimension;
import io.sportello.desk.OpenTicket;
import io.sportello.desk.TicketDesk;
import io.sportello.shared.Actor;
import io.sportello.shared.Channel;
import io.sportello.ticket.Category;
import io.sportello.ticket.ResolutionCode;
import io.sportello.ticket.Ticket;
import io.sportello.ui.KaribuTest;
import io.sportello.workflow.ProcessJobs;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The supervisor's dashboard and reports as a supervisor sees them: tickets about to breach and breached are listed,
 * agents' open work is counted, the reports compare a channel's first response and CSAT with the same weeks a year
 * earlier, and a period that ends before it starts is explained instead of shown.
 */
class SupervisorViewsTest extends KaribuTest {

    @Autowired
    TicketDesk desk;
    @Autowired
    ProcessJobs jobs;
    @Autowired
    io.sportello.knowledge.ArticleImport articles;

    Ticket open(Channel channel, Category category, String subject) {
        Ticket t = desk.open(new OpenTicket(channel, UUID.randomUUID() + "@esempio.it", "Cliente", subject, "testo",
                category, null, "it", null, null), Actor.system()).ticket();
        jobs.runAsyncSteps();
        return t;
    }

    @Test
    void dashboardListsTicketsAboutToBreachAndBreachedAndAgentsOpenWork() {
        articles.importFolder("classpath:knowledge/demo", "elena"); // what the assistant answers from
        // e-mail return, NORMAL: first response due 4 business hours after Monday 9:00 → 13:00
        // chiara takes it at once (from the assistant, had it answered): the clock never waited
        Ticket soon = open(Channel.EMAIL, Category.RETURN, "Reso in scadenza");
        desk.claim(soon.getNumber(), users.get("chiara"));
        clock.pin(rome("2026-11-23T12:15"));
        // a technical question the assistant never takes: it waits for a person from the start
        Ticket late = open(Channel.CHAT, Category.TECHNICAL, "Chat senza risposta");
        // a returns question the assistant is talking about with the customer: nobody is late on it yet
        Ticket withTheAssistant = desk.open(new OpenTicket(Channel.CHAT, UUID.randomUUID() + "@esempio.it", "Cliente",
                "Reso", "Quanto tempo ho per fare un reso?", Category.RETURN, null, "it", null, null), Actor.system())
                .ticket();
        clock.pin(rome("2026-11-23T12:40"));

        login("elena");
        UI.getCurrent().navigate(DashboardView.class);
        DashboardView view = _get(DashboardView.class);
        assertThat(GridKt._fetch(view.soonGrid, 0, 100)).anyMatch(t -> t.number().equals(soon.getNumber())
                && t.target().equals("FIRST_RESPONSE"));
        // the chat's 15-minute first response target passed at 12:30
        assertThat(GridKt._fetch(view.breachedGrid, 0, 100)).anyMatch(t -> t.number().equals(late.getNumber()))
                .noneMatch(t -> t.number().equals(withTheAssistant.getNumber()));
        assertThat(Long.parseLong(view.breached.getText())).isGreaterThanOrEqualTo(1);
        var chiara = GridKt._fetch(view.agents, 0, 100).stream().filter(a -> a.username().equals("chiara")).findFirst()
                .orElseThrow();
        assertThat(chiara.open()).isGreaterThanOrEqualTo(1);
        assertThat(chiara.free()).isEqualTo(8 - chiara.open());
        assertThat(view.openTotal.getText()).isNotBlank();
        assertThat(view.updated.getText()).contains("12:40");
    }

    @Test
    void reportsCompareFirstResponseAndCsatByChannelWithTheSameWeeksLastYear() {
        // a year (52 weeks) before the period below
        clock.pin(rome("2025-03-03T10:00"));
        Ticket lastYear = open(Channel.WHATSAPP, Category.PRODUCT, "Taglia giusta?");
        clock.pin(rome("2025-03-03T10:30"));
        desk.claim(lastYear.getNumber(), users.get("luca"));
        desk.agentReply(lastYear.getNumber(), "La M va bene", users.get("luca"));
        clock.pin(rome("2026-03-02T10:00"));
        Ticket thisYear = open(Channel.WHATSAPP, Category.PRODUCT, "Colore disponibile?");
        clock.pin(rome("2026-03-02T10:05"));
        desk.claim(thisYear.getNumber(), users.get("luca"));
        desk.agentReply(thisYear.getNumber(), "Sì, anche in blu", users.get("luca"));
        desk.resolve(thisYear.getNumber(), ResolutionCode.ANSWERED, "ok", users.get("luca"));

        login("elena");
        UI.getCurrent().navigate(ReportsView.class);
        ReportsView view = _get(ReportsView.class);
        _setValue(view.from, LocalDate.of(2026, 3, 2));
        _setValue(view.to, LocalDate.of(2026, 3, 8));
        _setValue(view.category, Category.PRODUCT);
        assertThat(view.comparison.getValue()).isEqualTo(Comparison.YEAR_AGO);
        assertThat(view.breakdown.getValue()).isEqualTo(Dimension.CHANNEL);

        List<ReportsView.SummaryLine> summary = GridKt._fetch(view.summary, 0, 100);
        ReportsView.SummaryLine firstResponse = summary.stream()
                .filter(l -> l.metric().equals("first_response_business_median_min")).findFirst().orElseThrow();
        assertThat(firstResponse.now()).isEqualTo(5.0);
        assertThat(firstResponse.before()).isEqualTo(30.0);
        assertThat(MetricTexts.change(firstResponse.metric(), firstResponse.now(), firstResponse.before(), view,
                java.util.Locale.ENGLISH)).isEqualTo("−25 min");
        assertThat(MetricTexts.format("resolution_business_median_min", 3 * 1440 + 250.0, java.util.Locale.ITALIAN))
                .isEqualTo("3 g 4 h");
        assertThat(MetricTexts.format("resolution_business_median_min", 125.0, java.util.Locale.ENGLISH))
                .isEqualTo("2 h 5 min");

        List<Object> whatsapp = GridKt._fetch(view.byGroup, 0, 100).stream().filter(r -> "WHATSAPP".equals(r.get(0)))
                .findFirst().orElseThrow();
        int col = view.lastBreakdown.columns().indexOf("first_response_business_median_min");
        assertThat(whatsapp.get(col)).isEqualTo(5.0);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> bars = (List<Map<String, Object>>) view.firstResponseBars.getOption().get("series");
        assertThat(bars).hasSize(2);
        assertThat((List<Object>) bars.get(1).get("data")).contains((Object) 30L);
        assertThat(view.heatmap.getOption().get("series")).isNotNull();
        assertThat(view.summaryCsv.getHref()).isNotBlank();

        _setValue(view.to, LocalDate.of(2026, 2, 1));
        assertThat(view.problem.getText()).isEqualTo(view.getTranslation("reports.invalid.to"));
    }
}
