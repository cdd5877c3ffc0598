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
    @Autowired
    CustomerPortal portal;
    @Autowired
    PortalTokenRepository portalTokens;
    @Autowired
    io.sportello.customer.CustomerService customers;

    @Test
    void aChatMessageLongerThanTheChatTakesIsRefused() {
        String address = "lungo." + UUID.randomUUID().toString().substring(0, 6) + "@esempio.it";
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> chat.start("Lungo", address,
                        "x".repeat(LiveChat.MAX_TEXT + 1), "it"))
                .isInstanceOfSatisfying(io.sportello.shared.FieldException.class,
                        e -> assertThat(e.field()).isEqualTo("textLength"));
    }

    @Test
    void oneAddressStartsAtMostTenChatsAnHour() {
        String address = "molti." + UUID.randomUUID().toString().substring(0, 6) + "@esempio.it";
        for (int i = 0; i < LiveChat.MAX_CHATS_PER_HOUR; i++) {
            chat.start("Molti", address, "Domanda numero " + i, "it");
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> chat.start("Molti", address, "Ancora una", "it"))
                .isInstanceOf(ContactForm.TooManyRequestsException.class);
        clock.pin(clock.instant().plus(java.time.Duration.ofMinutes(61)));
        assertThat(chat.start("Molti", address, "Dopo un'ora", "it").ticketNumber()).isNotNull();
    }

    @Test
    void portalLinksAreRequestedAtMostFiveTimesAnHourPerCustomer() {
        String address = "link." + UUID.randomUUID().toString().substring(0, 6) + "@esempio.it";
        var customer = customers.resolve(io.sportello.shared.Channel.EMAIL, address, "Link", "it");
        for (int i = 0; i < 8; i++) {
            portal.requestLink(address, "it");
        }
        assertThat(portalTokens.countByCustomerIdAndCreatedAtAfter(customer.getId(), clock.instant().minusSeconds(3600)))
                .isEqualTo(CustomerPortal.MAX_LINKS_PER_HOUR);
        clock.pin(clock.instant().plus(java.time.Duration.ofMinutes(61)));
        portal.requestLink(address, "it");
        assertThat(portalTokens.countByCustomerIdAndCreatedAtAfter(customer.getId(), clock.instant().minusSeconds(3600)))
                .isEqualTo(1);
    }

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
