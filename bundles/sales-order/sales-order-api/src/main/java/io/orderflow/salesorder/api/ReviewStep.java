package io.orderflow.salesorder.api;

import java.time.Instant;

/**
 * One step of an order's review: a role that must approve, under the approval rule that asked for it.
 *
 * @param stepNo    1-based position; steps of one parallel rule share their turn
 * @param rule      the approval rule's name, e.g. {@code manager-review}
 * @param role      the role that decides
 * @param status    pending, approved or rejected
 * @param decidedBy who decided, null while pending
 * @param decidedAt when, null while pending
 * @param remark    the remark given with the decision, may be null
 * @param due       true when this step can be decided now
 */
public record ReviewStep(int stepNo, String rule, String role, StepStatus status, String decidedBy, Instant decidedAt,
                         String remark, boolean due) {
}
