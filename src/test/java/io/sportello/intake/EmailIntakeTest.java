package io.sportello.intake;

import static io.sportello.intake.MailTestSupport.mail;
import static io.sportello.intake.MailTestSupport.newId;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import io.sportello.SportelloSpringTest;
import io.sportello.customer.CustomerService;
import io.sportello.desk.TicketDesk;
import io.sportello.security.UserAccountService;
import io.sportello.shared.Channel;
import io.sportello.ticket.Ticket;
import io.sportello.ticket.TicketEventType;
import io.sportello.ticket.TicketMessage;
import io.sportello.ticket.TicketService;
import jakarta.mail.internet.MimeMessage;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/** E-mail through a real (embedded GreenMail) SMTP/IMAP server: in, threading, duplicates, loops, bad input, out. */
class EmailIntakeTest extends SportelloSpringTest {

    @Autowired
    GreenMail greenMail;
    @Autowired
    Mailbox mailbox;
    @Autowired
    Intake intake;
    @Autowired
    TicketService tickets;
    @Autowired
    TicketDesk desk;
    @Autowired
    CustomerService customers;
    @Autowired
    UserAccountService accounts;
    @Autowired
    Outbox outbox;
    @Autowired
    OutboundDispatcher dispatcher;
    @Autowired
    EmailIntake emails;
    @Autowired
    MailSpool spool;

    MailTestSupport mails;

    @BeforeEach
    void mailServer() {
        mails = new MailTestSupport(greenMail);
    }

    private Ticket ticketOf(String messageId) {
        return tickets.findByMessageExternalId(messageId).orElseThrow(() -> new AssertionError("no ticket for " + messageId));
    }

    @Test
    void aNewMailOpensATicketOfThatCustomerAndIsAcknowledgedWithTheNumber() throws Exception {
        String id = newId();
        mails.send(mail("Anna Rossi <anna.rossi@example.it>", "Ordine ORD-2026-100007 non arrivato", id, "",
                "Buongiorno, il mio ordine non è ancora arrivato."));
        assertThat(mailbox.pollNow()).isEqualTo(1);

        Ticket ticket = ticketOf(id);
        assertThat(ticket.getChannel()).isEqualTo(Channel.EMAIL);
        assertThat(ticket.getSubject()).isEqualTo("Ordine ORD-2026-100007 non arrivato");
        assertThat(ticket.getOrderNumber()).isEqualTo("ORD-2026-100007");
        assertThat(customers.get(ticket.getCustomerId()).getEmail()).isEqualTo("anna.rossi@example.it");
        assertThat(customers.get(ticket.getCustomerId()).getDisplayName()).isEqualTo("Anna Rossi");
        // (the assistant may answer too: what came in is one message)
        assertThat(tickets.messages(ticket.getId()).stream()
                .filter(m -> m.getDirection() == io.sportello.ticket.Direction.INBOUND)).singleElement()
                .satisfies(m -> assertThat(m.getBodyText()).contains("non è ancora arrivato"));

        List<MimeMessage> ack = mails.awaitReceived("anna.rossi@example.it", 1);
        assertThat(ack).hasSize(1);
        assertThat(ack.get(0).getSubject()).contains(ticket.getNumber());
        assertThat(ack.get(0).getHeader("Auto-Submitted", null)).isEqualTo("auto-generated");
        assertThat(ack.get(0).getHeader("In-Reply-To", null)).isEqualTo(id);
    }

    @Test
    void aReplyToOurMailJoinsItsTicketAndKeepsOnlyWhatTheCustomerWrote() throws Exception {
        String first = newId();
        mails.send(mail("marta.bianchi@example.it", "Reso di una giacca", first, "", "Vorrei restituire la giacca."));
        mailbox.pollNow();
        Ticket ticket = ticketOf(first);
        MimeMessage ack = mails.awaitReceived("marta.bianchi@example.it", 1).get(0);

        String reply = newId();
        mails.send(mail("marta.bianchi@example.it", "Re: " + ack.getSubject(), reply,
                "In-Reply-To: " + ack.getMessageID() + "\nReferences: " + first + " " + ack.getMessageID(),
                "La taglia è M, grazie.\n\nIl giorno lun 23 nov 2026 Sportello ha scritto:\n> ##- Scrivi la tua risposta sopra questa riga -##\n> Ciao Marta"));
        mailbox.pollNow();

        assertThat(ticketOf(reply).getNumber()).isEqualTo(ticket.getNumber());
        assertThat(tickets.messages(ticket.getId())).extracting(TicketMessage::getBodyText)
                .containsExactly("Vorrei restituire la giacca.", "La taglia è M, grazie.");
    }

