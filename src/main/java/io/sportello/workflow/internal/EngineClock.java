package io.sportello.workflow.internal;

import io.sportello.shared.AdjustableClock;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** Makes the engine's clock (timers, history timestamps) follow the desk's adjustable clock. */
@Component
class EngineClock {

    EngineClock(AdjustableClock clock) {
        clock.onChange(at -> at.ifPresentOrElse(i -> ClockUtil.setCurrentTime(Date.from(i)), ClockUtil::reset));
    }
}
