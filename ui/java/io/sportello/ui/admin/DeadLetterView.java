package io.sportello.ui.admin;

import io.sportello.ui.shell.DeskZone;
import io.sportello.security.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.sportello.intake.InboundMessage;
import io.sportello.intake.InboundStatus;
import io.sportello.intake.Intake;
import io.sportello.intake.Receipt;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.data.domain.PageRequest;

/**
 * Messages intake kept instead of turning into tickets: dead letters (could not be processed, with the reason and
 * a retry button) and ignored mail (auto-replies, bounces, lists, honeypot hits). The raw payload can be read.
 */
@Route("admin/intake")
@Menu(title = "menu.deadLetters", order = 5)
@RolesAllowed(Role.Names.ADMIN)
public class DeadLetterView extends VerticalLayout implements HasDynamicTitle {

    private static final int PREVIEW = 100_000;

    private final Intake intake;
    private final io.sportello.operations.Reactions reactions;
    final Grid<InboundMessage> grid = new Grid<>();
    final Grid<io.sportello.operations.Reactions.Pending> reactionGrid = new Grid<>();
    private final com.vaadin.flow.component.html.Paragraph reactionsExplained = new com.vaadin.flow.component.html.Paragraph();
    private final Button retryReactions = new Button();
    private final Tab failed = new Tab();
    private final Tab ignored = new Tab();
    private final Tab pendingReactions = new Tab();
    private final Tabs tabs = new Tabs();

    public DeadLetterView(Intake intake, io.sportello.operations.Reactions reactions, DeskZone zone) {
        this.intake = intake;
        this.reactions = reactions;
        setSizeFull();
        failed.setLabel(getTranslation("deadLetters.failed"));
        failed.setId("tab-failed");
        ignored.setLabel(getTranslation("deadLetters.ignored"));
        ignored.setId("tab-ignored");
        pendingReactions.setLabel(getTranslation("deadLetters.reactions"));
        pendingReactions.setId("tab-reactions");
        tabs.add(failed, ignored, pendingReactions);
        tabs.addSelectedChangeListener(e -> refresh());
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(zone.get());
        grid.setId("dead-letter-grid");
        grid.addColumn(m -> when.format(m.getReceivedAt())).setHeader(getTranslation("deadLetters.col.received")).setAutoWidth(true);
        grid.addColumn(m -> m.getChannel() == null ? getTranslation("deadLetters.machine") : getTranslation("channel." + m.getChannel())).setHeader(getTranslation("deadLetters.col.channel")).setAutoWidth(true);
        grid.addColumn(InboundMessage::getSender).setHeader(getTranslation("deadLetters.col.sender")).setAutoWidth(true);
        grid.addColumn(InboundMessage::getSummary).setHeader(getTranslation("deadLetters.col.summary")).setFlexGrow(1);
        grid.addColumn(InboundMessage::getReason).setHeader(getTranslation("deadLetters.col.reason")).setFlexGrow(2);
        grid.addColumn(InboundMessage::getAttempts).setHeader(getTranslation("deadLetters.col.attempts")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setKey("actions").setHeader("").setAutoWidth(true).setFrozenToEnd(true);
        grid.setSizeFull();
        reactionGrid.setId("reaction-grid");
        reactionGrid.addColumn(r -> when.format(r.since())).setHeader(getTranslation("reactions.col.since")).setAutoWidth(true);
        reactionGrid.addColumn(io.sportello.operations.Reactions.Pending::listener)
                .setHeader(getTranslation("reactions.col.listener")).setFlexGrow(1);
        reactionGrid.addColumn(io.sportello.operations.Reactions.Pending::event)
                .setHeader(getTranslation("reactions.col.event")).setFlexGrow(1);
        reactionGrid.setSizeFull();
        reactionsExplained.setText(getTranslation("reactions.explained"));
        retryReactions.setText(getTranslation("reactions.retryAll"));
        retryReactions.setId("retry-reactions");
        retryReactions.addClickListener(e -> {
            reactions.retryAll();
            Notification.show(getTranslation("reactions.retried", reactions.countIncomplete()), 4000,
                    Notification.Position.BOTTOM_START);
            refresh();
        });
        add(new H2(getTranslation("deadLetters.title")), tabs, grid, reactionsExplained, retryReactions, reactionGrid);
        refresh();
    }

    private HorizontalLayout actions(InboundMessage m) {
        Button show = new Button(getTranslation("deadLetters.show"), e -> showRaw(m));
        show.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        show.setId("show-" + m.getId());
        HorizontalLayout actions = new HorizontalLayout(show);
        if (m.getStatus() == InboundStatus.FAILED) {
            Button retry = new Button(getTranslation("deadLetters.retry"), e -> retry(m));
            retry.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            retry.setId("retry-" + m.getId());
            actions.add(retry);
        }
        return actions;
    }

    private void retry(InboundMessage m) {
        Receipt receipt = intake.retry(m.getId());
        Notification.show(receipt.status() == InboundStatus.PROCESSED
                        ? getTranslation("deadLetters.retried", receipt.ticketNumber())
                        : getTranslation("deadLetters.stillFailing", String.valueOf(receipt.reason())),
                5000, Notification.Position.MIDDLE);
        refresh();
    }

    private void showRaw(InboundMessage m) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("deadLetters.raw", m.getId()));
        String raw = intake.get(m.getId()).payloadText();
        Pre pre = new Pre(raw.length() > PREVIEW ? raw.substring(0, PREVIEW) + "\n…" : raw);
        pre.setId("raw-payload");
        pre.addClassNames(com.vaadin.flow.theme.lumo.LumoUtility.Whitespace.PRE_WRAP, com.vaadin.flow.theme.lumo.LumoUtility.Overflow.AUTO, "raw-message");
        dialog.add(pre);
        dialog.setWidth("80vw");
        dialog.getFooter().add(new Button(getTranslation("action.close"), e -> dialog.close()));
        dialog.open();
    }

    void refresh() {
        boolean showReactions = tabs.getSelectedTab() == pendingReactions;
        grid.setVisible(!showReactions);
        reactionGrid.setVisible(showReactions);
        reactionsExplained.setVisible(showReactions);
        retryReactions.setVisible(showReactions);
        long waiting = reactions.countIncomplete();
        pendingReactions.setLabel(getTranslation("deadLetters.reactions") + (waiting > 0 ? " (" + waiting + ")" : ""));
        if (showReactions) {
            reactionGrid.setItems(reactions.incomplete(500));
            return;
        }
        Set<InboundStatus> statuses = tabs.getSelectedTab() == ignored ? EnumSet.of(InboundStatus.IGNORED)
                : EnumSet.of(InboundStatus.FAILED);
        grid.setItems(query -> intake.list(statuses, PageRequest.of(query.getPage(), query.getPageSize())).stream());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("deadLetters.title");
    }
}
