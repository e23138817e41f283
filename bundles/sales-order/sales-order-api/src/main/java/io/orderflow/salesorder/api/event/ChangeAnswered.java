package io.orderflow.salesorder.api.event;

import io.orderflow.platform.api.event.EventPayload;
import io.orderflow.salesorder.api.ChangeStatus;
import java.time.LocalDate;

/**
 * A change request was answered or withdrawn.
 *
 * @param projectedDelivery when the changed order can be delivered, null (written "") when not known
 */
public record ChangeAnswered(long changeId, ChangeStatus status, LocalDate projectedDelivery, String remark,
                             String actor) implements EventPayload {

    public static final String TYPE = "sales-order/CHANGE_ANSWERED";

    @Override
    public String eventType() {
        return TYPE;
    }
}
