package io.sportello.demo;

import io.sportello.shared.StatusBanner;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** While the demo history is generated in the background: how far it is, or why it stopped. */
@Component
class DemoStatusBanner implements StatusBanner {

    private final DemoProgress progress;

    DemoStatusBanner(DemoProgress progress) {
        this.progress = progress;
    }

    @Override
    public Optional<Notice> current() {
        return progress.current().map(s -> s.stopped()
                ? new Notice("demo.history.stopped", List.of(s.percent(), s.failure()), false)
                : new Notice("demo.history.progress", List.of(s.percent(), s.reached()), true));
    }
}