    @Test
    void theTicketNumberInTheSubjectThreadsOnlyForTheTicketsOwnCustomer() throws Exception {
        String first = newId();
        mails.send(mail("paolo.verdi@example.it", "Pagamento doppio", first, "", "Mi avete addebitato due volte."));
        mailbox.pollNow();
        Ticket ticket = ticketOf(first);

        String own = newId();
        mails.send(mail("paolo.verdi@example.it", "Ancora su " + ticket.getNumber(), own, "", "Allego l'estratto conto."));
        String stranger = newId();
        mails.send(mail("intruso@example.com", "Re: [" + ticket.getNumber() + "]", stranger, "", "Fatemi vedere il ticket"));
        mailbox.pollNow();

        assertThat(ticketOf(own).getNumber()).isEqualTo(ticket.getNumber());
        assertThat(ticketOf(stranger).getNumber()).isNotEqualTo(ticket.getNumber());
    }

    @Test
    void aThreadingHeaderJoinsATicketOnlyForItsCustomerAndOnlyWhenTheDeskSentThatMessage() throws Exception {
        String first = newId();
        mails.send(mail("lucia.neri@example.it", "Rimborso non arrivato", first, "", "Aspetto ancora il rimborso."));
        mailbox.pollNow();
        Ticket ticket = ticketOf(first);
        MimeMessage ack = mails.awaitReceived("lucia.neri@example.it", 1).get(0);

        // somebody who got the acknowledgement forwarded answers it: a new ticket, linked for the agents
        String forwarded = newId();
        mails.send(mail("curioso@example.com", "Re: " + ack.getSubject().replace(ticket.getNumber(), ""), forwarded,
                "In-Reply-To: " + ack.getMessageID(), "Che cosa è successo?"));
        // a made-up id shaped like ours (the ticket number is public) threads nothing: the desk never sent it
        String forged = newId();
        String madeUp = "<" + ticket.getNumber() + ".00000000-0000-0000-0000-000000000000@sportello.local>";
        mails.send(mail("intruso@example.com", "Una domanda", forged, "In-Reply-To: " + madeUp + "\nReferences: "
                + madeUp, "Fatemi vedere lo storico"));
        mailbox.pollNow();

        Ticket linked = ticketOf(forwarded);
        assertThat(linked.getNumber()).isNotEqualTo(ticket.getNumber());
        assertThat(tickets.history(linked.getId())).anyMatch(e -> e.getType() == TicketEventType.LINKED
                && e.getReason().arguments().contains(ticket.getNumber()));
        assertThat(ticketOf(forged).getNumber()).isNotEqualTo(ticket.getNumber());
        assertThat(tickets.messages(ticket.getId()).stream()
                .filter(m -> m.getDirection() == io.sportello.ticket.Direction.INBOUND)).as("only Lucia's own mail")
                .singleElement();
    }

