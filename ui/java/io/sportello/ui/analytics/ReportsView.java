package io.sportello.ui.analytics;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.sportello.analytics.Comparison;
import io.sportello.analytics.Dimension;
import io.sportello.analytics.InvalidReportException;
import io.sportello.analytics.Metrics;
import io.sportello.analytics.ReportFilter;
import io.sportello.analytics.ReportTables;
import io.sportello.analytics.Reports;
import io.sportello.security.Role;
import io.sportello.security.UserAccount;
import io.sportello.security.UserAccountService;
import io.sportello.shared.Channel;
import io.sportello.ticket.Category;
import io.sportello.ticket.Priority;
import io.sportello.ticket.Tier;
import io.sportello.ui.component.Downloads;
import io.sportello.ui.component.EChart;
import jakarta.annotation.security.RolesAllowed;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Supervisors' reports: pick a period, what to compare it with (the same weeks last year by default), a breakdown
 * and filters; see the headline metrics against the compared period, the daily trend, first response and CSAT per
 * group side by side with the compared period, the hour × weekday volume and the open backlog by age — each table
 * exportable as CSV. Numbers come from {@link Reports}, defined in {@code src/docs/metrics.md}.
 */
@Route("reports")
@Menu(title = "menu.reports", order = 4)
@RolesAllowed({Role.Names.SUPERVISOR, Role.Names.ADMIN})
public class ReportsView extends VerticalLayout implements HasDynamicTitle {

    /** The headline metrics shown in the summary, in order. */
    static final List<String> HEADLINE = List.of("tickets_created", "first_response_business_median_min",
            "first_response_median_min", "first_response_business_p90_min", "resolution_business_median_min",
            "resolution_median_min", "resolution_p90_min", "paused_mean_min", "csat", "survey_response_rate",
            "first_response_sla_compliance", "resolution_sla_compliance", "chat_abandonment_rate", "reopen_rate",
            "escalation_rate_l1", "escalation_rate_l2", "first_contact_resolution", "self_service_deflection");
    /** The columns of the breakdown table on screen (the CSV has them all). */
    static final List<String> BREAKDOWN = List.of("tickets_created", "first_response_business_median_min",
            "resolution_business_median_min", "csat", "first_response_sla_compliance", "resolution_sla_compliance",
            "reopen_rate", "first_contact_resolution", "escalation_rate_l1", "chat_abandonment_rate");

    /** One line of the summary: a metric, its value now and in the compared period. */
    record SummaryLine(String metric, Object now, Object before) {
    }

    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Select<Comparison> comparison = new Select<>();
    final Select<Dimension> breakdown = new Select<>();
    final ComboBox<Channel> channel = new ComboBox<>();
    final ComboBox<Category> category = new ComboBox<>();
    final ComboBox<Priority> priority = new ComboBox<>();
    final ComboBox<Tier> tier = new ComboBox<>();
    final ComboBox<String> agent = new ComboBox<>();
    final Span problem = new Span();
    final Grid<SummaryLine> summary = new Grid<>();
    final Grid<List<Object>> byGroup = new Grid<>();
    final Grid<List<Object>> backlog = new Grid<>();
    final EChart trend = new EChart();
    final EChart firstResponseBars = new EChart();
    final EChart csatBars = new EChart();
    final EChart heatmap = new EChart();
    final Anchor summaryCsv = new Anchor();
    final Anchor breakdownCsv = new Anchor();
    final Anchor dailyCsv = new Anchor();
    final Anchor heatmapCsv = new Anchor();
    final Anchor backlogCsv = new Anchor();

    final Div orderFigures = new Div();
    final Grid<io.sportello.analytics.OrderContactsReport.ChannelLine> wismoByChannel = new Grid<>();
    final EChart noticesBars = new EChart();

