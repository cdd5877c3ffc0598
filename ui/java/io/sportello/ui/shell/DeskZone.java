package io.sportello.ui.shell;

import io.sportello.sla.SlaProperties;
import java.time.ZoneId;
import org.springframework.stereotype.Component;

/** The desk's time zone, from configuration ({@code sportello.sla.zone}): every time a screen shows is in it. */
@Component
public class DeskZone {

    private final ZoneId zone;

    DeskZone(SlaProperties sla) {
        this.zone = ZoneId.of(sla.zone());
    }

    public ZoneId get() {
        return zone;
    }
}
