package io.sportello.ui.customer;

import io.sportello.ui.shell.DeskZone;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.sportello.intake.CustomerPortal;
import io.sportello.ticket.Ticket;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** The customer's own tickets. Without a portal sign-in it sends the visitor to the sign-in page. */
@Route(value = "portal", autoLayout = false)
@AnonymousAllowed
public class PortalView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final java.time.ZoneId zone;

    private final CustomerPortal portal;
    final Grid<Ticket> grid = new Grid<>();

    private final io.sportello.knowledge.KnowledgeBase knowledge;
    private final io.sportello.knowledge.KnowledgeSearch search;

    public PortalView(CustomerPortal portal, DeskZone zone, io.sportello.knowledge.KnowledgeBase knowledge,
                      io.sportello.knowledge.KnowledgeSearch search) {
        this.portal = portal;
        this.knowledge = knowledge;
        this.search = search;
        this.zone = zone.get();
        setMaxWidth("900px");
        addClassName(com.vaadin.flow.theme.lumo.LumoUtility.Margin.Horizontal.AUTO);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var who = PortalSession.current();
        if (who.isEmpty()) {
            event.forwardTo(PortalLoginView.class);
            return;
        }
        removeAll();
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(zone);
        grid.removeAllColumns();
        grid.setId("portal-tickets");
        grid.addComponentColumn(t -> new Anchor("portal/ticket/" + t.getNumber(), t.getNumber()))
                .setHeader(getTranslation("portal.col.number")).setAutoWidth(true);
        grid.addColumn(Ticket::getSubject).setHeader(getTranslation("portal.col.subject")).setFlexGrow(1);
        grid.addColumn(t -> getTranslation("portal.status." + t.getStatus())).setHeader(getTranslation("portal.col.status"))
                .setAutoWidth(true);
        grid.addColumn(t -> when.format(t.getUpdatedAt())).setHeader(getTranslation("portal.col.updated")).setAutoWidth(true);
        grid.setItems(portal.tickets(who.get()));
        grid.setAllRowsVisible(true);
        Button signOut = new Button(getTranslation("nav.signOut"), e -> {
            PortalSession.signOut();
            getUI().ifPresent(ui -> ui.getPage().setLocation("portal/login"));
        });
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout top = new HorizontalLayout(new H1(getTranslation("portal.hello", who.get().displayName())), signOut);
        top.setWidthFull();
        top.setJustifyContentMode(JustifyContentMode.BETWEEN);
        top.setAlignItems(Alignment.BASELINE);
        add(top, askForm(who.get()), grid);
    }

    /**
     * "Ask us something": while the customer writes, the articles that may answer it; "this answered my question"
     * counts a deflection and sends nothing, otherwise the question becomes a ticket (the assistant answers first
     * where it can).
     */
    private com.vaadin.flow.component.Component askForm(CustomerPortal.PortalCustomer who) {
        com.vaadin.flow.component.textfield.TextArea question = new com.vaadin.flow.component.textfield.TextArea(
                getTranslation("portal.ask"));
        question.setId("portal-ask");
        question.setWidthFull();
        question.setMinHeight("5em");
        question.setMaxLength(10_000);
        com.vaadin.flow.component.html.Paragraph sent = new com.vaadin.flow.component.html.Paragraph();
        sent.setId("portal-ask-sent");
        var suggestions = new io.sportello.ui.help.ArticleSuggestions(knowledge, search,
                io.sportello.knowledge.KnowledgeSearchLog.Source.PORTAL, question, question::clear);
        Button send = new Button(getTranslation("portal.ask.send"), e -> {
            try {
                Ticket t = portal.ask(who, question.getValue(), getLocale().getLanguage());
                question.clear();
                question.setInvalid(false);
                suggestions.refresh();
                sent.setText(getTranslation("portal.ask.sent", t.getNumber()));
                grid.setItems(portal.tickets(who));
            } catch (io.sportello.shared.FieldException invalid) {
                question.setErrorMessage(getTranslation("portal.reply.empty"));
                question.setInvalid(true);
            }
        });
        send.setId("portal-ask-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        VerticalLayout form = new VerticalLayout(question, suggestions, send, sent);
        form.setPadding(false);
        return form;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("portal.title");
    }
}