    private final Reports reports;
    private final io.sportello.analytics.OrderContactsReport orderReport;
    private final io.sportello.knowledge.KnowledgeReport knowledgeReport;
    final Div knowledgeFigures = new Div();
    final Grid<io.sportello.knowledge.KnowledgeSearch.Unanswered> unanswered = new Grid<>();
    final Grid<io.sportello.knowledge.KnowledgeReport.ArticleLine> articleFeedback = new Grid<>();
    ReportTables.Table lastSummary;
    ReportTables.Table lastBreakdown;

    public ReportsView(Reports reports, UserAccountService users, io.sportello.analytics.OrderContactsReport orderReport,
                       io.sportello.knowledge.KnowledgeReport knowledgeReport) {
        this.knowledgeReport = knowledgeReport;
        this.reports = reports;
        this.orderReport = orderReport;
        setId("reports-view");
        LocalDate today = reports.today();
        from.setLabel(getTranslation("reports.from"));
        to.setLabel(getTranslation("reports.to"));
        from.setId("reports-from");
        to.setId("reports-to");
        from.setValue(today.minusDays(27));
        to.setValue(today);
        comparison.setLabel(getTranslation("reports.compare"));
        comparison.setId("reports-compare");
        comparison.setItems(Comparison.values());
        comparison.setItemLabelGenerator(c -> getTranslation("reports.compare." + c.name()));
        comparison.setValue(Comparison.YEAR_AGO);
        breakdown.setLabel(getTranslation("reports.by"));
        breakdown.setId("reports-by");
        breakdown.setItems(Dimension.values());
        breakdown.setItemLabelGenerator(d -> getTranslation("reports.dimension." + d.name()));
        breakdown.setValue(Dimension.CHANNEL);
        setUp(channel, "reports.channel", Channel.values(), c -> getTranslation("channel." + c.name()));
        setUp(category, "reports.category", Category.values(), c -> getTranslation("category." + c.name()));
        setUp(priority, "reports.priority", Priority.values(), p -> getTranslation("priority." + p.name()));
        setUp(tier, "reports.tier", Tier.values(), t -> getTranslation("tier." + t.name()));
        agent.setLabel(getTranslation("reports.agent"));
        agent.setClearButtonVisible(true);
        agent.setItems(users.all().stream().filter(u -> u.getRoles().contains(Role.AGENT)).map(UserAccount::getUsername)
                .sorted().toList());
        List.of(from, to).forEach(f -> f.addValueChangeListener(e -> refresh()));
        comparison.addValueChangeListener(e -> refresh());
        breakdown.addValueChangeListener(e -> refresh());
        List.of(channel, category, priority, tier, agent).forEach(f -> f.addValueChangeListener(e -> refresh()));
        FlexLayout filters = new FlexLayout(from, to, comparison, breakdown, channel, category, priority, tier, agent);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.addClassName(com.vaadin.flow.theme.lumo.LumoUtility.Gap.MEDIUM);
        problem.setId("reports-problem");
        problem.addClassName(com.vaadin.flow.theme.lumo.LumoUtility.TextColor.ERROR);

        summary.setId("reports-summary");
        summary.addColumn(l -> getTranslation("metric." + l.metric())).setHeader(getTranslation("reports.metric"))
                .setAutoWidth(true).setFlexGrow(2);
        summary.addColumn(l -> MetricTexts.format(l.metric(), l.now(), getLocale())).setHeader(getTranslation("reports.thisPeriod"))
                .setKey("now");
        summary.addColumn(l -> MetricTexts.format(l.metric(), l.before(), getLocale())).setHeader(getTranslation("reports.compared"))
                .setKey("before");
        summary.addColumn(l -> MetricTexts.change(l.metric(), l.now(), l.before(), this, getLocale())).setHeader(getTranslation("reports.change"))
                .setKey("change");
        summary.setAllRowsVisible(true);

        byGroup.setId("reports-breakdown");
        byGroup.setAllRowsVisible(true);
        backlog.setId("reports-backlog");
        backlog.setAllRowsVisible(true);
        trend.setId("chart-trend");
        firstResponseBars.setId("chart-first-response");
        csatBars.setId("chart-csat");
        heatmap.setId("chart-heatmap");
        heatmap.setHeight("300px");
        summaryCsv.setId("csv-summary");
        breakdownCsv.setId("csv-breakdown");
        dailyCsv.setId("csv-daily");
        heatmapCsv.setId("csv-heatmap");
        backlogCsv.setId("csv-backlog");

        HorizontalLayout bars = new HorizontalLayout(firstResponseBars, csatBars);
        bars.setWidthFull();
        add(new H2(getTranslation("reports.title")), filters, problem,
                section("reports.summary", summaryCsv), summary,
                section("reports.trend", dailyCsv), trend,
                section("reports.byGroup", breakdownCsv), bars, byGroup,
                section("reports.heatmap", heatmapCsv), heatmap,
                section("reports.backlog", backlogCsv), backlog,
                new H3(getTranslation("reports.orders")), orderFigures, wismoByChannel, noticesBars,
                new H3(getTranslation("reports.knowledge")), knowledgeFigures, unanswered, articleFeedback);
        knowledgeFigures.setId("reports-knowledge");
        unanswered.setId("reports-unanswered");
        unanswered.addColumn(io.sportello.knowledge.KnowledgeSearch.Unanswered::query)
                .setHeader(getTranslation("reports.knowledge.unanswered")).setFlexGrow(3);
        unanswered.addColumn(u -> getTranslation("language." + u.language())).setHeader(getTranslation("kb.field.language"));
        unanswered.addColumn(io.sportello.knowledge.KnowledgeSearch.Unanswered::times).setHeader(getTranslation("kb.col.times"));
        unanswered.setAllRowsVisible(true);
        articleFeedback.setId("reports-article-feedback");
        articleFeedback.addColumn(io.sportello.knowledge.KnowledgeReport.ArticleLine::title)
                .setHeader(getTranslation("reports.knowledge.article")).setFlexGrow(3);
        articleFeedback.addColumn(io.sportello.knowledge.KnowledgeReport.ArticleLine::helpful)
                .setHeader(getTranslation("help.feedback.yes"));
        articleFeedback.addColumn(io.sportello.knowledge.KnowledgeReport.ArticleLine::unhelpful)
                .setHeader(getTranslation("help.feedback.no"));
        articleFeedback.addColumn(l -> percentText(l.helpfulShare())).setHeader(getTranslation("kb.col.helpful"));
        articleFeedback.addColumn(io.sportello.knowledge.KnowledgeReport.ArticleLine::views)
                .setHeader(getTranslation("reports.knowledge.views"));
        articleFeedback.setAllRowsVisible(true);
        orderFigures.setId("reports-orders");
        wismoByChannel.setId("reports-wismo-by-channel");
        noticesBars.setId("chart-notices");
        wismoByChannel.addColumn(l -> getTranslation("channel." + l.channel())).setHeader(getTranslation("reports.channel"));
        wismoByChannel.addColumn(io.sportello.analytics.OrderContactsReport.ChannelLine::contacts)
                .setHeader(getTranslation("reports.orders.contacts"));
        wismoByChannel.addColumn(io.sportello.analytics.OrderContactsReport.ChannelLine::wismo)
                .setHeader(getTranslation("reports.orders.wismo"));
        wismoByChannel.addColumn(l -> percentText(l.wismoRate())).setHeader(getTranslation("reports.orders.wismoRate"));
        wismoByChannel.setAllRowsVisible(true);
        refresh();
    }

