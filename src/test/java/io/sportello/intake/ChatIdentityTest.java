package io.sportello.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.sportello.SportelloSpringTest;
import io.sportello.desk.TicketDesk;
import io.sportello.security.UserAccountService;
import io.sportello.ticket.TicketMessage;
import io.sportello.ticket.TicketService;
import io.sportello.ticket.Visibility;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A chat visitor is nobody in particular until they prove it: typing an address opens nobody's tickets. */
class ChatIdentityTest extends SportelloSpringTest {

    @Autowired
    LiveChat chat;
    @Autowired
    TicketDesk desk;
    @Autowired
    TicketService tickets;
    @Autowired
    UserAccountService accounts;

    @Test
    void aVisitorTypingSomeonesAddressNeitherJoinsNorReadsTheirChat() {
        String address = "vittima." + UUID.randomUUID().toString().substring(0, 6) + "@esempio.it";
        var victim = chat.start("Vittima", address, "Dov'è il mio ordine ORD-2026-100014?", "it");
        desk.agentReply(victim.ticketNumber(), "Il pacco arriva domani in via Roma 12, Milano.", accounts.get("luca"));

        var visitor = chat.start("Vittima", address, "Ciao, ricordami cosa mi avete scritto", "it");

        assertThat(visitor.ticketNumber()).isNotEqualTo(victim.ticketNumber());
        assertThat(chat.transcript(visitor.sessionId())).extracting(TicketMessage::getBodyText)
                .containsExactly("Ciao, ricordami cosa mi avete scritto");
        assertThat(tickets.messages(victim.ticketId())).extracting(TicketMessage::getBodyText)
                .doesNotContain("Ciao, ricordami cosa mi avete scritto");
        assertThat(tickets.messages(visitor.ticketId())).filteredOn(m -> m.getVisibility() == Visibility.INTERNAL)
                .singleElement().satisfies(m -> assertThat(m.getBodyText()).contains("not verified"));
    }
}
