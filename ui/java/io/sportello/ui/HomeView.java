package io.sportello.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.sportello.desk.TicketDesk;
import io.sportello.security.CurrentUser;
import io.sportello.security.SportelloUser;
import io.sportello.ticket.TicketFilter;
import io.sportello.ticket.TicketService;
import io.sportello.ticket.TicketStatus;
import io.sportello.workflow.WorkItemScope;
import io.sportello.workflow.WorkItems;
import io.sportello.workflow.Worker;
import jakarta.annotation.security.PermitAll;
import java.util.EnumSet;
import java.util.stream.Collectors;
import org.springframework.data.domain.Pageable;

@Route("")
@Menu(title = "menu.home", order = 0)
@PermitAll
public class HomeView extends VerticalLayout implements HasDynamicTitle {

    public HomeView(CurrentUser currentUser, WorkItems workItems, TicketService tickets) {
        SportelloUser me = currentUser.require();
        Worker worker = TicketDesk.worker(me);
        add(new H2(getTranslation("home.welcome", me.getDisplayName())));
        add(new Paragraph(getTranslation("home.roles",
                me.getRoles().stream().map(Enum::name).collect(Collectors.joining(", ")))));
        long open = tickets.search(new TicketFilter(EnumSet.of(TicketStatus.NEW, TicketStatus.OPEN,
                TicketStatus.PENDING_CUSTOMER), null, null, null, null, null, null, null, null, null),
                Pageable.ofSize(1)).getTotalElements();
        add(new HorizontalLayout(
                figure("my-work", getTranslation("home.myWork"), workItems.count(worker, WorkItemScope.MINE)),
                figure("team-queue", getTranslation("home.teamQueue"), workItems.count(worker, WorkItemScope.MY_GROUPS)),
                figure("open-tickets", getTranslation("home.openTickets"), open)));
        add(new Paragraph(getTranslation("home.hint")));
    }

    private static Div figure(String id, String label, long value) {
        Span number = new Span(Long.toString(value));
        number.addClassNames(LumoUtility.FontSize.XXXLARGE, LumoUtility.FontWeight.BOLD);
        number.setId(id);
        Div box = new Div(number, new Paragraph(label));
        box.addClassNames(LumoUtility.Padding.MEDIUM, LumoUtility.BorderRadius.MEDIUM, LumoUtility.Background.CONTRAST_5);
        return box;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.title");
    }
}
