package io.sportello.demo;

import io.sportello.commerce.CommerceService;
import io.sportello.commerce.ShipmentStatus;
import io.sportello.customer.Customer;
import io.sportello.customer.CustomerService;
import io.sportello.customer.CustomerValue;
import io.sportello.desk.OpenTicket;
import io.sportello.desk.TicketDesk;
import io.sportello.security.UserAccountService;
import io.sportello.shared.Actor;
import io.sportello.shared.AdjustableClock;
import io.sportello.shared.Channel;
import io.sportello.survey.SurveyService;
import io.sportello.survey.SurveyStatus;
import io.sportello.ticket.Category;
import io.sportello.ticket.ResolutionCode;
import io.sportello.ticket.Sentiment;
import io.sportello.ticket.Ticket;
import io.sportello.ticket.TicketService;
import io.sportello.ticket.TicketStatus;
import io.sportello.ticket.Tier;
import io.sportello.workflow.ProcessJobs;
import io.sportello.workflow.WorkItem;
import io.sportello.workflow.WorkItems;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Fills an empty desk with demo history by living through the last weeks: customers write, agents of the
 * right tier claim, answer, escalate, wait for customers and resolve, customers reopen and rate — all
 * through the desk's own services while the clock moves forward and every process timer fires when due.
 * What is still open today stays open, so queues, SLA states and metrics are genuine.
 */
