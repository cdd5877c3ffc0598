package io.sportello.workflow;

import io.sportello.shared.AdjustableClock;
import java.time.Instant;
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
@org.springframework.modulith.NamedInterface("runtime")
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
        java.util.Set<String> failed = new java.util.HashSet<>();
        int ran = runAsyncSteps(failed);
        while (true) {
            Job timer = first(management.createJobQuery().timers().active().withRetriesLeft().orderByJobDuedate().asc(),
                    failed);
            if (timer == null || timer.getDuedate().toInstant().isAfter(until)) {
                break;
            }
            Instant due = timer.getDuedate().toInstant();
            if (due.isAfter(clock.instant())) {
                clock.pin(due);
            }
            execute(timer, failed);
            ran += 1 + runAsyncSteps(failed);
        }
        clock.pin(until);
        return ran + runAsyncSteps(failed);
    }

    /** Runs every pending asynchronous continuation (not timers) now. */
    public int runAsyncSteps() {
        return runAsyncSteps(new java.util.HashSet<>());
    }

    private int runAsyncSteps(java.util.Set<String> failed) {
        int ran = 0;
        while (true) {
            Job job = first(management.createJobQuery().messages().active().withRetriesLeft(), failed);
            if (job == null) {
                return ran;
            }
            execute(job, failed);
            ran++;
        }
    }

    /** The first job of the query that did not fail in this run (a failed one is never picked again). */
    private static Job first(org.camunda.bpm.engine.runtime.JobQuery query, java.util.Set<String> failed) {
        return query.listPage(0, failed.size() + 1).stream().filter(j -> !failed.contains(j.getId())).findFirst()
                .orElse(null);
    }

    /** Attempts before a job that lost a concurrent update (someone worked the ticket meanwhile) counts as failed. */
    static final int ATTEMPTS = 3;

    /**
     * Runs one job. A job that lost an update race with somebody working the same ticket is tried again; one that no
     * longer exists (their action removed it) is skipped; one that fails otherwise is left as an incident. Never
     * throws: one job never stops the others.
     */
    private void execute(Job job, java.util.Set<String> failed) {
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                management.executeJob(job.getId());
                return;
            } catch (org.camunda.bpm.engine.OptimisticLockingException
                     | org.springframework.dao.OptimisticLockingFailureException raced) {
                log.debug("Job {} lost a concurrent update (attempt {}): {}", job.getId(), attempt, raced.getMessage());
            } catch (RuntimeException error) {
                if (!exists(job.getId())) {
                    return;
                }
                log.warn("Job {} of process instance {} failed: {}", job.getId(), job.getProcessInstanceId(),
                        error.getMessage());
                break;
            }
            if (!exists(job.getId())) {
                return;
            }
        }
        failed.add(job.getId());
        try {
            management.setJobRetries(job.getId(), 0);
        } catch (RuntimeException gone) {
            // removed meanwhile (ENGINE-13053) or changed again: it is not picked again in this run either way
            log.debug("Retries of job {} not set: {}", job.getId(), gone.getMessage());
        }
    }

    private boolean exists(String jobId) {
        return management.createJobQuery().jobId(jobId).count() > 0;
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
