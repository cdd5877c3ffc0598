package io.sportello.ui.desk.workspace;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.sportello.intake.ChatSession;
import io.sportello.sla.SlaService;
import io.sportello.ticket.Category;
import io.sportello.ticket.Priority;
import io.sportello.ticket.Ticket;
import io.sportello.ui.component.SlaBadge;
import io.sportello.ui.desk.workspace.WorkspaceEvents.CategoryChosen;
import io.sportello.ui.desk.workspace.WorkspaceEvents.LanguageChosen;
import io.sportello.ui.desk.workspace.WorkspaceEvents.PriorityChosen;
import java.time.Instant;
import java.util.function.Function;

/**
 * The workspace header: number and subject, status, tier and channel, priority, category and language (changed
 * here; while the ticket is worked a change triages it again), who
 * works the ticket, both SLA clocks, and the live chat's state.
 */
class TicketHeader extends Div {

    private final SlaService sla;

    TicketHeader(SlaService sla) {
        this.sla = sla;
    }

    void show(WorkspaceReads.Workspace w, Instant now, Function<Instant, String> format) {
        removeAll();
        Ticket ticket = w.ticket();
        H2 title = new H2(ticket.getNumber() + " · " + ticket.getSubject());
        title.addClassNames(LumoUtility.Margin.NONE, LumoUtility.FontSize.XLARGE);
        title.setId("ticket-title");

        Select<Priority> priority = new Select<>();
        priority.setLabel(getTranslation("inbox.col.priority"));
        priority.setItems(Priority.values());
        priority.setItemLabelGenerator(p -> getTranslation("priority." + p));
        priority.setValue(ticket.getPriority());
        priority.setId("priority");
        priority.setEnabled(ticket.isOpen());
        priority.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                fireEvent(new PriorityChosen(this, e.getValue()));
            }
        });
        Select<Category> category = new Select<>();
        category.setLabel(getTranslation("inbox.col.category"));
        category.setItems(Category.values());
        category.setItemLabelGenerator(c -> getTranslation("category." + c));
        category.setValue(ticket.getCategory());
        category.setId("category");
        category.setEnabled(ticket.isOpen());
        category.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                fireEvent(new CategoryChosen(this, e.getValue()));
            }
        });
        Select<String> language = new Select<>();
        language.setLabel(getTranslation("ticket.language"));
        language.setItems(w.languages());
        language.setItemLabelGenerator(l -> getTranslation("understanding.language." + l));
        language.setValue(w.languages().contains(ticket.getLanguage()) ? ticket.getLanguage() : null);
        language.setId("language");
        language.setEnabled(ticket.isOpen());
        language.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                fireEvent(new LanguageChosen(this, e.getValue()));
            }
        });
        HorizontalLayout facts = new HorizontalLayout(chip(getTranslation("status." + ticket.getStatus()), "ticket-status"),
                chip(ticket.getTier().name(), "ticket-tier"),
                chip(getTranslation("channel." + ticket.getChannel()), "ticket-channel"), priority, category, language);
        facts.setAlignItems(FlexComponent.Alignment.BASELINE);
        Span assignee = new Span(getTranslation("ticket.assignee", w.assigneeName() == null
                ? getTranslation("ticket.unassigned") : w.assigneeName()));
        assignee.setId("ticket-assignee");

        HorizontalLayout clocks = new HorizontalLayout();
        clocks.setId("sla-clocks");
        clocks.add(new Span(getTranslation("sla.firstResponse")));
        if (ticket.getFirstResponseAt() != null) {
            clocks.add(chip(getTranslation("sla.met", format.apply(ticket.getFirstResponseAt())), "sla-first-response"));
        } else {
            Span badge = SlaBadge.of(ticket.getFirstResponseDue(), null, ticket.isSlaPaused(), now, sla, this::getTranslation);
            badge.setId("sla-first-response");
            clocks.add(badge);
        }
        clocks.add(new Span(getTranslation("sla.resolution")));
        Span resolution = ticket.getResolvedAt() != null
                ? chip(getTranslation("sla.resolvedAt", format.apply(ticket.getResolvedAt())), "sla-resolution")
                : SlaBadge.of(ticket.getResolutionDue(), w.sla().orElse(null), ticket.isSlaPaused(), now, sla,
                this::getTranslation);
        resolution.setId("sla-resolution");
        clocks.add(resolution);
        add(title, facts, assignee, clocks);
        w.chat().ifPresent(chat -> add(chatBanner(chat, now)));
    }

    private Span chatBanner(ChatSession chat, Instant now) {
        long waited = chat.waited(now).toSeconds();
        String text = switch (chat.getStatus()) {
            case WAITING -> getTranslation("chat.agent.waiting", waited / 60, waited % 60);
            case ACTIVE -> getTranslation("chat.agent.active", waited / 60, waited % 60);
            case ENDED -> getTranslation("chat.agent.ended");
            case ABANDONED -> getTranslation("chat.agent.abandoned", waited / 60, waited % 60);
        };
        Span banner = chip(text, "chat-banner");
        banner.getElement().setAttribute("data-status", chat.getStatus().name());
        switch (chat.getStatus()) {
            case WAITING, ABANDONED -> banner.addClassName("chip--alert");
            case ACTIVE -> banner.addClassName("chip--good");
            default -> {
            }
        }
        return banner;
    }

    static Span chip(String text, String id) {
        Span s = new Span(text);
        s.setId(id);
        s.addClassName("chip");
        return s;
    }

    Registration onPriority(ComponentEventListener<PriorityChosen> listener) {
        return addListener(PriorityChosen.class, listener);
    }

    Registration onCategory(ComponentEventListener<CategoryChosen> listener) {
        return addListener(CategoryChosen.class, listener);
    }

    Registration onLanguage(ComponentEventListener<LanguageChosen> listener) {
        return addListener(LanguageChosen.class, listener);
    }
}
