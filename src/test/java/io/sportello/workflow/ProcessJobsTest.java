package io.sportello.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.sportello.shared.AdjustableClock;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.JobQuery;
import org.junit.jupiter.api.Test;

/**
 * Running jobs for the demo generator and the benchmark: a job that loses a race with somebody working the same
 * ticket is tried again, one that vanished meanwhile is skipped, and no failing job stops the others or the caller
 * (the demo history stopped for good at 1,500 of 3,000 tickets on ENGINE-13053).
 */
class ProcessJobsTest {

    private final ManagementService management = mock(ManagementService.class);
    private final JobQuery query = mock(JobQuery.class, RETURNS_SELF);
    private final Job job = mock(Job.class);
    private final AtomicBoolean pending = new AtomicBoolean(true);
    private final AtomicBoolean exists = new AtomicBoolean(true);
    private final ProcessJobs jobs = new ProcessJobs(management, mock(ProcessEngine.class),
            new AdjustableClock(Clock.fixed(Instant.parse("2026-06-10T08:00:00Z"), ZoneOffset.UTC)));

    ProcessJobsTest() {
        when(job.getId()).thenReturn("job-1");
        when(management.createJobQuery()).thenReturn(query);
        when(query.listPage(anyInt(), anyInt())).thenAnswer(i -> pending.get() ? List.of(job) : List.of());
        when(query.count()).thenAnswer(i -> exists.get() ? 1L : 0L);
    }

    @Test
    void aJobThatLostARaceIsTriedAgain() {
        AtomicInteger calls = new AtomicInteger();
        doAnswer(i -> {
            if (calls.incrementAndGet() < 3) {
                throw new OptimisticLockingException("updated by another transaction concurrently");
            }
            pending.set(false);
            return null;
        }).when(management).executeJob("job-1");

        assertThat(jobs.runAsyncSteps()).isEqualTo(1);
        verify(management, times(3)).executeJob("job-1");
        verify(management, never()).setJobRetries(anyString(), anyInt());
    }

    @Test
    void aJobThatVanishedMeanwhileIsSkipped() {
        doAnswer(i -> {
            exists.set(false);
            pending.set(false);
            throw new ProcessEngineException("No job found with id 'job-1'");
        }).when(management).executeJob("job-1");

        jobs.runAsyncSteps();
        verify(management, never()).setJobRetries(anyString(), anyInt());
    }

    @Test
    void aFailingJobWhoseRetriesCannotBeSetNeitherThrowsNorLoops() {
        doThrow(new ProcessEngineException("boom")).when(management).executeJob("job-1");
        doThrow(new ProcessEngineException("ENGINE-13053 Cannot set retries")).when(management)
                .setJobRetries(eq("job-1"), eq(0));

        assertThat(jobs.advanceTo(Instant.parse("2026-06-10T09:00:00Z"))).isGreaterThanOrEqualTo(0);
        verify(management, times(1)).executeJob("job-1");
    }
}
