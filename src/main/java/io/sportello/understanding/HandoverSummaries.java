package io.sportello.understanding;

import io.sportello.commerce.CommerceService;
import io.sportello.shared.Actor;
import io.sportello.shared.FieldException;
import io.sportello.shared.NotFoundException;
import io.sportello.ticket.Direction;
import io.sportello.ticket.Ticket;
import io.sportello.ticket.TicketEvent;
import io.sportello.ticket.TicketEventType;
import io.sportello.ticket.TicketMessage;
import io.sportello.ticket.TicketService;
import io.sportello.ticket.TicketTouched;
import io.sportello.ticket.Visibility;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Handover summaries, generated in-process when a ticket changes hands — escalated to another tier, or from one agent
 * to another — by taking sentences from the thread (extractive: nothing is written that nobody wrote): the customer's
 * sentences that carry most of what the thread is about (the problem), the order with its status and parcel, the
 * agents' sentences saying what was done ("I checked", "ho contattato il corriere") and what was promised ("we will",
 * "entro domani"), and the customer's last words. The agent who takes over reads it marked as generated and may
 * rewrite it.
 */
@Service
public class HandoverSummaries {

    private static final int PROBLEM_SENTENCES = 2;
    private static final int MAX_ACTIONS = 3;
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+|\\n+");
    private static final Pattern TRIED = Pattern.compile("(?iu)\\b(ho|abbiamo)\\s+(gi[aà]\\s+)?(verificato|controllato|"
            + "contattato|aperto|inviato|spedito|chiesto|sollecitato|rimborsato|emesso|segnalato|annullato|sostituito|"
            + "provato|scritto|richiesto)\\b|\\b(i|we)\\s*(have|'ve|ve)?\\s*(already\\s+)?(checked|contacted|opened|sent|"
            + "asked|chased|refunded|issued|reported|cancelled|canceled|replaced|tried|escalated|raised|requested)\\b");
    private static final Pattern PROMISED = Pattern.compile("(?iu)\\b(le|ti|vi)\\s+(invieremo|scriveremo|"
            + "ricontatteremo|faremo sapere|aggiorneremo|rimborseremo)\\b|\\b(riceverà|riceverai|provvederemo|"
            + "entro\\s+(domani|oggi|\\d+|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|fine))\\b|\\b(we|i)\\s*"
            + "(will|'ll|ll|shall)\\b|\\b(you\\s*(will|'ll)\\s+(receive|get|hear))\\b|\\bwithin\\s+\\d+|\\bby\\s+"
            + "(tomorrow|monday|tuesday|wednesday|thursday|friday|the end)\\b");
    private static final Set<String> STOP = Set.copyOf(List.of("il", "lo", "la", "i", "gli", "le", "un", "una", "uno", "di", "da",
            "in", "con", "su", "per", "tra", "fra", "a", "e", "o", "ma", "che", "non", "mi", "ti", "si", "ci", "vi", "ho",
            "ha", "è", "e'", "sono", "del", "della", "dei", "delle", "al", "alla", "nel", "nella", "buongiorno", "salve",
            "grazie", "saluti", "cordiali", "gentili", "ciao", "the", "a", "an", "of", "to", "and", "or", "but", "is",
            "are", "was", "i", "my", "me", "you", "your", "it", "in", "on", "for", "with", "at", "this", "that", "hi",
            "hello", "thanks", "thank", "regards", "kind", "dear", "please"));

    private final TicketService tickets;
    private final CommerceService commerce;
    private final HandoverSummaryRepository summaries;
    private final Clock clock;

    HandoverSummaries(TicketService tickets, CommerceService commerce, HandoverSummaryRepository summaries, Clock clock) {
        this.tickets = tickets;
        this.commerce = commerce;
        this.summaries = summaries;
        this.clock = clock;
    }

    /** A reaction: a ticket that was escalated or passed from one agent to another gets a summary for the next one. */
    @ApplicationModuleListener
    public void onTicketTouched(TicketTouched touched) {
        reasonToSummarise(touched).ifPresent(reason -> generate(touched.ticketId(), reason));
    }

    private Optional<HandoverSummary.Reason> reasonToSummarise(TicketTouched touched) {
        if (touched.types().contains(TicketEventType.TIER_CHANGED)) {
            return Optional.of(HandoverSummary.Reason.ESCALATED);
        }
        if (!touched.types().contains(TicketEventType.ASSIGNED)) {
            return Optional.empty();
        }
        // taken by someone after another agent had it
        List<TicketEvent> assigned = tickets.history(touched.ticketId()).stream()
                .filter(e -> e.getType() == TicketEventType.ASSIGNED).toList();
        if (assigned.size() < 2) {
            return Optional.empty();
        }
        String now = assigned.get(assigned.size() - 1).getToValue();
        return assigned.subList(0, assigned.size() - 1).stream().anyMatch(e -> e.getToValue() != null
                && !e.getToValue().equals(now)) ? Optional.of(HandoverSummary.Reason.HANDED_OVER) : Optional.empty();
    }