    @Test
    void rawUtf8AndEncodedHeadersAreBothReadCorrectly() throws Exception {
        String raw8 = newId();
        emails.receive(mail("Niccolò Fabbri <niccolo@example.it>", "Dov'è il mio ordine?", raw8, "", "Perché non arriva?")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String encoded = newId();
        emails.receive(mail("=?UTF-8?Q?Niccol=C3=B2_Fabbri?= <niccolo@example.it>", "=?UTF-8?Q?Pi=C3=B9_informazioni?=",
                encoded, "", "Grazie").getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(ticketOf(raw8).getSubject()).isEqualTo("Dov'è il mio ordine?");
        assertThat(customers.get(ticketOf(raw8).getCustomerId()).getDisplayName()).isEqualTo("Niccolò Fabbri");
        assertThat(ticketOf(encoded).getSubject()).isEqualTo("Più informazioni");
    }

    @Test
    void mailThatCouldNotBeStoredIsSpooledAndTakenLater() throws Exception {
        String id = newId();
        byte[] raw = mail("ada@example.it", "Mentre il database era giù", id, "", "Scrivo durante un guasto.")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        spool.keep(raw, new IllegalStateException("database unavailable"));
        assertThat(tickets.findByMessageExternalId(id)).isEmpty();

        assertThat(spool.retry()).isEqualTo(1);
        assertThat(ticketOf(id).getSubject()).isEqualTo("Mentre il database era giù");
        assertThat(spool.retry()).isZero();
    }

    @Test
    void theSameMessageIdTwiceGivesOneMessage() throws Exception {
        String id = newId();
        String raw = mail("luigi.neri@example.it", "Codice sconto", id, "", "Il codice sconto non funziona.");
        mails.send(raw);
        mails.send(raw);
        mailbox.pollNow();

        Ticket ticket = ticketOf(id);
        assertThat(tickets.messages(ticket.getId()).stream()
                .filter(m -> m.getDirection() == io.sportello.ticket.Direction.INBOUND)).hasSize(1);
        assertThat(tickets.ofCustomer(ticket.getCustomerId())).hasSize(1);
        assertThat(new EmailIntakeReceipts(intake).duplicateOf(id)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Auto-Submitted: auto-replied",
            "Precedence: bulk",
            "List-Id: <offerte.negozio.example>",
            "X-Autoreply: yes",
            "Return-Path: <>"})
    void automaticMailNeverOpensATicketNorGetsAnAnswer(String header) throws Exception {
        String id = newId();
        String from = "robot" + Math.abs(header.hashCode()) + "@example.org";
        mails.send(mail(from, "Risposta automatica: fuori ufficio", id, header, "Sono fuori ufficio fino a lunedì."));
        mailbox.pollNow();

        assertThat(tickets.findByMessageExternalId(id)).isEmpty();
        InboundMessage kept = intake.list(Set.of(InboundStatus.IGNORED), org.springframework.data.domain.Pageable.ofSize(50))
                .stream().filter(m -> m.getDedupeKey().equals("email:" + id)).findFirst().orElseThrow();
        assertThat(kept.getReason()).isNotBlank();
        dispatcher.sendDue();
        assertThat(mails.receivedBy(from)).isEmpty();
    }

    @Test
    void bouncesFromTheMailerDaemonAreIgnored() throws Exception {
        String id = newId();
        mails.send(mail("MAILER-DAEMON@mx.example.org", "Undelivered Mail Returned to Sender", id, "", "Delivery failed"));
        mailbox.pollNow();
        assertThat(tickets.findByMessageExternalId(id)).isEmpty();
    }

    @Test
    void malformedMimeBecomesADeadLetterWithTheRawMessageAndCanBeRetried() throws Exception {
        String id = newId();
        // a multipart without its boundary is read the way mail clients read it (MailCorpusTest); what nobody could
        // answer is a mail without any sender
        mails.send("Sender: \nTo: support@sportello.local\nSubject: Rotto\nMessage-ID: " + id
                + "\nMIME-Version: 1.0\nContent-Type: text/plain\n\nno sender here at all\n");
        mailbox.pollNow();

        InboundMessage dead = intake.list(Set.of(InboundStatus.FAILED), org.springframework.data.domain.Pageable.ofSize(50))
                .stream().filter(m -> m.getDedupeKey().equals("email:" + id)).findFirst().orElseThrow();
        assertThat(dead.getReason()).containsIgnoringCase("sender");
        assertThat(dead.payloadText()).contains("no sender here at all");
        assertThat(intake.retry(dead.getId()).status()).isEqualTo(InboundStatus.FAILED);
        assertThat(intake.get(dead.getId()).getAttempts()).isEqualTo(2);
    }

    @Test
    void attachmentsAreCheckedByContentSizeAndCount() throws Exception {
        String id = newId();
        byte[] png = Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
        byte[] exe = new byte[512];
        exe[0] = 'M';
        exe[1] = 'Z';
        byte[] big = new byte[1_200_000];
        String raw = "From: dario@example.it\nTo: support@sportello.local\nSubject: Foto del pacco\nMessage-ID: " + id
                + "\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=XYZ\n\n"
                + "--XYZ\nContent-Type: text/plain; charset=UTF-8\n\nEcco le foto.\n"
                + part("pacco.png", "image/png", png)
                + part("fattura.pdf", "application/pdf", exe)
                + part("video.txt", "text/plain", big)
                + "--XYZ--\n";
        mails.send(raw);
        mailbox.pollNow();

        Ticket ticket = ticketOf(id);
        TicketMessage first = tickets.messages(ticket.getId()).get(0);
        assertThat(first.getAttachments()).singleElement().satisfies(a -> {
            assertThat(a.fileName()).isEqualTo("pacco.png");
            assertThat(a.contentType()).isEqualTo("image/png");
            assertThat(a.storageKey()).matches("[0-9a-f]{32}");
        });
        assertThat(tickets.history(ticket.getId())).anySatisfy(e -> {
            assertThat(e.getType()).isEqualTo(TicketEventType.ATTACHMENT_REJECTED);
            assertThat(e.getDetail()).contains("fattura.pdf").contains("video.txt");
        });
        assertThat(tickets.messages(ticket.getId())).anySatisfy(m -> {
            assertThat(m.isInternalNote()).isTrue();
            assertThat(m.getBodyText()).contains("fattura.pdf");
        });
    }

    private OutboundDelivery awaitReply(Long ticketId, OutboundDelivery.Status status) {
        return org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).until(
                () -> outbox.ofTicket(ticketId).stream().filter(d -> d.getKind() == OutboundDelivery.Kind.REPLY)
                        .findFirst().orElseThrow(), reply -> reply.getStatus() == status);
    }

    private static String part(String name, String type, byte[] content) {
        return "--XYZ\nContent-Type: " + type + "; name=\"" + name + "\"\nContent-Disposition: attachment; filename=\""
                + name + "\"\nContent-Transfer-Encoding: base64\n\n" + Base64.getMimeEncoder().encodeToString(content) + "\n";
    }

    @Test
    void anAgentReplyLeavesBySmtpThreadedUnderTheCustomersMailAndOnlyOnce() throws Exception {
        String id = newId();
        mails.send(mail("elisa.gallo@example.it", "Cambio indirizzo", id, "", "Posso cambiare l'indirizzo di consegna?"));
        mailbox.pollNow();
        Ticket ticket = ticketOf(id);
        mails.awaitReceived("elisa.gallo@example.it", 1);

        desk.claim(ticket.getNumber(), accounts.get("luca"));
        desk.agentReply(ticket.getNumber(), "Certo, l'ho aggiornato.", accounts.get("luca"));

        List<MimeMessage> received = mails.awaitReceived("elisa.gallo@example.it", 2);
        MimeMessage reply = received.get(1);
        assertThat(reply.getSubject()).contains(ticket.getNumber());
        assertThat((String) reply.getContent()).contains("Certo, l'ho aggiornato.");
        assertThat(reply.getHeader("In-Reply-To", null)).isNotBlank();
        assertThat(reply.getHeader("References", null)).contains(id);
        assertThat(reply.getHeader("Auto-Submitted", null)).isNull();

        // the mail is out; the sender records it as sent right after the server accepted it
        OutboundDelivery delivery = awaitReply(ticket.getId(), OutboundDelivery.Status.SENT);
        assertThat(delivery.getStatus()).isEqualTo(OutboundDelivery.Status.SENT);
        dispatcher.send(delivery.getId());
        dispatcher.sendDue();
        assertThat(mails.receivedBy("elisa.gallo@example.it")).hasSize(2);
    }

    @Test
    void aSendThatKeepsFailingIsRetriedThenShownOnTheTicket() throws Exception {
        customers.register("Indirizzo Rotto", "rotto@@example", null, "it", io.sportello.customer.CustomerValue.STANDARD);
        var opened = desk.open(new io.sportello.desk.OpenTicket(Channel.EMAIL, "rotto@@example", null, "Aiuto", "Aiuto",
                null, null, "it", null, null), io.sportello.shared.Actor.system());
        String number = opened.ticket().getNumber();
        desk.claim(number, accounts.get("luca"));
        desk.agentReply(number, "Ecco la risposta", accounts.get("luca"));
        Long ticketId = opened.ticket().getId();

        for (int attempt = 0; attempt < 6; attempt++) {
            clock.pin(clock.instant().plus(java.time.Duration.ofHours(5)));
            dispatcher.sendDue();
        }
        OutboundDelivery reply = outbox.ofTicket(ticketId).stream()
                .filter(d -> d.getKind() == OutboundDelivery.Kind.REPLY).findFirst().orElseThrow();
        assertThat(reply.getStatus()).isEqualTo(OutboundDelivery.Status.FAILED);
        assertThat(reply.getAttempts()).isEqualTo(5);
        assertThat(reply.getLastError()).isNotBlank();
        assertThat(tickets.history(ticketId)).anyMatch(e -> e.getType() == TicketEventType.DELIVERY_FAILED);
    }
}
