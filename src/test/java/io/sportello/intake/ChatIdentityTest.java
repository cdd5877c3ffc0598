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
    @Autowired
    com.icegreen.greenmail.util.GreenMail greenMail;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

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

    @Test
    void aCustomerWhoProvesTheAddressWithTheMailedCodeContinuesTheirConversation() {
        String address = "ripresa." + UUID.randomUUID().toString().substring(0, 6) + "@esempio.it";
        customers.resolve(io.sportello.shared.Channel.EMAIL, address, "Rita Pavone", "it");
        Long first = chat.requestCode(address, "it", null);
        await(address, 1);
        assertThat(chat.prove(first, io.sportello.SurveyLinks.chatCode(greenMail, address))).isEqualTo(ChatProof.Outcome.PROVEN);
        var earlier = chat.startProven(first, "Rita Pavone", "Dov'è il mio ordine ORD-2026-100015?", "it", null);
        desk.agentReply(earlier.ticketNumber(), "Il pacco arriva domani in via Roma 12, Milano.", accounts.get("luca"));
        chat.end(earlier.sessionId());
        // somebody else types her address: a chat of its own, never continued by a proof
        var pretender = chat.start("Rita Pavone", address, "Cambiate l'indirizzo di consegna, per favore", "it");
        assertThat(pretender.ticketNumber()).isNotEqualTo(earlier.ticketNumber());

        // somebody who only knows the address asks for a code and guesses
        Long guess = chat.requestCode(address, "it", "198.51.100.7");
        await(address, 2);
        String code = io.sportello.SurveyLinks.chatCode(greenMail, address);
        String wrong = code.substring(0, 5) + (code.charAt(5) == '9' ? '0' : (char) (code.charAt(5) + 1));
        for (int i = 1; i < ChatProof.MAX_ATTEMPTS; i++) {
            assertThat(chat.prove(guess, wrong)).isEqualTo(ChatProof.Outcome.WRONG);
        }
        assertThat(chat.prove(guess, wrong)).as("the fifth wrong try spends the code").isEqualTo(ChatProof.Outcome.SPENT);
        assertThat(chat.prove(guess, code)).as("even the right code, once spent").isEqualTo(ChatProof.Outcome.SPENT);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> chat.continueChat(guess))
                .isInstanceOf(io.sportello.shared.RuleViolationException.class);

        // the customer reads the new code in their mailbox
        Long request = chat.requestCode(" " + address.toUpperCase(java.util.Locale.ROOT) + " ", "it", "198.51.100.8");
        await(address, 3);
        String fresh = io.sportello.SurveyLinks.chatCode(greenMail, address);
        assertThat(fresh).as("a new request, a new code").isNotNull();
        assertThat(chat.prove(request, " " + fresh.substring(0, 3) + " " + fresh.substring(3) + " "))
                .as("spaces typed around or inside the code do not matter").isEqualTo(ChatProof.Outcome.PROVEN);
        var continued = chat.continueChat(request).orElseThrow();

        assertThat(continued.ticketNumber()).as("her own proven chat, not the newer one opened by a typed address")
                .isEqualTo(earlier.ticketNumber());
        assertThat(chat.transcript(continued.sessionId())).extracting(TicketMessage::getBodyText)
                .contains("Dov'è il mio ordine ORD-2026-100015?", "Il pacco arriva domani in via Roma 12, Milano.");
        chat.write(continued.sessionId(), "Grazie, e se non sono in casa?");
        assertThat(tickets.messages(earlier.ticketId())).extracting(TicketMessage::getBodyText)
                .contains("Grazie, e se non sono in casa?");
        assertThat(tickets.history(earlier.ticketId())).filteredOn(e -> e.getReason() != null)
                .extracting(e -> e.getReason().code()).contains(io.sportello.ticket.HistoryReason.CHAT_CONTINUED_PROVEN);

        // the desk keeps no code: the proof only a hash, the mail's copy only dots once sent
        org.awaitility.Awaitility.await().atMost(io.sportello.SurveyLinks.MAIL_WAIT).until(() -> jdbc.queryForList(
                "select id from outbound_delivery where status in ('PENDING', 'SENDING') and recipient = ?", address).isEmpty());
        assertThat(jdbc.queryForList("select body, secret_link from outbound_delivery where kind = 'CHAT_CODE' and recipient = ?",
                address)).hasSize(3).allSatisfy(row -> {
                    assertThat(String.valueOf(row.get("BODY"))).doesNotContain(code).doesNotContain(fresh).contains("\u2022\u2022\u2022\u2022\u2022\u2022");
                    assertThat(row.get("SECRET_LINK")).isNull();
                });
        assertThat(jdbc.queryForList("select * from chat_proof where address = ?", address)).allSatisfy(row ->
                assertThat(row.values()).noneMatch(v -> v != null && (v.toString().equals(code) || v.toString().equals(fresh))));
        // and its hash is keyed: trying the million codes against the database alone finds none
        var proven = jdbc.queryForMap("select id, code_hash from chat_proof where id = ?", request);
        assertThat(proven.get("CODE_HASH")).isNotNull()
                .isNotEqualTo(io.sportello.shared.Secrets.hash(proven.get("ID") + ":" + fresh));
    }

    @Test
    void aCodeForAnAddressNobodyUsedSendsNothingAndProvesNothing() {
        String address = "nessuno." + UUID.randomUUID().toString().substring(0, 6) + "@esempio.it";
        Long request = chat.requestCode(address, "it", "198.51.100.9");
        assertThat(request).as("the page carries on the same way").isNotNull();
        assertThat(io.sportello.SurveyLinks.receivedBy(greenMail, address)).isEmpty();
        assertThat(chat.prove(request, "000000")).isEqualTo(ChatProof.Outcome.WRONG);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> chat.requestCode("non un indirizzo", "it", null))
                .isInstanceOfSatisfying(io.sportello.shared.FieldException.class, e -> assertThat(e.field()).isEqualTo("email"));
    }

    @Test
    void aProvenVisitorWithoutAnOpenConversationStartsAChatTheAgentsCanTrust() {
        String address = "nuova." + UUID.randomUUID().toString().substring(0, 6) + "@esempio.it";
        var old = chat.start("Nina Zilli", address, "Avete la taglia 40?", "it");
        var luca = accounts.get("luca");
        desk.claim(old.ticketNumber(), luca);
        desk.resolve(old.ticketNumber(), io.sportello.ticket.ResolutionCode.ANSWERED, "Sì, disponibile", luca);
        jdbc.update("update ticket set status = 'CLOSED' where id = ?", old.ticketId());

        Long request = chat.requestCode(address, "it", null);
        assertThat(chat.prove(request, io.sportello.SurveyLinks.chatCode(greenMail, address))).isEqualTo(ChatProof.Outcome.PROVEN);
        assertThat(chat.continueChat(request)).as("a closed conversation is not continued").isEmpty();

        var started = chat.startProven(request, "Nina Zilli", "Vorrei cambiare la taglia del mio ordine", "it", null);
        assertThat(started.ticketNumber()).isNotEqualTo(old.ticketNumber());
        assertThat(tickets.messages(started.ticketId())).filteredOn(m -> m.getVisibility() == Visibility.INTERNAL)
                .as("no 'identity not verified' note").isEmpty();
        assertThat(tickets.history(started.ticketId())).filteredOn(e -> e.getReason() != null)
                .extracting(e -> e.getReason().code()).contains(io.sportello.ticket.HistoryReason.CHAT_ADDRESS_PROVEN);
    }

    @Test
    void aProofHoldsForHalfAnHour() {
        String address = "mezzora." + UUID.randomUUID().toString().substring(0, 6) + "@esempio.it";
        chat.start("Ada Negri", address, "Una domanda", "it");
        Long request = chat.requestCode(address, "it", null);
        String code = io.sportello.SurveyLinks.chatCode(greenMail, address);
        clock.pin(clock.instant().plus(LiveChat.CODE_VALIDITY).plusSeconds(1));
        assertThat(chat.prove(request, code)).as("a code works for ten minutes").isEqualTo(ChatProof.Outcome.SPENT);

        Long again = chat.requestCode(address, "it", null);
        await(address, 2);
        assertThat(chat.prove(again, io.sportello.SurveyLinks.chatCode(greenMail, address))).isEqualTo(ChatProof.Outcome.PROVEN);
        assertThat(chat.continueChat(again)).as("only a chat a proven visitor held is continued").isEmpty();
        assertThat(chat.startProven(again, "Ada Negri", "Ancora io", "it", null).ticketNumber()).isNotNull();
        clock.pin(clock.instant().plus(LiveChat.PROOF_HOLDS));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> chat.continueChat(again))
                .isInstanceOf(io.sportello.shared.RuleViolationException.class);
    }

    /** Waits (bounded) for the n-th chat code mailed to the address. */
    private void await(String address, int codes) {
        org.awaitility.Awaitility.await().atMost(io.sportello.SurveyLinks.MAIL_WAIT)
                .until(() -> io.sportello.SurveyLinks.receivedBy(greenMail, address).stream().filter(m -> {
                    try {
                        return m.getSubject().contains("codice");
                    } catch (jakarta.mail.MessagingException e) {
                        return false;
                    }
                }).count() >= codes);
    }
}
