package io.sportello.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.sportello.desk.OpenTicket;
import io.sportello.desk.TicketDesk;
import io.sportello.security.Role;
import io.sportello.security.SportelloUser;
import io.sportello.security.UserAccountService;
import io.sportello.shared.Actor;
import io.sportello.shared.Channel;
import io.sportello.survey.SurveyService;
import io.sportello.ticket.Category;
import io.sportello.ticket.ResolutionCode;
import io.sportello.ticket.Ticket;
import io.sportello.ticket.TicketService;
import io.sportello.ticket.TicketStatus;
import io.sportello.workflow.ProcessJobs;
import io.sportello.workflow.TicketLifecycle;
import io.sportello.desk.Inbox;
import io.sportello.desk.InboxEntry;
import io.sportello.desk.InboxFilter;
import io.sportello.workflow.WorkItemScope;
import io.sportello.workflow.WorkItems;
import io.sportello.workflow.Worker;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The benchmark, run once per database by its subclasses. Every figure is printed beside a baseline
 * measured in the same run, in the same JVM and database: the bare engine running an equivalent skeleton
 * process, a primary-key lookup, a lone timer. Sizes: {@code -Dbench.tickets}, {@code -Dbench.threads},
 * {@code -Dbench.openTickets}, {@code -Dbench.timers}.
 */
abstract class LifecycleBenchmarkSupport {

    static final int TICKETS = Integer.getInteger("bench.tickets", 300);
    static final int THREADS = Integer.getInteger("bench.threads", 4);
    static final int OPEN_TICKETS = Integer.getInteger("bench.openTickets", 100_000);
    static final int TIMERS = Integer.getInteger("bench.timers", 1_000);

    @Autowired TicketDesk desk;
    @Autowired TicketService tickets;
    @Autowired WorkItems workItems;
    @Autowired Inbox inbox;
    @Autowired SurveyService surveys;
    @Autowired io.sportello.SurveyLinks.Recorder surveyLinks;
    @Autowired UserAccountService users;
    @Autowired ProcessJobs jobs;
    @Autowired RuntimeService runtime;
    @Autowired TaskService engineTasks;
    @Autowired ManagementService management;
    @Autowired RepositoryService repository;
    @Autowired JdbcTemplate jdbc;
    @Autowired TimerProbe probe;
    @Autowired io.sportello.customer.CustomerService customers;
    @Autowired io.sportello.sla.SlaService sla;
    @Autowired io.sportello.audit.AuditTrail audit;
    @Autowired io.sportello.audit.EvidenceExport evidence;

    /** Numbers of the tickets the measured Sportello run closed: their audit trails are measured afterwards. */
    private final List<String> closedTickets = java.util.Collections.synchronizedList(new ArrayList<>());

    abstract String database();

    @TestConfiguration
    static class ProbeConfiguration {
        @Bean
        TimerProbe timerProbe() {
            return new TimerProbe();
        }

        /** The skeleton's "send survey" step: a delegate that does nothing, standing for the bare engine's work. */
        @Bean
        org.camunda.bpm.engine.delegate.JavaDelegate benchNoopDelegate() {
            return execution -> { };
        }
    }

    record Throughput(double ticketsPerSecond, double cpuMillisPerTicket) {
    }