    private <T> void setUp(ComboBox<T> box, String label, T[] values, com.vaadin.flow.component.ItemLabelGenerator<T> labels) {
        box.setLabel(getTranslation(label));
        box.setItems(values);
        box.setItemLabelGenerator(labels);
        box.setClearButtonVisible(true);
    }

    private Component section(String title, Anchor csv) {
        csv.setText(getTranslation("reports.csv"));
        HorizontalLayout line = new HorizontalLayout(new H3(getTranslation(title)), csv);
        line.setAlignItems(FlexComponent.Alignment.BASELINE);
        return line;
    }

    /** Reads the filters and redraws every section; a period that cannot be used is explained, nothing else changes. */
    void refresh() {
        ReportFilter filter;
        try {
            filter = new ReportFilter(from.getValue(), to.getValue(), channel.getValue(), category.getValue(),
                    priority.getValue(), tier.getValue(), agent.getValue());
        } catch (InvalidReportException e) {
            problem.setText(getTranslation("reports.invalid." + e.field()));
            return;
        }
        problem.setText("");
        Reports.Compared compared = reports.compare(filter, comparison.getValue());
        showSummary(compared);
        showTrend(filter, compared);
        showBreakdown(filter, compared);
        showHeatmap(filter);
        showBacklog(filter);
        showOrders(filter);
        showKnowledge(filter);
    }

