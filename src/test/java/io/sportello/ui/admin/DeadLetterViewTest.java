package io.sportello.ui.admin;

import io.sportello.ui.KaribuTest;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;

import com.github.mvysny.kaributesting.v10.GridKt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Pre;
import io.sportello.intake.Inbound;
import io.sportello.intake.InboundStatus;
import io.sportello.intake.Intake;
import io.sportello.intake.Receipt;
import io.sportello.shared.Channel;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Administrators see what intake could not process, read the original and retry it. */
class DeadLetterViewTest extends KaribuTest {

    @Autowired
    Intake intake;

    private Receipt deadLetter() {
        String body = "{\"name\":\"Broken\",\"email\":\"x@example.it\",\"topic\":\"NOT_A_TOPIC\",\"message\":\"" + UUID.randomUUID() + "\"}";
        return intake.receive(new Inbound(Channel.WEB_FORM, "form", "form:" + UUID.randomUUID(), "x@example.it", null,
                "broken form", body.getBytes(StandardCharsets.UTF_8), false));
    }

    @Test
    void anAdministratorReadsTheOriginalAndRetries() {
        Receipt dead = deadLetter();
        assertThat(dead.status()).isEqualTo(InboundStatus.FAILED);
        login("admin");
        UI.getCurrent().navigate(DeadLetterView.class);
        DeadLetterView view = _get(DeadLetterView.class);
        int row = IntStream.range(0, _size(view.grid)).filter(i -> _getFormattedRow(view.grid, i).toString()
                .contains("NOT_A_TOPIC")).findFirst().orElseThrow();
        assertThat(_getFormattedRow(view.grid, row).toString()).contains("broken form");

        var actions = GridKt._getCellComponent(view.grid, row, "actions");
        _click(_get(actions, Button.class, spec -> spec.withId("show-" + dead.inboundId())));
        assertThat(_get(Pre.class, spec -> spec.withId("raw-payload")).getText()).contains("\"topic\":\"NOT_A_TOPIC\"");

        _click(_get(actions, Button.class, spec -> spec.withId("retry-" + dead.inboundId())));
        assertThat(intake.get(dead.inboundId()).getAttempts()).isEqualTo(2);
        assertThat(intake.get(dead.inboundId()).getStatus()).isEqualTo(InboundStatus.FAILED);
    }

    @Test
    void reactionsThatDidNotCompleteAreListedAndRunAgain(@Autowired io.sportello.desk.TicketDesk desk,
                                                         @Autowired io.sportello.SynchronousReactions.Probe probe) {
        var ticket = desk.open(new io.sportello.desk.OpenTicket(Channel.EMAIL, "r." + UUID.randomUUID() + "@example.it",
                "Rita", "Reso", "Come faccio il reso?", io.sportello.ticket.Category.RETURN, null, "it", null, null),
                io.sportello.shared.Actor.system()).ticket();
        probe.failWith("down");
        try {
            desk.agentReply(ticket.getNumber(), "Ecco l'etichetta.", users.get("luca"));
        } finally {
            probe.heal();
        }
        login("admin");
        UI.getCurrent().setLocale(java.util.Locale.ITALIAN);
        UI.getCurrent().navigate(DeadLetterView.class);
        DeadLetterView view = _get(DeadLetterView.class);
        com.vaadin.flow.component.tabs.Tab tab = _get(com.vaadin.flow.component.tabs.Tab.class,
                spec -> spec.withId("tab-reactions"));
        assertThat(tab.getLabel()).startsWith("Reazioni non completate (");
        _get(com.vaadin.flow.component.tabs.Tabs.class).setSelectedTab(tab);
        assertThat(IntStream.range(0, _size(view.reactionGrid)).mapToObj(i -> _getFormattedRow(view.reactionGrid, i)
                .toString())).anyMatch(row -> row.contains("Probe.on") && row.contains("TicketMessageAdded"));

        _click(_get(Button.class, spec -> spec.withId("retry-reactions")));
        assertThat(IntStream.range(0, _size(view.reactionGrid)).mapToObj(i -> _getFormattedRow(view.reactionGrid, i)
                .toString())).noneMatch(row -> row.contains("Probe.on"));
    }

    @Test
    void agentsCannotOpenIt() {
        login("luca");
        assertThatThrownBy(() -> UI.getCurrent().navigate(DeadLetterView.class)).isInstanceOf(com.github.mvysny.kaributesting.v10.MockAccessDeniedException.class);
    }
}