    @Test
    void benchmark() throws Exception {
        SportelloUser agent = ensureUser("bench-agent", "tier1");
        deploySkeletons();
        jobs.stopExecutor();

        // warm-up of both paths, then the measured runs (-Dbench.quick=true skips throughput and timers)
        boolean quick = Boolean.getBoolean("bench.quick");
        if (!quick) {
            measure(20, 2, i -> bareTicket(i, -1));
            measure(20, 2, i -> sportelloTicket(i + 1_000_000, agent));
        }
        Throughput bare = quick ? new Throughput(1, 1) : measure(TICKETS, THREADS, i -> bareTicket(i, 0));
        Throughput sportello = quick ? new Throughput(1, 1) : measure(TICKETS, THREADS, i -> sportelloTicket(i, agent));

        Map<String, Object> inbox = inboxLatency(agent);
        Map<String, Object> auditFigures = quick ? Map.of("auditTimelineP50Millis", 0.0, "auditTimelineP95Millis", 0.0,
                "ticketHistoryP50Millis", 0.0, "evidencePdfP50Millis", 0.0, "auditTimelineEntries", 0) : auditLatency();
        jobs.startExecutor();
        Map<String, Object> timers = quick ? Map.of("timerLagP50Seconds", 0.0, "timerLagP99Seconds", 0.0,
                "loneTimerLagSeconds", 0.0) : timerLag();

        double ratio = sportello.ticketsPerSecond() / bare.ticketsPerSecond();
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("tickets", TICKETS);
        figures.put("threads", THREADS);
        figures.put("sportelloTicketsPerSecond", round(sportello.ticketsPerSecond()));
        figures.put("bareEngineTicketsPerSecond", round(bare.ticketsPerSecond()));
        figures.put("throughputRatio", round(ratio));
        figures.put("sportelloCpuMillisPerTicket", round(sportello.cpuMillisPerTicket()));
        figures.put("bareEngineCpuMillisPerTicket", round(bare.cpuMillisPerTicket()));
        figures.put("cpuRatio", round(sportello.cpuMillisPerTicket() / bare.cpuMillisPerTicket()));
        figures.putAll(inbox);
        figures.putAll(timers);
        figures.putAll(auditFigures);
        if (!quick) {
            BenchmarkResults.record(database(), figures);
        }

        System.out.printf("""

                ==== Sportello benchmark on %s ====
                | figure                                   | Sportello   | baseline                   | ratio | target      |
                |------------------------------------------|-------------|----------------------------|-------|-------------|
                | lifecycle throughput, tickets/s          | %11.1f | bare engine %10.1f     | %5.2f | ratio ≥ 0.5 |
                | CPU ms per ticket                        | %11.1f | bare engine %10.1f     | %5.2f |             |
                | inbox first page p50 / p95 ms (%,d open) | %5.1f/%5.1f | PK lookup p50 %8.2f     | %5.1f | p95 ≤ 50 ms |
                | SLA timer lag p50 / p99 s (%,d timers)   | %5.1f/%5.1f | lone timer %11.1f     | %5.1f | p99 ≤ 10 s  |
                | audit timeline p50 / p95 ms (%d entries)| %5.1f/%5.1f | ticket history p50 %5.2f  | %5.1f |             |
                | evidence PDF (timeline + diagrams) ms    | %11.1f | ticket history p50 %5.2f  | %5.0f |             |
                (%d tickets on %d threads; results in %s)

                """, database(), sportello.ticketsPerSecond(), bare.ticketsPerSecond(), ratio,
                sportello.cpuMillisPerTicket(), bare.cpuMillisPerTicket(),
                sportello.cpuMillisPerTicket() / bare.cpuMillisPerTicket(),
                OPEN_TICKETS, (double) inbox.get("inboxP50Millis"), (double) inbox.get("inboxP95Millis"),
                (double) inbox.get("pkLookupP50Millis"), (double) inbox.get("inboxP50Millis") / (double) inbox.get("pkLookupP50Millis"),
                TIMERS, (double) timers.get("timerLagP50Seconds"), (double) timers.get("timerLagP99Seconds"),
                (double) timers.get("loneTimerLagSeconds"),
                (double) timers.get("timerLagP99Seconds") / Math.max(0.001, (double) timers.get("loneTimerLagSeconds")),
                (int) auditFigures.get("auditTimelineEntries"), (double) auditFigures.get("auditTimelineP50Millis"),
                (double) auditFigures.get("auditTimelineP95Millis"), (double) auditFigures.get("ticketHistoryP50Millis"),
                (double) auditFigures.get("auditTimelineP50Millis") / Math.max(0.001, (double) auditFigures.get("ticketHistoryP50Millis")),
                (double) auditFigures.get("evidencePdfP50Millis"), (double) auditFigures.get("ticketHistoryP50Millis"),
                (double) auditFigures.get("evidencePdfP50Millis") / Math.max(0.001, (double) auditFigures.get("ticketHistoryP50Millis")),
                TICKETS, THREADS, BenchmarkResults.FILE);
    }

    // ---------------------------------------------------------------- throughput