    /** Searches, what they did not find, deflections by channel, and what readers said of the articles. */
    private void showKnowledge(ReportFilter filter) {
        var k = knowledgeReport.figures(from.getValue(), to.getValue());
        knowledgeFigures.removeAll();
        knowledgeFigures.add(new Paragraph(getTranslation("reports.knowledge.searches", k.searches(), k.withoutResults(),
                percentText(k.withoutResultsShare()))));
        String byChannel = k.deflections().entrySet().stream()
                .map(e -> getTranslation("reports.knowledge.source." + e.getKey().name()) + " " + e.getValue())
                .collect(java.util.stream.Collectors.joining(", "));
        Paragraph deflections = new Paragraph(getTranslation("reports.knowledge.deflections", k.deflectionsTotal(),
                byChannel.isEmpty() ? "—" : byChannel));
        deflections.setId("reports-deflections");
        knowledgeFigures.add(deflections);
        Reports.AssistantFigures a = reports.assistant(filter);
        Paragraph assistant = new Paragraph(getTranslation("reports.assistant", a.held(), a.resolvedByAssistant(),
                percentText(a.deflectionRate()), percentText(a.assistantCsat()), a.assistantSurveys(),
                percentText(a.agentCsat()), a.agentSurveys()));
        assistant.setId("reports-assistant");
        knowledgeFigures.add(assistant);
        unanswered.setItems(k.topWithoutResults());
        articleFeedback.setItems(k.feedback().isEmpty() ? k.mostRead() : k.feedback());
    }

    /** "Where is my order?" and what the parcel notices saved, for the period and channel chosen. */
    private void showOrders(ReportFilter filter) {
        var f = orderReport.figures(from.getValue(), to.getValue(), channel.getValue());
        orderFigures.removeAll();
        orderFigures.add(new Paragraph(getTranslation("reports.orders.wismoShare", percentText(f.wismoRate()), f.wismo(),
                f.contacts())));
        orderFigures.add(new Paragraph(getTranslation("reports.orders.per100", decimal(f.contactsPer100Orders()),
                f.ordersPlaced())));
        orderFigures.add(new Paragraph(getTranslation("reports.orders.notified", decimal(f.wismoPer100Notified()),
                f.notifiedOrders(), decimal(f.wismoPer100NotNotified()), f.shippedOrders() - f.notifiedOrders())));
        Paragraph saved = new Paragraph(getTranslation("reports.orders.saved", f.savedContacts()));
        saved.setId("reports-orders-saved");
        orderFigures.add(saved);
        wismoByChannel.setItems(f.byChannel());
        List<String> kinds = f.noticesSent().keySet().stream().map(n -> getTranslation("parcel.notice." + n)).toList();
        noticesBars.bars(getTranslation("reports.orders.noticesSent"), kinds, List.of(new EChart.Series(
                getTranslation("reports.orders.noticesSent"), f.noticesSent().values().stream().toList())),
                getTranslation("reports.orders.notices"));
    }

