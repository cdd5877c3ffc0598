package io.sportello.intake;

import io.sportello.shared.Channel;

/**
 * A message as an adapter received it: raw payload plus the key that recognises a repeat (e-mail Message-ID,
 * WhatsApp message id, webhook event id, a form submission's id).
 *
 * @param source       the adapter ({@code email}, {@code form}, {@code whatsapp}, {@code webhook:<name>})
 * @param sender       who sent it as far as the adapter can tell (address, number), for people and rate limits
 * @param clientAddress the network address of a public submission, for rate limits
 * @param summary      one line for the dead-letter list (subject, first words)
 */
public record Inbound(Channel channel, String source, String dedupeKey, String sender, String clientAddress,
                      String summary, byte[] payload, boolean binary) {
}
