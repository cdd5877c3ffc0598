package io.sportello.shared;

import java.util.List;
import java.util.Optional;

/**
 * Something everyone using the desk should see in the header right now (maintenance, background work), offered by
 * whichever part of the application knows about it; the screens translate it where it is read.
 */
public interface StatusBanner {

    /**
     * A notice: the bundle key of its text and the arguments (instants are shown as dates in the desk's time zone);
     * {@code changing} asks the screens to look again every few seconds.
     */
    record Notice(String key, List<Object> arguments, boolean changing) {
    }

    Optional<Notice> current();
}
