package io.orderflow.routes.carrier.internal.store;

import java.time.Instant;

/**
 * A kept webhook.
 *
 * @param headers the headers that matter (content type, signature, ids), one {@code name: value} per line
 * @param events  how many events it held, once applied
 * @param body    the bytes as received; null in lists
 */
public record Receipt(long id, String carrier, String eventId, Instant receivedAt, String contentType,
                      String headers, ReceiptState state, String problem, Integer events, Instant appliedAt,
                      byte[] body) {
}
