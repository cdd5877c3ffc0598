package io.sportello.ticket;

import jakarta.persistence.Embeddable;

/** Metadata of a file attached to a message; the bytes live in attachment storage under {@code storageKey}. */
@Embeddable
public record Attachment(String fileName, String contentType, long size, String storageKey) {
}