    private String percentText(Double share) {
        return share == null ? "—" : String.format(getLocale(), "%.1f %%", share);
    }

    private String decimal(Double value) {
        return value == null ? "—" : String.format(getLocale(), "%.1f", value);
    }

    private void showSummary(Reports.Compared compared) {
        List<Metrics> both = new ArrayList<>();
        both.add(compared.current().withKey(from.getValue() + "/" + to.getValue()));
        if (compared.previous() != null) {
            both.add(compared.previous().withKey(compared.previousFrom() + "/" + compared.previousTo()));
        }
        lastSummary = ReportTables.metrics("period", both);
        List<Object> now = lastSummary.rows().get(0);
        List<Object> before = both.size() > 1 ? lastSummary.rows().get(1) : null;
        summary.getColumnByKey("before").setHeader(compared.previous() == null ? getTranslation("reports.compared")
                : getTranslation("reports.comparedPeriod", compared.previousFrom(), compared.previousTo()));
        summary.getColumnByKey("before").setVisible(before != null);
        summary.getColumnByKey("change").setVisible(before != null);
        summary.setItems(HEADLINE.stream().map(metric -> {
            int i = lastSummary.columns().indexOf(metric);
            return new SummaryLine(metric, now.get(i), before == null ? null : before.get(i));
        }).toList());
        ReportTables.Table table = lastSummary;
        Downloads.offer(summaryCsv, "summary.csv", "text/csv", table::csv);
    }

    private void showTrend(ReportFilter filter, Reports.Compared compared) {
        List<Reports.DailyPoint> days = reports.daily(filter);
        List<String> labels = days.stream().map(d -> d.day().toString()).toList();
        List<EChart.Series> series = new ArrayList<>();
        series.add(new EChart.Series(getTranslation("reports.series.created"), days.stream().map(Reports.DailyPoint::created).toList()));
        series.add(new EChart.Series(getTranslation("reports.series.firstResponse"), days.stream()
                .map(d -> d.firstResponseBusinessMedian() == null ? null : Math.round(d.firstResponseBusinessMedian() / 60.0))
                .toList()));
        if (compared.previous() != null) {
            List<Reports.DailyPoint> earlier = reports.daily(filter.withPeriod(compared.previousFrom(), compared.previousTo()));
            series.add(new EChart.Series(getTranslation("reports.series.createdCompared"),
                    earlier.stream().map(Reports.DailyPoint::created).toList()));
        }
        trend.lines(getTranslation("reports.trend"), labels, series, getTranslation("reports.axis.tickets"),
                getTranslation("reports.axis.minutes"), List.of(getTranslation("reports.series.firstResponse")));
        Downloads.offer(dailyCsv, "daily.csv", "text/csv", () -> ReportTables.daily(days).csv());
    }

