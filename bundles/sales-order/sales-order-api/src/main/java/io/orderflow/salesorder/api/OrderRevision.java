package io.orderflow.salesorder.api;

import io.orderflow.platform.api.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An order as it stood in one revision.
 *
 * @param revision          1 for the order as received
 * @param since             when this revision began
 * @param changeRequestId   the change that made it, null for revision 1
 * @param requestedDelivery the delivery date then
 * @param lines             the lines then
 * @param total             the total then
 */
public record OrderRevision(int revision, Instant since, Long changeRequestId, LocalDate requestedDelivery,
                            List<OrderLine> lines, Money total) {
}
