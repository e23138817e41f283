package io.orderflow.platform.api.audit;

/**
 * A stored audit record with its position in the trail.
 *
 * @param id     increasing position in the trail
 * @param record what was recorded
 */
public record AuditEntry(long id, AuditRecord record) {
}
