package io.sportello.proactive;

import io.sportello.shared.Channel;
import java.time.Instant;

/** A parcel notice is ready to leave: intake's outbox sends it on {@code channel} at {@code sendAt}, once. */
public record ParcelNoticeQueued(Long notificationId, Long customerId, Channel channel, String recipient, String subject,
                                 String body, Instant sendAt) {
}
