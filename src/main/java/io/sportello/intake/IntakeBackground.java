package io.sportello.intake;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Background work of intake on every node: sending due deliveries (retries) and processing messages a crashed node
 * stored but never processed. Off in tests, which call the same methods directly.
 */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "sportello.intake.background", havingValue = "true", matchIfMissing = true)
class IntakeBackground {

    private final Intake intake;
    private final OutboundDispatcher dispatcher;
    private final MailSpool spool;
    private final NetworkLimits limits;

    IntakeBackground(Intake intake, OutboundDispatcher dispatcher, MailSpool spool, NetworkLimits limits) {
        this.intake = intake;
        this.dispatcher = dispatcher;
        this.spool = spool;
        this.limits = limits;
    }

    @Scheduled(fixedDelayString = "${sportello.intake.retry-interval:PT30S}", initialDelayString = "PT20S")
    void sendDue() {
        dispatcher.sendDue();
    }

    @Scheduled(fixedDelayString = "${sportello.intake.sweep-interval:PT1M}", initialDelayString = "PT30S")
    void sweep() {
        spool.retry();
        intake.sweep();
        limits.forgetOld();
    }
}
