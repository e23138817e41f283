package io.orderflow.salesorder.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A change request on an order and its answers.
 *
 * @param id                the request's id
 * @param orderNumber       the order
 * @param status            where it stands
 * @param requested         what was asked for
 * @param requestedBy       who entered it
 * @param requestedAt       when
 * @param projectedDelivery production's projected delivery date with the change, null until assessed
 * @param assessment        production's remark, null until assessed
 * @param assessedBy        who assessed it, null until assessed
 * @param appliedRevision   the revision it became, null until applied
 * @param closingRemark     why it was withdrawn, null otherwise
 */
public record ChangeRequest(long id, String orderNumber, ChangeStatus status, ChangeDraft requested, String requestedBy,
                            Instant requestedAt, LocalDate projectedDelivery, String assessment, String assessedBy,
                            Integer appliedRevision, String closingRemark) {
}
