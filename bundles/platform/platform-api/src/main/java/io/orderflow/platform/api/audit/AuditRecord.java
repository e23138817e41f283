package io.orderflow.platform.api.audit;

import java.time.Instant;

/**
 * What a department asks the audit trail to keep.
 *
 * @param occurredAt when it happened, never null
 * @param actor      the user name, {@code file} for edits of etc/, {@code system} for automatic work; never blank
 * @param role       the role the actor acted in, may be null when none applies
 * @param action     what happened, upper-case, e.g. {@code ORDER_RECEIVED}; never blank
 * @param subject    the business key it happened to, e.g. an order number or a configuration PID; never blank
 * @param reason     the remark or reason given, may be null
 * @param details    short free text with the relevant values, may be null
 */
public record AuditRecord(Instant occurredAt, String actor, String role, String action, String subject,
                          String reason, String details) {

    /** @throws IllegalArgumentException when a required field is missing */
    public AuditRecord {
        if (occurredAt == null) {
            throw new IllegalArgumentException("audit occurredAt is required");
        }
        requireText(actor, "actor");
        requireText(action, "action");
        requireText(subject, "subject");
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("audit " + name + " is required");
        }
    }
}
