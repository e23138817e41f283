package io.orderflow.production.api;

import java.time.LocalDate;

/**
 * Minutes of one operation of a production order booked on a work centre on a day.
 *
 * @param orderNumber the sales order; null for a rework order
 */
public record ScheduledWork(String workCentre, LocalDate date, long productionOrder, String orderNumber, int operation,
                            int minutes) {
}
