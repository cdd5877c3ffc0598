package io.sportello.intake;

import io.sportello.shared.Channel;

/** Sends one queued delivery on one channel; returns the provider's id for it. Adapters implement this. */
interface ChannelSender {

    boolean sends(Channel channel);

    String send(OutboundDelivery delivery) throws Exception;
}
