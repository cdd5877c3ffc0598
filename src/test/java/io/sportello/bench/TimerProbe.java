package io.sportello.bench;

import java.util.Date;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Records when each benchmark timer fired, against its due date (called from the bench-timer model). */
public class TimerProbe {

    final ConcurrentLinkedQueue<Long> lagMillis = new ConcurrentLinkedQueue<>();

    public void fired(DelegateExecution execution) {
        Date due = (Date) execution.getVariable("due");
        lagMillis.add(System.currentTimeMillis() - due.getTime());
    }
}
