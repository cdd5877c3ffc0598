package io.sportello.ui.desk.results;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.sportello.analytics.AgentResults;
import io.sportello.security.CurrentUser;
import io.sportello.security.Role;
import io.sportello.security.SportelloUser;
import io.sportello.security.UserAccount;
import io.sportello.ui.component.SlaBadge;
import io.sportello.ui.shell.DeskZone;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/**
 * An agent's own results: tickets handled and resolved, first-response and resolution times on business hours,
 * CSAT and every answer with its comment, each beside the team's median. Agents see their own; supervisors pick
 * any agent ({@link AgentResults} decides).
 */
@Route("my-results")
@Menu(title = "menu.myResults", order = 1.5)
@RolesAllowed({Role.Names.AGENT, Role.Names.SUPERVISOR})
public class MyResultsView extends VerticalLayout implements HasDynamicTitle {

    private final AgentResults results;
    private final SportelloUser me;
    private final DateTimeFormatter when;
    private int teamSize;
    final Select<UserAccount> agent = new Select<>();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final HorizontalLayout figures = new HorizontalLayout();
    final Grid<AgentResults.Answer> answers = new Grid<>();
    final Paragraph summary = new Paragraph();

    public MyResultsView(AgentResults results, CurrentUser currentUser, DeskZone zone) {
        this.results = results;
        this.me = currentUser.require();
        this.when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale()).withZone(zone.get());
        setSizeFull();

        List<UserAccount> readable = results.readableBy(me);
        agent.setLabel(getTranslation("results.agent"));
        agent.setItems(readable);
        agent.setItemLabelGenerator(UserAccount::getDisplayName);
        agent.setId("results-agent");
        agent.setVisible(readable.size() > 1);
        readable.stream().filter(a -> a.getUsername().equals(me.getUsername())).findFirst()
                .or(() -> readable.stream().findFirst()).ifPresent(agent::setValue);
        from.setLabel(getTranslation("results.from"));
        from.setId("results-from");
        from.setLocale(getLocale());
        to.setLabel(getTranslation("results.to"));
        to.setId("results-to");
        to.setLocale(getLocale());
        to.setValue(results.today());
        from.setValue(results.today().minusDays(29));
        agent.addValueChangeListener(e -> show());
        from.addValueChangeListener(e -> show());
        to.addValueChangeListener(e -> show());
        HorizontalLayout filters = new HorizontalLayout(agent, from, to);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);

        figures.setId("results-figures");
        figures.addClassName(LumoUtility.FlexWrap.WRAP);
        summary.setId("results-summary");

        answers.setId("results-answers");
        answers.addColumn(AgentResults.Answer::ticketNumber).setHeader(getTranslation("results.col.ticket"))
                .setAutoWidth(true).setFlexGrow(0);
        answers.addColumn(a -> "★".repeat(a.score()) + "☆".repeat(5 - a.score()))
                .setHeader(getTranslation("results.col.score")).setAutoWidth(true).setFlexGrow(0);
        answers.addColumn(a -> a.comment() == null ? "" : a.comment()).setHeader(getTranslation("results.col.comment"))
                .setFlexGrow(3);
        answers.addColumn(AgentResults.Answer::subject).setHeader(getTranslation("results.col.subject")).setFlexGrow(2);
        answers.addColumn(a -> a.answeredAt() == null ? "" : when.format(a.answeredAt()))
                .setHeader(getTranslation("results.col.when")).setAutoWidth(true);

        add(new H2(getTranslation("results.title")), new Paragraph(getTranslation("results.intro")), filters, summary,
                figures, new H3(getTranslation("results.answers")), answers);
        expand(answers);
        show();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("results.title");
    }

    private void show() {
        figures.removeAll();
        if (agent.getValue() == null || from.getValue() == null || to.getValue() == null
                || from.getValue().isAfter(to.getValue())) {
            summary.setText(getTranslation("results.choosePeriod"));
            answers.setItems(List.of());
            return;
        }
        AgentResults.Result r = results.of(me, agent.getValue().getUsername(), from.getValue(), to.getValue());
        var team = r.team();
        teamSize = team.agents();
        summary.setText(getTranslation("results.summary", r.displayName(), team.agents()));
        NumberFormat number = NumberFormat.getIntegerInstance(getLocale());
        NumberFormat percent = NumberFormat.getPercentInstance(getLocale());
        figures.add(
                card("results.handled", number.format(r.mine().created()), team.handled() == null ? null
                        : number.format(Math.round(team.handled()))),
                card("results.resolved", number.format(r.mine().resolvedByAgent()), team.resolved() == null ? null
                        : number.format(Math.round(team.resolved()))),
                card("results.firstResponse", duration(r.mine().firstResponseBusinessMedian()),
                        team.firstResponseBusinessMedian() == null ? null : duration(team.firstResponseBusinessMedian())),
                card("results.resolution", duration(r.mine().resolutionBusinessMedian()),
                        team.resolutionBusinessMedian() == null ? null : duration(team.resolutionBusinessMedian())),
                card("results.csat", r.mine().csat() == null ? getTranslation("results.noData")
                        : percent.format(r.mine().csat()), team.csat() == null ? null : percent.format(team.csat())));
        answers.setItems(r.answers());
    }

    private String duration(Double seconds) {
        return seconds == null ? getTranslation("results.noData")
                : SlaBadge.format(Duration.ofSeconds(Math.round(seconds)), this::getTranslation);
    }

    private Div card(String key, String value, String teamValue) {
        Span label = new Span(getTranslation(key));
        label.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        Span figure = new Span(value);
        figure.addClassNames(LumoUtility.FontSize.XXLARGE, LumoUtility.FontWeight.SEMIBOLD);
        figure.setId("results-" + key.substring("results.".length()));
        Span median = new Span(teamValue != null ? getTranslation("results.teamMedian", teamValue)
                : teamSize < AgentResults.MIN_TEAM ? getTranslation("results.teamTooSmall", AgentResults.MIN_TEAM)
                : getTranslation("results.teamNoData"));
        median.addClassNames(LumoUtility.FontSize.SMALL);
        Div card = new Div(label, new Div(figure), median);
        card.addClassNames(LumoUtility.Padding.MEDIUM, LumoUtility.Border.ALL, LumoUtility.BorderRadius.MEDIUM,
                LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN);
        card.setMinWidth("12em");
        return card;
    }
}