    private void showBreakdown(ReportFilter filter, Reports.Compared compared) {
        Dimension by = breakdown.getValue();
        List<Metrics> groups = reports.breakdown(filter, by);
        lastBreakdown = ReportTables.metrics(by.name().toLowerCase(), groups);
        List<Metrics> earlier = compared.previous() == null ? List.of()
                : reports.breakdown(filter.withPeriod(compared.previousFrom(), compared.previousTo()), by);
        List<String> keys = groups.stream().map(Metrics::key).toList();
        List<String> labels = keys.stream().map(k -> label(by, k)).toList();
        String nowName = getTranslation("reports.thisPeriod");
        String beforeName = getTranslation("reports.compared");
        List<EChart.Series> fr = new ArrayList<>();
        List<EChart.Series> csat = new ArrayList<>();
        fr.add(new EChart.Series(nowName, groups.stream().map(m -> minutes(m.firstResponseBusinessMedian())).toList()));
        csat.add(new EChart.Series(nowName, groups.stream().map(m -> percent(m.csat())).toList()));
        if (compared.previous() != null) {
            fr.add(new EChart.Series(beforeName, keys.stream().map(k -> minutes(find(earlier, k).firstResponseBusinessMedian())).toList()));
            csat.add(new EChart.Series(beforeName, keys.stream().map(k -> percent(find(earlier, k).csat())).toList()));
        }
        firstResponseBars.bars(getTranslation("reports.chart.firstResponse"), labels, fr, getTranslation("reports.axis.minutes"));
        csatBars.bars(getTranslation("reports.chart.csat"), labels, csat, "%");

        byGroup.removeAllColumns();
        byGroup.addColumn(row -> label(by, (String) row.get(0))).setHeader(getTranslation("reports.dimension." + by.name()))
                .setAutoWidth(true);
        for (String column : BREAKDOWN) {
            int i = lastBreakdown.columns().indexOf(column);
            byGroup.addColumn(row -> MetricTexts.format(column, row.get(i), getLocale()))
                    .setHeader(getTranslation("metric." + column)).setKey(column).setResizable(true).setAutoWidth(true);
        }
        byGroup.setItems(lastBreakdown.rows());
        ReportTables.Table table = lastBreakdown;
        Downloads.offer(breakdownCsv, "by-" + by.name().toLowerCase() + ".csv", "text/csv", table::csv);
    }

    private void showHeatmap(ReportFilter filter) {
        List<Reports.HeatCell> cells = reports.volumeByHour(filter);
        long[][] values = new long[7][24];
        cells.forEach(c -> values[c.dayOfWeek() - 1][c.hour()] = c.tickets());
        List<String> days = IntStream.rangeClosed(1, 7).mapToObj(d -> DayOfWeek.of(d).getDisplayName(TextStyle.SHORT, getLocale()))
                .toList();
        List<String> hours = IntStream.range(0, 24).mapToObj(h -> "%02d".formatted(h)).toList();
        heatmap.heatmap(getTranslation("reports.heatmap"), days, hours, values, getTranslation("reports.axis.tickets"));
        Downloads.offer(heatmapCsv, "volume-by-hour.csv", "text/csv", () -> ReportTables.heatmap(cells).csv());
    }

    private void showBacklog(ReportFilter filter) {
        List<Reports.BacklogLine> lines = reports.backlog(filter, Dimension.TIER);
        ReportTables.Table table = ReportTables.backlog("tier", lines);
        backlog.removeAllColumns();
        backlog.addColumn(row -> label(Dimension.TIER, (String) row.get(0))).setHeader(getTranslation("reports.dimension.TIER"));
        for (int i = 1; i < table.columns().size(); i++) {
            int c = i;
            String column = table.columns().get(i);
            backlog.addColumn(row -> row.get(c) == null ? MetricTexts.NO_DATA : String.valueOf(row.get(c)))
                    .setHeader(getTranslation("backlog." + column)).setKey(column);
        }
        backlog.setItems(table.rows());
        Downloads.offer(backlogCsv, "backlog.csv", "text/csv", table::csv);
    }

    private String label(Dimension by, String key) {
        if (key == null) {
            return getTranslation("reports.noAgent");
        }
        return switch (by) {
            case CHANNEL -> getTranslation("channel." + key);
            case CATEGORY -> getTranslation("category." + key);
            case PRIORITY -> getTranslation("priority." + key);
            case TIER -> getTranslation("tier." + key);
            case AGENT -> key;
        };
    }

    private static Metrics find(List<Metrics> list, String key) {
        return list.stream().filter(m -> java.util.Objects.equals(m.key(), key)).findFirst().orElse(Metrics.none(key));
    }

    private static Long minutes(Double seconds) {
        return seconds == null ? null : Math.round(seconds / 60);
    }

    private static Double percent(Double rate) {
        return rate == null ? null : Math.round(rate * 1000) / 10.0;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reports.title");
    }

}
