package io.sportello.intake;

import io.sportello.customer.Customer;
import io.sportello.customer.CustomerService;
import io.sportello.desk.TicketDesk;
import io.sportello.shared.Actor;
import io.sportello.shared.Channel;
import io.sportello.shared.NotFoundException;
import io.sportello.shared.Secrets;
import io.sportello.survey.Survey;
import io.sportello.survey.SurveyService;
import io.sportello.survey.SurveyStatus;
import io.sportello.ticket.Ticket;
import io.sportello.ticket.TicketMessage;
import io.sportello.ticket.TicketService;
import io.sportello.ticket.Visibility;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a customer may do in the portal, always scoped to one customer id: every lookup checks that the ticket is
 * theirs and answers "not found" otherwise (the same answer as for a number that does not exist), and only public
 * messages are ever returned. Sign-in is by a one-time link sent to an e-mail address the desk knows.
 */
@Service
@Transactional
public class CustomerPortal {

    private final PortalTokenRepository tokens;
    private final CustomerService customers;
    private final TicketService tickets;
    private final TicketDesk desk;
    private final SurveyService surveys;
    private final Outbox outbox;
    private final IntakeProperties.Portal settings;
    private final NetworkLimits limits;
    private final Clock clock;

    CustomerPortal(PortalTokenRepository tokens, CustomerService customers, TicketService tickets, TicketDesk desk,
                   SurveyService surveys, Outbox outbox, IntakeProperties properties, NetworkLimits limits, Clock clock) {
        this.limits = limits;
        this.tokens = tokens;
        this.customers = customers;
        this.tickets = tickets;
        this.desk = desk;
        this.surveys = surveys;
        this.outbox = outbox;
        this.settings = properties.portal();
        this.clock = clock;
    }

    /** Who is signed in to the portal. */
    public record PortalCustomer(Long customerId, String displayName) {
    }

    /**
     * Sends a one-time sign-in link when the address belongs to a customer. Answers the same either way, so the form
     * cannot be used to find out who is a customer.
     */
    static final int MAX_LINKS_PER_HOUR = 5;

    public void requestLink(String email, String language) {
        requestLink(email, language, null);
    }

    /**
     * {@link #requestLink(String, String)} from a visitor's network address: too many requests from one address are
     * refused ({@link ContactForm.TooManyRequestsException}) whoever they are for, so the answer tells nothing.
     */
    public void requestLink(String email, String language, String client) {
        limits.pass(NetworkLimits.Door.SIGN_IN_LINK, client);
        Optional<Customer> customer = email == null ? Optional.empty() : customers.find(Channel.EMAIL, email);
        if (customer.isEmpty() || customer.get().getMergedIntoId() != null) {
            return;
        }
        // a few links an hour are plenty for a person; more would only flood their mailbox (answered the same way)
        if (tokens.countByCustomerIdAndCreatedAtAfter(customer.get().getId(),
                clock.instant().minus(java.time.Duration.ofHours(1))) >= MAX_LINKS_PER_HOUR) {
            return;
        }
        String token = Secrets.newToken(32);
        tokens.save(new PortalToken(Secrets.hash(token),
                customer.get().getId(), clock.instant(), clock.instant().plus(settings.linkValidity())));
        // to the address typed (one of the customer's identities, proven by the lookup), never to the record's main
        // address: after a merge, that could be somebody else's mailbox
        outbox.signInLink(CustomerService.normalise(Channel.EMAIL, email),
                language != null ? language : customer.get().getLanguage(),
                settings.baseUrl() + "/portal/enter/" + token, settings.linkValidity().toMinutes());
    }

    /** Uses a sign-in link: valid once, until it expires. */
    public Optional<PortalCustomer> redeem(String token) {
        if (token == null || token.length() < 20) {
            return Optional.empty();
        }
        return tokens.findByTokenHash(Secrets.hash(token))
                .filter(t -> t.usableAt(clock.instant()))
                .map(t -> {
                    t.use(clock.instant());
                    Customer c = customers.get(t.getCustomerId());
                    return new PortalCustomer(c.getId(), c.getDisplayName());
                });
    }

    @Transactional(readOnly = true)
    public List<Ticket> tickets(PortalCustomer who) {
        return tickets.ofCustomer(who.customerId());
    }

    /** The customer's own ticket; anybody else's, or none, is "not found". */
    @Transactional(readOnly = true)
    public Ticket ticket(PortalCustomer who, String number) {
        return tickets.findByNumberOptional(number).filter(t -> t.getCustomerId().equals(who.customerId()))
                .orElseThrow(() -> new NotFoundException("Ticket", number));
    }

    /** The conversation as the customer may see it: public messages only, never internal notes. */
    @Transactional(readOnly = true)
    public List<TicketMessage> conversation(PortalCustomer who, String number) {
        Ticket ticket = ticket(who, number);
        return tickets.messages(ticket.getId()).stream().filter(m -> m.getVisibility() == Visibility.PUBLIC).toList();
    }

    public TicketMessage reply(PortalCustomer who, String number, String text) {
        if (text == null || text.isBlank()) {
            throw new io.sportello.shared.FieldException("text", "An empty message cannot be sent");
        }
        Ticket ticket = ticket(who, number);
        return desk.customerReply(ticket.getNumber(), Channel.WEB_FORM, text.strip(),
                Actor.customer(who.customerId(), who.displayName()));
    }

    /**
     * A signed-in customer asks something new: a ticket on the web channel in their name (the answer goes to their
     * address as well as to the portal), read and triaged like any other — the assistant first, where it can answer.
     */
    public Ticket ask(PortalCustomer who, String text, String language) {
        if (text == null || text.isBlank()) {
            throw new io.sportello.shared.FieldException("text", "An empty message cannot be sent");
        }
        if (text.length() > 10_000) {
            throw new io.sportello.shared.FieldException("textLength", "A message has at most 10,000 characters");
        }
        var customer = customers.get(who.customerId());
        if (customer.getEmail() == null) {
            throw new io.sportello.shared.RuleViolationException("NO_ADDRESS", "The customer has no e-mail address");
        }
        String body = text.strip();
        return desk.open(new io.sportello.desk.OpenTicket(Channel.WEB_FORM, customer.getEmail(), customer.getDisplayName(),
                ChannelMessage.firstWords(body), body, null, null, language, null, null),
                Actor.customer(who.customerId(), who.displayName())).ticket();
    }

    /** The survey waiting for the customer's answer on their ticket, if any. */
    @Transactional(readOnly = true)
    public Optional<Survey> openSurvey(PortalCustomer who, String number) {
        Ticket ticket = ticket(who, number);
        return surveys.ofTicket(ticket.getId()).stream().filter(s -> s.getStatus() == SurveyStatus.SENT).findFirst();
    }

    /** The survey a token from an e-mail opens (no sign-in needed: the token is the permission). */
    @Transactional(readOnly = true)
    public Optional<Survey> survey(String token) {
        return surveys.findByToken(token);
    }

    @Transactional(readOnly = true)
    public Ticket ticketOfSurvey(Survey survey) {
        return tickets.get(survey.getTicketId());
    }

    public Survey answer(String token, int score, String comment) {
        return desk.answerSurvey(token, score, comment);
    }

    /** Answers the open survey of one of the signed-in customer's own tickets (signing in proves who they are). */
    public Survey answerOwn(PortalCustomer who, String number, int score, String comment) {
        Survey open = openSurvey(who, number).orElseThrow(() -> new NotFoundException("Survey", "of ticket " + number));
        return desk.answerSurvey(open.getId(), score, comment);
    }
}
