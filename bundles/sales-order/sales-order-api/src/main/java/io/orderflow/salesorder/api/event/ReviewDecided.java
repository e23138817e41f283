package io.orderflow.salesorder.api.event;

import io.orderflow.platform.api.event.EventPayload;
import io.orderflow.salesorder.api.Decision;

/**
 * A reviewer decided on a step of the order's review.
 *
 * @param remark the reviewer's remark, "" when none
 */
public record ReviewDecided(int stepNo, String rule, String role, Decision decision, String actor, String remark)
        implements EventPayload {

    public static final String TYPE = "sales-order/REVIEW_DECISION";

    @Override
    public String eventType() {
        return TYPE;
    }
}
