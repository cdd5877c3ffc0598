package io.sportello.workflow;

import io.sportello.shared.AdjustableClock;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.runtime.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Timers and asynchronous steps of the ticket processes as a whole: lets the demo generator and the
 * benchmark stop the job executor and run due jobs themselves in due-date order, on the desk clock.
 */
@Service
public class ProcessJobs {

    private static final Logger log = LoggerFactory.getLogger(ProcessJobs.class);

    private final ManagementService management;
    private final ProcessEngine engine;
    private final AdjustableClock clock;

    ProcessJobs(ManagementService management, ProcessEngine engine, AdjustableClock clock) {
        this.management = management;
        this.engine = engine;
        this.clock = clock;
    }

    /**
     * Runs, in due-date order, every timer due up to {@code until} with the desk clock set to each timer's
     * due date (so history shows when it really fired), and every asynchronous step they cause; leaves the
     * clock pinned at {@code until}. Returns the number of jobs run. A failing job is left as an incident.
     */
    public int advanceTo(Instant until) {
        int ran = runAsyncSteps();
        while (true) {
            List<Job> timers = management.createJobQuery().timers().active().withRetriesLeft()
                    .orderByJobDuedate().asc().listPage(0, 1);
            if (timers.isEmpty() || timers.get(0).getDuedate().toInstant().isAfter(until)) {
                break;
            }
            Instant due = timers.get(0).getDuedate().toInstant();
            if (due.isAfter(clock.instant())) {
                clock.pin(due);
            }
            execute(timers.get(0));
            ran += 1 + runAsyncSteps();
        }
        clock.pin(until);
        return ran + runAsyncSteps();
    }

    /** Runs every pending asynchronous continuation (not timers) now. */
    public int runAsyncSteps() {
        int ran = 0;
        while (true) {
            List<Job> jobs = management.createJobQuery().messages().active().withRetriesLeft().listPage(0, 1);
            if (jobs.isEmpty()) {
                return ran;
            }
            execute(jobs.get(0));
            ran++;
        }
    }

    private void execute(Job job) {
        try {
            management.executeJob(job.getId());
        } catch (RuntimeException failed) {
            log.warn("Job {} of process instance {} failed: {}", job.getId(), job.getProcessInstanceId(), failed.getMessage());
            management.setJobRetries(job.getId(), 0);
        }
    }

    public long countFailed() {
        return management.createJobQuery().noRetriesLeft().count();
    }

    public void stopExecutor() {
        JobExecutor executor = executor();
        if (executor != null && executor.isActive()) {
            executor.shutdown();
        }
    }

    /**
     * Stops the job executor once the engine has started it (at application start), waiting at most {@code timeout}
     * for that; used by work that drives the jobs itself in the background right after start.
     */
    public void stopExecutorOnceStarted(java.time.Duration timeout) throws InterruptedException {
        long until = System.nanoTime() + timeout.toNanos();
        JobExecutor executor = executor();
        // the starter starts the executor while ApplicationReadyEvent is dispatched, in an order relative to the
        // caller's own ready listener that Spring does not fix; so wait (briefly, bounded) until it is running
        while (executor != null && !executor.isActive() && System.nanoTime() < until) {
            Thread.sleep(100);
        }
        stopExecutor();
    }

    public void startExecutor() {
        JobExecutor executor = executor();
        if (executor != null && !executor.isActive()) {
            executor.start();
        }
    }

    private JobExecutor executor() {
        return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
    }
}