@Component
@ConditionalOnProperty(name = "sportello.demo.enabled", havingValue = "true")
@Order(10)
class DemoDataGenerator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataGenerator.class);
    private static final ZoneId ROME = ZoneId.of("Europe/Rome");

    private final DemoProperties properties;
    private final UserAccountService users;
    private final CustomerService customers;
    private final CommerceService commerce;
    private final TicketService tickets;
    private final TicketDesk desk;
    private final WorkItems workItems;
    private final SurveyService surveys;
    private final ProcessJobs jobs;
    private final io.sportello.intake.LiveChat chat;
    /** The live chat session of each chat ticket, by ticket index. */
    private final Map<Integer, Long> chatSessions = new HashMap<>();
    private final AdjustableClock clock;
    private final DemoProgress progress;
    private final DemoShop shop;
    private final io.sportello.proactive.ParcelWatchDesk parcels;
    /** The demo shop's orders, by index; each parcel's scans still to come, and those the carrier made so far. */
    private final List<DemoParcel> shopOrders = new ArrayList<>();

    /** A demo order with its parcel's story: when it leaves, each scan the carrier will make, the expected day. */
    private static final class DemoParcel {
        final DemoShop.Order order;
        final Instant shipAt;
        final String carrier;
        final String code;
        final LocalDate expected;
        final java.util.ArrayDeque<DemoShop.Scan> coming = new java.util.ArrayDeque<>();
        final List<DemoShop.Scan> made = new ArrayList<>();
        /** A person had to act on it (the parcel watch opened a ticket): resolved once it is delivered. */
        boolean trouble;

        DemoParcel(DemoShop.Order order, Instant shipAt, String carrier, String code, LocalDate expected) {
            this.order = order;
            this.shipAt = shipAt;
            this.carrier = carrier;
            this.code = code;
            this.expected = expected;
        }
    }

    DemoDataGenerator(DemoProperties properties, UserAccountService users, CustomerService customers,
                      CommerceService commerce, TicketService tickets, TicketDesk desk, WorkItems workItems,
                      SurveyService surveys, ProcessJobs jobs, AdjustableClock clock, DemoProgress progress,
                      io.sportello.intake.LiveChat chat, DemoShop shop, io.sportello.proactive.ParcelWatchDesk parcels,
                      io.sportello.knowledge.ArticleImport articles, io.sportello.knowledge.KnowledgeSearch search,
                      io.sportello.knowledge.KnowledgeBase knowledge, io.sportello.sla.BusinessCalendars calendars,
                      io.sportello.routing.AgentProfiles profiles) {
        this.calendars = calendars;
        this.profiles = profiles;
        this.articles = articles;
        this.search = search;
        this.knowledge = knowledge;
        this.shop = shop;
        this.parcels = parcels;
        this.chat = chat;
        this.progress = progress;
        this.properties = properties;
        this.users = users;
        this.customers = customers;
        this.commerce = commerce;
        this.tickets = tickets;
        this.desk = desk;
        this.workItems = workItems;
        this.surveys = surveys;
        this.jobs = jobs;
        this.clock = clock;
    }

    private enum Step { OPEN, WORK, CUSTOMER_REPLY, HUMAN, ANSWER_SURVEY, LEAVE_CHAT, ANSWER_ASSISTANT, HELP_VISIT, ORDER, SHIP, SCAN,
        PARCEL_TICKET }

    private record Event(Instant at, long seq, Step step, int ticket) implements Comparable<Event> {
        @Override
        public int compareTo(Event o) {
            int c = at.compareTo(o.at);
            return c != 0 ? c : Long.compare(seq, o.seq);
        }
    }

    private record Plan(Instant openAt, Customer customer, Channel channel, Category category, String orderNumber,
                        Sentiment sentiment, String language) {
    }

    private final PriorityQueue<Event> agenda = new PriorityQueue<>();
    private final Map<Integer, String> numbers = new HashMap<>();
    /** The survey links' tokens as the demo customers received them (the desk keeps only their hashes). */
    private final Map<Long, String> surveyTokens = new java.util.concurrent.ConcurrentHashMap<>();
    private long sequence;
    private Instant end;
    private Random random;

    @Override
    public void run(ApplicationArguments args) {
        DemoUsers.ensure(users);
        DemoUsers.describe(profiles);
        DemoCalendars.ensure(calendars, clock.instant().atZone(java.time.ZoneId.of("Europe/Rome")).toLocalDate());
        // the demo shop's help centre: categories, synonyms and ~35 articles in Italian and English (kept if edited)
        var imported = articles.importFolder("classpath:knowledge/demo", "elena");
        if (imported.articles() > 0) {
            log.info("Demo knowledge base: {} articles, {} categories and sections", imported.articles(), imported.topics());
        }
        if (tickets.count() > 0) {
            return;
        }
        if (properties.background()) {
            progress.started(clock.instant().minus(properties.days(), ChronoUnit.DAYS));
            Thread worker = new Thread(() -> {
                try {
                    // the engine starts its job executor when the application is ready; this work runs the jobs itself
                    applicationReady.await();
                    jobs.stopExecutorOnceStarted(java.time.Duration.ofSeconds(30));
                    generate();
                    progress.finished();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (RuntimeException e) {
                    log.error("Demo data generation stopped", e);
                    progress.failed(e.getClass().getSimpleName() + ": " + e.getMessage());
                }
            }, "demo-history");
            worker.setDaemon(true);
            worker.start();
        } else {
            progress.started(clock.instant().minus(properties.days(), ChronoUnit.DAYS));
            try {
                generate();
            } finally {
                progress.finished();
            }
        }
    }

    private final io.sportello.knowledge.ArticleImport articles;
    private final io.sportello.sla.BusinessCalendars calendars;
    private final io.sportello.routing.AgentProfiles profiles;
    private final io.sportello.knowledge.KnowledgeSearch search;
    private final io.sportello.knowledge.KnowledgeBase knowledge;

    private final java.util.concurrent.CountDownLatch applicationReady = new java.util.concurrent.CountDownLatch(1);

    @org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
    void ready() {
        applicationReady.countDown();
    }

    private void generate() {
        long started = System.nanoTime();
        log.info("Generating demo data: {} customers, {} tickets over {} days (first start only)…",
                properties.customers(), properties.tickets(), properties.days());
        Instant now = clock.instant();
        end = now;
        random = new Random(properties.seed());
        jobs.stopExecutor();
        try {
            Instant begin = now.minus(properties.days() + 30L, ChronoUnit.DAYS);
            clock.pin(begin);
            List<Customer> people = createCustomers();
            // the shop switched parcel notices on three months ago: the reports compare before and after
            Instant noticesOn = now.minus(90, ChronoUnit.DAYS);
            parcels.noticesOnFrom(noticesOn);
            Map<Long, List<DemoParcel>> orders = createOrders(people, begin, now);
            List<Plan> plans = planTickets(people, orders, now, noticesOn);
            for (int i = 0; i < plans.size(); i++) {
                schedule(plans.get(i).openAt(), Step.OPEN, i);
            }
            // generated history: its replies and surveys are not mailed to the (fictitious) customers today
            progress.historyUntil(now);
            // visitors of the help centre, the contact form and the portal: searches (some find nothing) and
            // "this answered my question" — about one for every three tickets
            for (int i = 0; i < plans.size() / 3; i++) {
                schedule(plans.get(random.nextInt(plans.size())).openAt().minus(random.nextInt(90), ChronoUnit.MINUTES),
                        Step.HELP_VISIT, i);
            }
            {
                int done = 0;
                int skipped = 0;
                while (!agenda.isEmpty() && !agenda.peek().at().isAfter(now)) {
                    Event event = agenda.poll();
                    try {
                        jobs.advanceTo(event.at());
                        perform(event, plans);
                    } catch (RuntimeException refused) {
                        // somebody using the desk meanwhile may have worked this ticket: skip the step, go on
                        skipped++;
                        log.debug("Demo step {} on ticket {} skipped: {}", event.step(), numbers.get(event.ticket()), refused.getMessage());
                    }
                    if (event.step() == Step.OPEN && ++done % 500 == 0) {
                        log.info("… {} of {} demo tickets", done, plans.size());
                    }
                    if (event.step() == Step.OPEN) {
                        progress.at(done, plans.size(), event.at(), skipped);
                    }
                }
                jobs.advanceTo(now);
            }
        } finally {
            clock.release();
            jobs.startExecutor();
        }
        log.info("Demo data ready: {} tickets in {} s ({} jobs failed)", tickets.count(),
                Duration.ofNanos(System.nanoTime() - started).toSeconds(), jobs.countFailed());
    }

    private List<Customer> createCustomers() {
        List<Customer> list = new ArrayList<>();
        list.add(customers.register("Giulia Rossi", "giulia@sportello.example", "+39 347 555 0101", "it", CustomerValue.VIP));
        for (int i = 1; i < properties.customers(); i++) {
            String first = pick(DemoTexts.FIRST_NAMES);
            String last = pick(DemoTexts.LAST_NAMES);
            String email = (first + "." + last).toLowerCase().replace(" ", "") + i + "@esempio.it";
            boolean english = random.nextDouble() < 0.12;
            String phone = random.nextDouble() < 0.7 ? "+39 3%02d %03d %04d".formatted(random.nextInt(100),
                    random.nextInt(1000), random.nextInt(10000)) : null;
            list.add(customers.register(first + " " + last, email, phone, english ? "en" : "it",
                    random.nextDouble() < 0.1 ? CustomerValue.VIP : CustomerValue.STANDARD));
        }
        return list;
    }

    /**
     * Plans the demo shop's orders and their parcels: most arrive on the expected day; some need a second attempt,
     * wait at a pickup point, are stuck in transit for days or are lost (the parcel watch opens a ticket for those).
     * Nothing is written here: each order, fulfilment and scan is posted through the shop and tracking webhooks when
     * the demo clock reaches it.
     */
    private Map<Long, List<DemoParcel>> createOrders(List<Customer> people, Instant begin, Instant now) {
        Map<Long, List<DemoParcel>> byCustomer = new HashMap<>();
        int n = 0;
        for (Customer c : people) {
            int count = 2 + random.nextInt(5);
            for (int i = 0; i < count; i++) {
                Instant placed = begin.plus(random.nextInt((int) ChronoUnit.HOURS.between(begin, now)), ChronoUnit.HOURS);
                String number = "ORD-%d-%06d".formatted(placed.atZone(ROME).getYear(), 100000 + (++n) * 7);
                long id = 5_600_000_000L + n;
                DemoShop.Order order = new DemoShop.Order(id, number, c, placed, DemoShop.basket(random, id),
                        new java.math.BigDecimal(random.nextDouble() < 0.4 ? "0.00" : "5.90"));
                Instant shipAt = placed.plus(4 + random.nextInt(40), ChronoUnit.HOURS);
                LocalDate expected = shipAt.atZone(ROME).toLocalDate().plusDays(2 + random.nextInt(3));
                String carrier = pick(DemoTexts.CARRIERS);
                String code = "%s%010d".formatted((char) ('A' + random.nextInt(26)), Math.abs(random.nextLong() % 10_000_000_000L));
                DemoParcel parcel = new DemoParcel(order, shipAt, carrier, code, expected);
                plan(parcel);
                shopOrders.add(parcel);
                int index = shopOrders.size() - 1;
                schedule(placed, Step.ORDER, index);
                byCustomer.computeIfAbsent(c.getId(), k -> new ArrayList<>()).add(parcel);
            }
        }
        return byCustomer;
    }

    /** The scans a parcel will get. */
    private void plan(DemoParcel p) {
        String hub = pick(List.of("Hub di Bologna", "Centro smistamento Milano Linate", "Hub di Verona", "Filiale di Roma"));
        String city = pick(List.of("Milano", "Torino", "Roma", "Napoli", "Firenze", "Bologna", "Padova"));
        Instant transit = p.shipAt.plus(3 + random.nextInt(6), ChronoUnit.HOURS);
        p.coming.add(new DemoShop.Scan(io.sportello.commerce.ShipmentStatus.IN_TRANSIT, transit, hub, "Spedizione in transito"));
        Instant morning = p.expected.atTime(7, 30).atZone(ROME).toInstant().plus(random.nextInt(90), ChronoUnit.MINUTES);
        double roll = random.nextDouble();
        var S = io.sportello.commerce.ShipmentStatus.class;
        if (roll < 0.80) {
            out(p, morning, city);
            delivered(p, morning.plus(2 + random.nextInt(8), ChronoUnit.HOURS), city);
        } else if (roll < 0.87) {
            out(p, morning, city);
            p.coming.add(new DemoShop.Scan(io.sportello.commerce.ShipmentStatus.FAILED_ATTEMPT,
                    morning.plus(3, ChronoUnit.HOURS), city, "Destinatario assente, avviso lasciato"));
            out(p, morning.plus(1, ChronoUnit.DAYS), city);
            delivered(p, morning.plus(1, ChronoUnit.DAYS).plus(3, ChronoUnit.HOURS), city);
        } else if (roll < 0.92) {
            out(p, morning, city);
            p.coming.add(new DemoShop.Scan(io.sportello.commerce.ShipmentStatus.FAILED_ATTEMPT,
                    morning.plus(3, ChronoUnit.HOURS), city, "Destinatario assente"));
            p.coming.add(new DemoShop.Scan(io.sportello.commerce.ShipmentStatus.AVAILABLE_FOR_PICKUP,
                    morning.plus(9, ChronoUnit.HOURS), "Punto di ritiro, " + city, "In giacenza presso il punto di ritiro"));
            delivered(p, morning.plus(2 + random.nextInt(4), ChronoUnit.DAYS), "Punto di ritiro, " + city);
            p.trouble = true;
        } else if (roll < 0.96) {
            // stuck in transit: late beyond the threshold, then delivered
            Instant late = morning.plus(4 + random.nextInt(3), ChronoUnit.DAYS);
            out(p, late, city);
            delivered(p, late.plus(4, ChronoUnit.HOURS), city);
            p.trouble = true;
        } else {
            p.coming.add(new DemoShop.Scan(io.sportello.commerce.ShipmentStatus.EXCEPTION,
                    transit.plus(1, ChronoUnit.DAYS), hub, "Collo danneggiato, in verifica"));
            p.trouble = true;
        }
    }

    private void out(DemoParcel p, Instant at, String city) {
        p.coming.add(new DemoShop.Scan(io.sportello.commerce.ShipmentStatus.OUT_FOR_DELIVERY, at, city, "In consegna"));
    }

    private void delivered(DemoParcel p, Instant at, String place) {
        p.coming.add(new DemoShop.Scan(io.sportello.commerce.ShipmentStatus.DELIVERED, at, place, "Consegnata"));
    }

    /** A step of the demo shop: an order placed, a parcel handed over, a carrier scan, a parcel ticket worked. */
    private void performShop(Event event) {
        DemoParcel p = shopOrders.get(event.ticket());
        switch (event.step()) {
            case ORDER -> {
                shop.placed(p.order);
                schedule(p.shipAt, Step.SHIP, event.ticket());
            }
            case SHIP -> {
                shop.shipped(p.order, p.carrier, p.code, p.shipAt);
                if (!p.coming.isEmpty()) {
                    schedule(p.coming.peek().at(), Step.SCAN, event.ticket());
                }
            }
            case SCAN -> {
                DemoShop.Scan scan = p.coming.poll();
                p.made.add(scan);
                shop.tracked(p.order, p.carrier, p.code, p.expected, p.made);
                if (!p.coming.isEmpty()) {
                    schedule(p.coming.peek().at(), Step.SCAN, event.ticket());
                } else if (p.trouble) {
                    schedule(later(minutes(30, 8 * 60)), Step.PARCEL_TICKET, event.ticket());
                }
            }
            case PARCEL_TICKET -> resolveParcelTicket(p);
            default -> throw new IllegalStateException(event.step().name());
        }
        jobs.runAsyncSteps();
    }

    /** An L1 agent closes the ticket the parcel watch opened, once the parcel is delivered (or replaced). */
    private void resolveParcelTicket(DemoParcel p) {
        var details = commerce.details(p.order.number()).orElse(null);
        if (details == null || details.parcels().isEmpty()) {
            return;
        }
        Long shipment = details.parcels().get(0).shipment().getId();
        tickets.findByIdempotencyKey(TicketService.DESK_OPENED + shipment).filter(Ticket::isOpen).ifPresent(ticket -> {
            List<WorkItem> open = workItems.ofTicket(ticket.getId());
            if (open.isEmpty()) {
                return;
            }
            var user = users.get(open.get(0).assignee() != null ? open.get(0).assignee()
                    : pick(DemoUsers.agentsOf(open.get(0).candidateGroup())));
            desk.claim(ticket.getNumber(), user);
            boolean lost = details.parcels().get(0).shipment().getStatus() == io.sportello.commerce.ShipmentStatus.EXCEPTION;
            desk.agentReply(ticket.getNumber(), lost
                    ? "Il corriere ci ha confermato che il pacco è stato danneggiato: Le abbiamo già spedito un nuovo ordine, senza costi."
                    : "Abbiamo verificato con il corriere: il pacco risulta consegnato. Se ci fosse qualche problema, ci scriva pure.", user);
            desk.resolve(ticket.getNumber(), lost ? ResolutionCode.REPLACED : ResolutionCode.ANSWERED,
                    "Pacco seguito con il corriere", user);
        });
    }

    private List<Plan> planTickets(List<Customer> people, Map<Long, List<DemoParcel>> orders, Instant now, Instant noticesOn) {
        List<Plan> plans = new ArrayList<>();
        Instant from = now.minus(properties.days(), ChronoUnit.DAYS);
        for (int i = 0; i < properties.tickets(); i++) {
            Instant at;
            do {
                at = from.plusSeconds((long) (random.nextDouble() * ChronoUnit.SECONDS.between(from, now)));
            } while (random.nextDouble() * MAX_VOLUME > volume(at, now));
            Customer customer = people.get(random.nextInt(people.size()));
            Category category = weighted(new Category[]{Category.ORDER_STATUS, Category.SHIPPING, Category.RETURN,
                    Category.PAYMENT, Category.TECHNICAL, Category.ACCOUNT, Category.PRODUCT, Category.FRAUD, Category.OTHER},
                    new double[]{30, 15, 15, 10, 8, 7, 10, 2, 3});
            Channel channel = weighted(new Channel[]{Channel.EMAIL, Channel.CHAT, Channel.WEB_FORM, Channel.WHATSAPP,
                    Channel.PHONE, Channel.SOCIAL}, new double[]{40, 20, 15, 10, 10, 5});
            final Instant openAt = at;
            List<DemoParcel> theirs = orders.getOrDefault(customer.getId(), List.of()).stream()
                    .filter(o -> o.order.placedAt().isBefore(openAt)).toList();
            DemoParcel chosen = theirs.isEmpty() ? null : theirs.get(random.nextInt(theirs.size()));
            String order = chosen == null ? null : chosen.order.number();
            if (category == Category.ORDER_STATUS && chosen != null && chosen.shipAt.isAfter(noticesOn)
                    && chosen.shipAt.isBefore(openAt) && random.nextDouble() < 0.55) {
                continue; // told about the parcel already, this customer has no need to ask
            }
            Sentiment sentiment = random.nextDouble() < 0.2 ? Sentiment.NEGATIVE
                    : random.nextDouble() < 0.1 ? Sentiment.POSITIVE : Sentiment.NEUTRAL;
            plans.add(new Plan(at, customer, channel, category, order, sentiment, customer.getLanguage()));
        }
        return plans;
    }

    /** The highest value {@link #volume} returns. */
    private static final double MAX_VOLUME = 4.0;

    /**
     * How busy the desk is at an instant, relative to an ordinary weekday hour: quiet nights and weekends; Black Friday
     * week up to Cyber Monday four times busier, the Christmas run-up (until the 23rd) three times, the January returns
     * twice; this year's pre-Black Friday days grow towards today.
     */
    static double volume(Instant at, Instant now) {
        ZonedDateTime local = at.atZone(ROME);
        int hour = local.getHour();
        double v = hour < 7 ? 0.05 : hour < 9 ? 0.4 : hour < 22 ? 1.0 : 0.3;
        if (local.getDayOfWeek() == DayOfWeek.SATURDAY || local.getDayOfWeek() == DayOfWeek.SUNDAY) {
            v *= 0.6;
        }
        LocalDate day = local.toLocalDate();
        LocalDate blackFriday = LocalDate.of(day.getYear(), 11, 1)
                .with(java.time.temporal.TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.FRIDAY));
        if (!day.isBefore(blackFriday.minusDays(4)) && !day.isAfter(blackFriday.plusDays(3))) {
            v *= 4.0;
        } else if (day.getMonthValue() == 12 && day.getDayOfMonth() <= 23 && day.isAfter(blackFriday.plusDays(3))) {
            v *= 3.0;
        } else if ((day.getMonthValue() == 12 && day.getDayOfMonth() >= 27) || (day.getMonthValue() == 1 && day.getDayOfMonth() <= 15)) {
            v *= 2.0;
        } else if (ChronoUnit.DAYS.between(day, now.atZone(ROME).toLocalDate()) < 14) {
            v *= 2.0;
        }
        return Math.min(v, MAX_VOLUME);
    }

    private void perform(Event event, List<Plan> plans) {
        if (event.step().ordinal() >= Step.ORDER.ordinal()) {
            performShop(event);
            return;
        }
        if (event.step() == Step.HELP_VISIT) {
            helpVisit();
            return;
        }
        Plan plan = plans.get(event.ticket());
        switch (event.step()) {
            case OPEN -> open(event.ticket(), plan);
            case WORK -> work(event.ticket(), plan);
            case CUSTOMER_REPLY -> {
                Ticket t = tickets.getByNumber(numbers.get(event.ticket()));
                if (t.getStatus() == TicketStatus.CLOSED) {
                    return;
                }
                desk.customerReply(t.getNumber(), plan.channel(), pick(DemoTexts.CUSTOMER_FOLLOW_UPS),
                        Actor.customer(plan.customer().getId(), plan.customer().getDisplayName()));
                schedule(later(minutes(plan.channel().isLive() ? 3 : 30, plan.channel().isLive() ? 30 : 600)), Step.WORK, event.ticket());
            }
            case LEAVE_CHAT -> {
                // the customer closes the chat window; without an agent answer so far, the chat is abandoned
                Long session = chatSessions.get(event.ticket());
                if (session != null && chat.session(session).isOpen()) {
                    chat.end(session);
                }
            }
            case HUMAN -> {
                desk.requestHuman(numbers.get(event.ticket()));
                schedule(later(minutes(10, 300)), Step.WORK, event.ticket());
            }
            case ANSWER_ASSISTANT -> answerAssistant(event.ticket(), plan);
            case ANSWER_SURVEY -> {
                Ticket t = tickets.getByNumber(numbers.get(event.ticket()));
                surveys.ofTicket(t.getId()).stream().filter(s -> s.getStatus() == SurveyStatus.SENT).findFirst()
                        .map(s -> surveyTokens.remove(t.getId())).ifPresent(token -> desk.answerSurvey(token,
                                weighted(new Integer[]{5, 4, 3, 2, 1}, new double[]{45, 25, 12, 8, 10}),
                                random.nextDouble() < 0.4 ? "Grazie per l'aiuto!" : null));
            }
        }
    }

    /** What customers write back to the assistant: thanks, a person please, "that didn't help", or a new question. */
    private void answerAssistant(int index, Plan plan) {
        Ticket t = tickets.getByNumber(numbers.get(index));
        if (!t.isOpen() || !workItems.ofTicket(t.getId()).isEmpty()) {
            return;
        }
        boolean english = "en".equals(plan.language());
        double r = random.nextDouble();
        String text;
        var history = tickets.history(t.getId());
        boolean askedForOrder = !history.isEmpty() && history.stream().reduce((a, b) -> b)
                .map(e -> e.getReason() != null && io.sportello.ticket.HistoryReason.ASSISTANT_ASKED_ORDER.equals(
                        e.getReason().code())).orElse(false);
        if (askedForOrder && plan.orderNumber() != null && r < 0.85) {
            text = (english ? "It's " : "È il ") + plan.orderNumber();
        } else if (r < 0.45) {
            text = pick(english ? List.of("Thanks, that's all!", "great thank you", "Perfect, thanks a lot")
                    : List.of("Grazie mille, perfetto!", "ok grazie", "Chiarissimo, grazie", "grazie tante, gentilissimi"));
        } else if (r < 0.60) {
            text = pick(english ? List.of("I'd like to talk to a person please", "agent please")
                    : List.of("Vorrei parlare con una persona", "mi passa un operatore per favore?", "operatore"));
        } else if (r < 0.70) {
            text = english ? "No, that didn't help" : pick(List.of("No, non mi è stato utile", "non ho risolto"));
        } else if (r < 0.78) {
            text = english ? "And how long does a refund take?" : pick(List.of("E quanto ci mette il rimborso?",
                    "Posso pagare con PayPal?", "Quanto costa la spedizione express?"));
        } else {
            return; // the answer was enough: after two days it counts as accepted
        }
        desk.customerReply(t.getNumber(), plan.channel() == Channel.WEB_FORM ? Channel.EMAIL : plan.channel(), text,
                Actor.customer(plan.customer().getId(), plan.customer().getDisplayName()));
        jobs.runAsyncSteps();
        if (workItems.ofTicket(t.getId()).isEmpty() && tickets.get(t.getId()).isOpen()) {
            schedule(later(minutes(2, 60)), Step.ANSWER_ASSISTANT, index);
        } else if (tickets.get(t.getId()).isOpen()) {
            schedule(later(pickupDelay(plan.channel())), Step.WORK, index);
        }
    }

    /** A visitor searches the help centre (or the contact form, the chat, the portal suggest as they type). */
    private void helpVisit() {
        boolean english = random.nextDouble() < 0.12;
        String language = english ? "en" : "it";
        List<String> questions = english ? DemoTexts.HELP_SEARCHES_EN : DemoTexts.HELP_SEARCHES_IT;
        String query = pick(questions);
        var where = weighted(new io.sportello.knowledge.KnowledgeSearchLog.Source[] {
                io.sportello.knowledge.KnowledgeSearchLog.Source.HELP_CENTRE,
                io.sportello.knowledge.KnowledgeSearchLog.Source.CONTACT_FORM,
                io.sportello.knowledge.KnowledgeSearchLog.Source.CHAT,
                io.sportello.knowledge.KnowledgeSearchLog.Source.PORTAL}, new double[] {55, 25, 12, 8});
        var hits = search.searchAndLog(query, language, io.sportello.knowledge.Audience.PUBLIC, 3, where);
        if (!hits.isEmpty()) {
            var top = hits.get(0).article();
            knowledge.viewed(top.getId());
            if (random.nextDouble() < 0.45) {
                knowledge.deflected(top.getGroupKey(), top.getLanguage(), where, query);
            } else if (random.nextDouble() < 0.3) {
                knowledge.feedback(top.getId(), random.nextDouble() < 0.75);
            }
        }
    }

    /** The customer's survey mail arrives: the demo customer keeps its link to answer later. */
    @org.springframework.context.event.EventListener
    void surveySent(io.sportello.survey.SurveySent sent) {
        surveyTokens.put(sent.ticketId(), sent.token());
    }

    private void open(int index, Plan plan) {
        List<DemoTexts.Text> texts = DemoTexts.BY_CATEGORY.get(plan.category());
        DemoTexts.Text text = pick(texts);
        String order = plan.orderNumber() != null ? plan.orderNumber() : "";
        String subject = text.subject().contains("%s") && plan.orderNumber() == null
                ? text.subject().replace(" %s", "") : text.subject().formatted(order);
        String body = text.body().contains("%s") ? text.body().formatted(order.isEmpty() ? "(numero non indicato)" : order) : text.body();
        String handle = switch (plan.channel()) {
            case PHONE, WHATSAPP -> plan.customer().getPhone() != null ? plan.customer().getPhone() : plan.customer().getEmail();
            case SOCIAL -> "@" + plan.customer().getDisplayName().toLowerCase().replace(" ", "_");
            default -> plan.customer().getEmail();
        };
        Ticket ticket;
        if (plan.channel() == Channel.CHAT) {
            // a live chat: the session records the customer's wait, and leaving early is an abandoned chat
            io.sportello.intake.LiveChat.Started started = chat.start(plan.customer().getDisplayName(), handle, body,
                    plan.language());
            chatSessions.put(index, started.sessionId());
            ticket = tickets.get(started.ticketId());
            // some leave after a few minutes; the others close the window within one or two hours
            schedule(later(random.nextDouble() < 0.12 ? minutes(2, 12) : minutes(45, 120)), Step.LEAVE_CHAT, index);
        } else {
            // like real mail: only a form has a topic and an order field; everything else the desk reads in the text
            boolean form = plan.channel() == Channel.WEB_FORM;
            ticket = desk.open(new OpenTicket(plan.channel(), handle, plan.customer().getDisplayName(), subject, body,
                    form ? plan.category() : null, form ? plan.orderNumber() : null, plan.language(), null, null),
                    Actor.customer(plan.customer().getId(), plan.customer().getDisplayName())).ticket();
        }
        numbers.put(index, ticket.getNumber());
        jobs.runAsyncSteps();
        if (workItems.ofTicket(ticket.getId()).isEmpty() && tickets.get(ticket.getId()).isOpen()) {
            // the assistant answered: the customer reacts in its own time (or not at all, and the answer stands)
            schedule(later(plan.channel().isLive() || plan.channel() == Channel.WHATSAPP ? minutes(1, 6)
                    : minutes(20, 900)), Step.ANSWER_ASSISTANT, index);
        }
        if (plan.category() == Category.ORDER_STATUS && plan.orderNumber() != null && random.nextDouble() < 0.25) {
            schedule(later(minutes(5, 600)), Step.HUMAN, index);
        }
        // the last days before Black Friday: the team cannot keep up, so a backlog builds
        boolean backlog = plan.openAt().isAfter(end.minus(5, ChronoUnit.DAYS)) && random.nextDouble() < 0.7;
        schedule(later(backlog ? minutes(24 * 60, 5 * 24 * 60) : pickupDelay(plan.channel())), Step.WORK, index);
    }

    /** An agent of the ticket's current tier picks it up and decides what to do. */
    private void work(int index, Plan plan) {
        Ticket ticket = tickets.getByNumber(numbers.get(index));
        if (!ticket.isOpen() || ticket.getStatus() == TicketStatus.PENDING_CUSTOMER) {
            return;
        }
        List<WorkItem> open = workItems.ofTicket(ticket.getId());
        if (open.isEmpty()) {
            return;
        }
        String group = open.get(0).candidateGroup();
        String agent = open.get(0).assignee() != null ? open.get(0).assignee() : pick(DemoUsers.agentsOf(group));
        var user = users.get(agent);
        if (open.get(0).kind() == io.sportello.workflow.WorkKind.CHECK_TRIAGE) {
            // the desk was not sure what the customer wants: the agent reads it and says (the desk learns from it)
            desk.checkTriage(ticket.getNumber(), plan.category(), plan.language(), null, user);
            jobs.runAsyncSteps();
            schedule(later(pickupDelay(plan.channel())), Step.WORK, index);
            return;
        }
        desk.claim(ticket.getNumber(), user);
        if (ticket.getFirstResponseAt() == null) {
            desk.agentReply(ticket.getNumber(), pick(DemoTexts.AGENT_REPLIES), user);
        }
        double roll = random.nextDouble();
        if (roll < 0.5) {
            desk.resolve(ticket.getNumber(), weighted(new ResolutionCode[]{ResolutionCode.ANSWERED, ResolutionCode.FIXED,
                    ResolutionCode.REFUNDED, ResolutionCode.REPLACED, ResolutionCode.WORKAROUND},
                    new double[]{50, 20, 12, 10, 8}), "Risolto: " + ticket.getSubject(), user);
            if (random.nextDouble() < 0.08) {
                schedule(later(minutes(60, 2 * 24 * 60)), Step.CUSTOMER_REPLY, index);
            } else if (random.nextDouble() < 0.65) {
                schedule(later(minutes(3 * 24 * 60 + 30, 5 * 24 * 60)), Step.ANSWER_SURVEY, index);
            }
        } else if (roll < 0.72) {
            desk.waitForCustomer(ticket.getNumber(), "Per procedere ci servirebbe qualche informazione in più: può indicarci il numero d'ordine e una foto del problema?", user);
            if (random.nextDouble() < 0.75) {
                schedule(later(minutes(30, 3 * 24 * 60)), Step.CUSTOMER_REPLY, index);
            }
        } else if (roll < 0.86 && ticket.getTier() != Tier.L3) {
            desk.escalate(ticket.getNumber(), null, ticket.getTier() == Tier.L1
                    ? "Serve verifica del pagamento da parte del secondo livello" : "Possibile anomalia del sistema di pagamento", user);
            schedule(later(pickupDelay(plan.channel())), Step.WORK, index);
        } else {
            desk.replyAndKeep(ticket.getNumber(), "Sto ancora verificando con il magazzino, le scrivo a breve.", user);
            schedule(later(minutes(60, 24 * 60)), Step.WORK, index);
        }
    }

    private Duration pickupDelay(Channel channel) {
        return channel.isLive() ? minutes(1, 40) : minutes(20, 16 * 60);
    }

    private Instant later(Duration d) {
        return clock.instant().plus(d);
    }

    private Duration minutes(int min, int max) {
        return Duration.ofMinutes(min + random.nextInt(Math.max(1, max - min)));
    }

    private void schedule(Instant at, Step step, int ticket) {
        agenda.add(new Event(at, sequence++, step, ticket));
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private <T> T weighted(T[] values, double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double r = random.nextDouble() * total;
        for (int i = 0; i < values.length; i++) {
            r -= weights[i];
            if (r <= 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }
}