    private Throughput measure(int count, int threads, IntConsumer ticket) throws Exception {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        List<Future<Long>> cpuNanos = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            cpuNanos.add(pool.submit(() -> {
                long before = cpu.getCurrentThreadCpuTime();
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    ticket.accept(i);
                }
                return cpu.getCurrentThreadCpuTime() - before;
            }));
        }
        long totalCpu = 0;
        for (Future<Long> f : cpuNanos) {
            totalCpu += f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        return new Throughput(count / seconds, totalCpu / 1e6 / count);
    }

    /** One ticket through Sportello: open → triage → claim → reply → resolve → reopen window → CSAT → closed. */
    private void sportelloTicket(int i, SportelloUser agent) {
        Ticket ticket = desk.open(new OpenTicket(Channel.EMAIL, "bench-" + database() + "-" + i + "@esempio.it",
                "Cliente " + i, "Pacco in ritardo", "Il pacco non è ancora arrivato, potete verificare?",
                Category.SHIPPING, null, "it", null, null), Actor.system()).ticket();
        String number = ticket.getNumber();
        if (i < 1_000_000) {
            closedTickets.add(number);
        }
        desk.claim(number, agent);
        desk.agentReply(number, "Verifichiamo subito con il corriere.", agent);
        desk.resolve(number, ResolutionCode.ANSWERED, "Pacco consegnato", agent);
        String lifecycle = instance(number, TicketLifecycle.KEY);
        execute(management.createJobQuery().processInstanceId(lifecycle)
                .activityId(TicketLifecycle.Elements.TIMER_REOPEN_WINDOW_ENDS).singleResult());
        String survey = instance(number, TicketLifecycle.CSAT_SURVEY);
        execute(management.createJobQuery().processInstanceId(survey)
                .activityId(TicketLifecycle.Elements.TASK_SEND_SURVEY).singleResult());
        desk.answerSurvey(surveyLinks.tokenFor(ticket.getId()), 5, null);
        assertThat(tickets.get(ticket.getId()).getStatus()).isEqualTo(TicketStatus.CLOSED);
    }

    /** The bare engine running the skeleton: same user task, timers and variables, no Sportello code. */
    private void bareTicket(int i, int round) {
        Map<String, Object> vars = new HashMap<>();
        Instant now = Instant.now();
        vars.put("firstResponseDue", Date.from(now.plus(Duration.ofHours(4))));
        vars.put("resolutionWarningAt", Date.from(now.plus(Duration.ofHours(18))));
        vars.put("escalationDue", Date.from(now.plus(Duration.ofHours(24))));
        vars.put("resolutionDue", Date.from(now.plus(Duration.ofHours(24))));
        for (int v = 0; v < 16; v++) {
            vars.put("v" + v, v % 2 == 0 ? "VALUE_" + v : Boolean.TRUE);
        }
        ProcessInstance pi = runtime.startProcessInstanceByKey("bench-skeleton", "B-" + round + "-" + i, vars);
        Task task = engineTasks.createTaskQuery().processInstanceId(pi.getId()).singleResult();
        engineTasks.claim(task.getId(), "bench-agent");
        engineTasks.complete(task.getId(), Map.of("outcome", "RESOLVE"));
        execute(management.createJobQuery().processInstanceId(pi.getId()).activityId("Timer_Window").singleResult());
        execute(management.createJobQuery().processInstanceId(pi.getId()).activityId("Task_Send").singleResult());
        runtime.createMessageCorrelation("SurveyAnswered").processInstanceId(pi.getId()).setVariable("csatScore", 5).correlate();
    }

    private String instance(String businessKey, String key) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).processDefinitionKey(key)
                .singleResult().getId();
    }

    private void execute(Job job) {
        management.executeJob(job.getId());
    }

    private void deploySkeletons() {
        // the skeleton obeys the desk's model rules like every deployment: deadline variables, a delegate by name
        BpmnModelInstance skeleton = Bpmn.createExecutableProcess("bench-skeleton").camundaHistoryTimeToLive(180)
                .startEvent("StartEvent_Bench")
                .userTask("Task_Handle").camundaCandidateGroups("tier1").camundaDueDate("${escalationDue}")
                .boundaryEvent("Timer_D1").cancelActivity(false).timerWithDate("${firstResponseDue}").endEvent("EndEvent_D1")
                .moveToActivity("Task_Handle").boundaryEvent("Timer_D2").cancelActivity(false)
                .timerWithDate("${resolutionWarningAt}").endEvent("EndEvent_D2")
                .moveToActivity("Task_Handle").boundaryEvent("Timer_D3").timerWithDate("${escalationDue}").endEvent("EndEvent_D3")
                .moveToActivity("Task_Handle")
                .intermediateCatchEvent("Timer_Window").timerWithDuration("P3D")
                .serviceTask("Task_Send").camundaAsyncBefore().camundaDelegateExpression("${benchNoopDelegate}")
                .eventBasedGateway().id("Gateway_Await")
                .intermediateCatchEvent("Event_Answered").message("SurveyAnswered").endEvent("EndEvent_Answered")
                .moveToNode("Gateway_Await").intermediateCatchEvent("Timer_Expire").timerWithDuration("P7D").endEvent("EndEvent_Expired")
                .done();
        BpmnModelInstance timer = Bpmn.createExecutableProcess("bench-timer").camundaHistoryTimeToLive(180)
                .startEvent("StartEvent_Timer")
                .intermediateCatchEvent("Timer_Due").timerWithDate("${" + TimerProbe.DUE + "}")
                .serviceTask("Task_Probe").camundaDelegateExpression("${timerProbe}")
                .endEvent("EndEvent_Timer").done();
        repository.createDeployment().name("benchmark").addModelInstance("bench-skeleton.bpmn", skeleton)
                .addModelInstance("bench-timer.bpmn", timer).enableDuplicateFiltering(true).deploy();
    }

    // ---------------------------------------------------------------- inbox

    private Map<String, Object> inboxLatency(SportelloUser agent) {
        Timestamp now = Timestamp.from(Instant.now());
        long base = 50_000_000L;
        String[] groups = {"tier1", "tier2", "tier3"};
        String[] categories = {"ORDER_STATUS", "SHIPPING", "RETURN", "PAYMENT", "TECHNICAL"};
        int batch = 5_000;
        for (int from = 0; from < OPEN_TICKETS; from += batch) {
            List<Object[]> ticketRows = new ArrayList<>();
            List<Object[]> itemRows = new ArrayList<>();
            List<Object[]> lineRows = new ArrayList<>();
            for (int i = from; i < Math.min(OPEN_TICKETS, from + batch); i++) {
                long id = base + i;
                Timestamp created = Timestamp.from(Instant.now().minus(Duration.ofMinutes(i % 20_000)));
                Timestamp due = Timestamp.from(Instant.now().plus(Duration.ofMinutes((i * 7919L) % 50_000)));
                ticketRows.add(new Object[]{id, "SP-B" + id, "Richiesta " + i, i % 10 == 0 ? "OPEN" : "NEW", "NORMAL",
                        categories[i % categories.length], "L" + (i % 3 + 1), "EMAIL", created, created, due});
                itemRows.add(new Object[]{"bench-" + id, id, "Task_HandleTicket", "Handle ticket",
                        groups[i % 3], i % 10 == 0 ? "agent-" + (i % 40) : null, created, due});
                // the desk's inbox read model, as its projection keeps it
                lineRows.add(new Object[]{"bench-" + id, id, "Task_HandleTicket", "Handle ticket",
                        groups[i % 3], i % 10 == 0 ? "agent-" + (i % 40) : null, created, due, "SP-B" + id,
                        "Richiesta " + i, "EMAIL", "NORMAL", categories[i % categories.length], "L" + (i % 3 + 1),
                        i % 10 == 0 ? "OPEN" : "NEW", created});
            }
            jdbc.batchUpdate("insert into ticket (id, version, number, subject, status, priority, category, tier, channel,"
                    + " created_at, updated_at, resolution_due) values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", ticketRows);
            jdbc.batchUpdate("insert into work_item (id, ticket_id, task_key, kind, name, candidate_group, assignee, created_at,"
                    + " due_at) values (?, ?, ?, 'HANDLE_TICKET', ?, ?, ?, ?, ?)", itemRows);
            jdbc.batchUpdate("insert into inbox_line (work_item_id, ticket_id, task_key, kind, task_name, candidate_group,"
                    + " assignee, task_created_at, due_at, ticket_number, subject, channel, priority, category, tier, status,"
                    + " ticket_created_at) values (?, ?, ?, 'HANDLE_TICKET', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", lineRows);
        }
        if (database().equals("PostgreSQL")) {
            jdbc.execute("analyze");
        }
        Worker worker = new Worker(agent.getUsername(), agent.getDisplayName(), agent.getGroups(), false);
        int rounds = 500;
        long[] inbox = new long[rounds];
        long[] lookup = new long[rounds];
        for (int r = -100; r < rounds; r++) {
            // what the inbox view does for its first page: rows with tickets, total, customers, SLA clocks
            long t0 = System.nanoTime();
            List<InboxEntry> page = this.inbox.page(worker, WorkItemScope.MY_GROUPS, InboxFilter.none(), 0, 50);
            this.inbox.count(worker, WorkItemScope.MY_GROUPS, InboxFilter.none());
            long t1 = System.nanoTime();
            tickets.get(base + Math.floorMod(r * 31, OPEN_TICKETS));
            long t2 = System.nanoTime();
            if (r >= 0) {
                inbox[r] = t1 - t0;
                lookup[r] = t2 - t1;
            }
        }
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("openTickets", OPEN_TICKETS);
        figures.put("inboxP50Millis", round(BenchmarkResults.percentile(inbox, 50)));
        figures.put("inboxP95Millis", round(BenchmarkResults.percentile(inbox, 95)));
        figures.put("pkLookupP50Millis", round(BenchmarkResults.percentile(lookup, 50)));
        return figures;
    }

    // ---------------------------------------------------------------- audit

    /**
     * What an auditor's ticket page and evidence export cost for the closed tickets of the measured run (full
     * lifecycle: triage, tier handling, reopen window, survey), beside reading the ticket's own history table.
     */
    private Map<String, Object> auditLatency() {
        List<String> sample = new ArrayList<>(closedTickets.subList(0, Math.min(100, closedTickets.size())));
        long[] timeline = new long[sample.size()];
        long[] history = new long[sample.size()];
        long[] pdf = new long[Math.min(20, sample.size())];
        int entries = 0;
        for (int round = 0; round < 2; round++) { // the first round warms up
            for (int i = 0; i < sample.size(); i++) {
                Ticket ticket = tickets.getByNumber(sample.get(i));
                long t0 = System.nanoTime();
                entries = audit.timeline(sample.get(i)).size();
                long t1 = System.nanoTime();
                tickets.history(ticket.getId());
                long t2 = System.nanoTime();
                timeline[i] = t1 - t0;
                history[i] = t2 - t1;
            }
        }
        for (int i = 0; i < pdf.length; i++) {
            long t0 = System.nanoTime();
            evidence.pdf(List.of(sample.get(i)), java.util.Locale.ENGLISH, "bench");
            pdf[i] = System.nanoTime() - t0;
        }
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("auditTimelineEntries", entries);
        figures.put("auditTimelineP50Millis", round(BenchmarkResults.percentile(timeline, 50)));
        figures.put("auditTimelineP95Millis", round(BenchmarkResults.percentile(timeline, 95)));
        figures.put("ticketHistoryP50Millis", round(BenchmarkResults.percentile(history, 50)));
        figures.put("evidencePdfP50Millis", round(BenchmarkResults.percentile(pdf, 50)));
        return figures;
    }

    // ---------------------------------------------------------------- timers

    private Map<String, Object> timerLag() {
        probe.lagMillis.clear();
        runtime.startProcessInstanceByKey("bench-timer", Map.of(TimerProbe.DUE, Date.from(Instant.now().plusSeconds(3))));
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50)).until(() -> probe.lagMillis.size() == 1);
        double lone = probe.lagMillis.peek() / 1000.0;

        probe.lagMillis.clear();
        Instant due = Instant.now().plusSeconds(Math.max(30, TIMERS / 20));
        for (int i = 0; i < TIMERS; i++) {
            runtime.startProcessInstanceByKey("bench-timer", Map.of(TimerProbe.DUE, Date.from(due)));
        }
        Instant created = Instant.now();
        Awaitility.await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(200))
                .until(() -> probe.lagMillis.size() >= TIMERS);
        long[] lags = probe.lagMillis.stream().mapToLong(ms -> ms * 1_000_000L).toArray();
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("timers", TIMERS);
        figures.put("timersCreatedBeforeDue", created.isBefore(due));
        figures.put("timerLagP50Seconds", round(BenchmarkResults.percentile(lags, 50) / 1000.0));
        figures.put("timerLagP99Seconds", round(BenchmarkResults.percentile(lags, 99) / 1000.0));
        figures.put("loneTimerLagSeconds", round(lone));
        return figures;
    }

    private SportelloUser ensureUser(String name, String group) {
        if (!users.exists(name)) {
            users.create(name, "Bench Agent", null, "secret", EnumSet.of(Role.AGENT), Set.of(group), "it");
        }
        return users.get(name);
    }

    static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
