package io.orderflow.warehouse.api;

import java.time.Instant;

/**
 * One step in a transfer's history.
 *
 * @param status the status it reached
 * @param actor  who took the step ("system" for the proposal)
 * @param role   the role it was taken in; null for the system
 * @param remark the approval remark, the rejection reason or the recount note; may be null
 */
public record TransferStep(TransferStatus status, String actor, String role, String remark, Instant at) {
}
