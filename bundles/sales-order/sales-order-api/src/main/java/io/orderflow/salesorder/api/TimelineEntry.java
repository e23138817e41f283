package io.orderflow.salesorder.api;

import java.time.Instant;
import java.util.UUID;

/**
 * One event on an order's timeline.
 *
 * @param eventId    the domain event's id
 * @param type       e.g. {@code sales-order/RECEIVED}
 * @param occurredAt when it happened
 * @param summary    what happened, in words
 */
public record TimelineEntry(UUID eventId, String type, Instant occurredAt, String summary) {
}