    /** Generates and keeps the summary of a ticket's thread now. */
    @Transactional
    public HandoverSummary generate(Long ticketId, HandoverSummary.Reason reason) {
        Ticket ticket = tickets.get(ticketId);
        return summaries.save(new HandoverSummary(ticketId, reason, summarise(ticket, tickets.messages(ticketId)),
                clock.instant()));
    }

    /** The latest summary of a ticket, if it changed hands. */
    @Transactional(readOnly = true)
    public Optional<HandoverSummary> latest(Long ticketId) {
        return summaries.findFirstByTicketIdOrderByIdDesc(ticketId);
    }

    /** An agent's rewrite of the summary (the generated one stays for the audit). */
    @Transactional
    public HandoverSummary edit(Long summaryId, String text, Actor by) {
        if (text == null || text.isBlank()) {
            throw new FieldException("text", "A summary cannot be empty");
        }
        if (text.length() > 4000) {
            throw new FieldException("text", "A summary has at most 4,000 characters");
        }
        HandoverSummary s = summaries.findById(summaryId).orElseThrow(() -> new NotFoundException("Summary", summaryId));
        s.edit(text.strip(), by.id(), clock.instant());
        return s;
    }

    /** The summary of a thread: pure, for tests and the benchmark. */
    HandoverSummary.Summary summarise(Ticket ticket, List<TicketMessage> thread) {
        List<String> customer = new ArrayList<>();
        List<String> agents = new ArrayList<>();
        List<String> answered = new ArrayList<>();
        String last = null;
        for (TicketMessage m : thread) {
            String body = m.getBodyText() == null ? "" : TextFeatures.withoutQuotedReply(m.getBodyText());
            if (m.getDirection() == Direction.INBOUND) {
                List<String> s = sentences(body);
                customer.addAll(s);
                last = s.isEmpty() ? last : String.join(" ", s);
            } else if (m.isFromAssistant()) {
                // what the assistant answered, in its first sentence (which names the article or the order)
                sentences(body).stream().findFirst().ifPresent(answered::add);
            } else if (m.getAuthorKind() == Actor.Kind.USER || m.getVisibility() == Visibility.INTERNAL) {
                agents.addAll(sentences(body));
            }
        }
        Map<String, Integer> counts = new HashMap<>();
        customer.forEach(s -> words(s).forEach(w -> counts.merge(w, 1, Integer::sum)));
        List<String> ranked = customer.stream().distinct().filter(s -> words(s).size() >= 3)
                .sorted(Comparator.comparingDouble((String s) -> -weight(s, counts))).limit(PROBLEM_SENTENCES).toList();
        List<String> problem = customer.stream().distinct().filter(ranked::contains).toList();
        List<String> tried = recent(java.util.stream.Stream.concat(answered.stream(),
                agents.stream().filter(s -> TRIED.matcher(s).find())).toList());
        List<String> promised = recent(agents.stream().filter(s -> PROMISED.matcher(s).find() && !tried.contains(s))
                .toList());
        String problemText = String.join(" ", problem);
        return new HandoverSummary.Summary(problemText, order(ticket), tried, promised,
                last == null || problemText.contains(last) ? null : abbreviate(last, 300));
    }

    private String order(Ticket ticket) {
        if (ticket.getOrderNumber() == null) {
            return null;
        }
        // the number and the parcel; its status and dates the agent reads in the order panel, in their language
        return commerce.findOrder(ticket.getOrderNumber())
                .filter(o -> java.util.Objects.equals(o.customerId(), ticket.getCustomerId()))
                .map(o -> o.orderNumber() + (o.carrier() == null ? "" : " · " + o.carrier()
                        + (o.trackingCode() == null ? "" : " " + o.trackingCode())))
                .orElse(ticket.getOrderNumber());
    }

    private static List<String> recent(List<String> sentences) {
        List<String> distinct = sentences.stream().distinct().toList();
        return distinct.subList(Math.max(0, distinct.size() - MAX_ACTIONS), distinct.size());
    }

    private static double weight(String sentence, Map<String, Integer> counts) {
        List<String> w = words(sentence);
        return w.stream().mapToDouble(x -> Math.log(1 + counts.getOrDefault(x, 0))).sum() / Math.sqrt(w.size());
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}']+")) {
            if (w.length() > 1 && !STOP.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    private static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        for (String s : SENTENCE_END.split(text.strip())) {
            String t = s.strip();
            if (!t.isEmpty()) {
                out.add(abbreviate(t, 300));
            }
        }
        return out;
    }

    private static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
