package io.sportello.bench;

import java.util.Date;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Records when each benchmark timer fired, against its due date: the delegate of the bench-timer model (bound by
 * name like every delegate, since the engine holds the benchmark's models to the same rules as any other).
 */
public class TimerProbe implements JavaDelegate {

    static final String DUE = "escalationDue";

    final ConcurrentLinkedQueue<Long> lagMillis = new ConcurrentLinkedQueue<>();

    @Override
    public void execute(DelegateExecution execution) {
        Date due = (Date) execution.getVariable(DUE);
        lagMillis.add(System.currentTimeMillis() - due.getTime());
    }
}
