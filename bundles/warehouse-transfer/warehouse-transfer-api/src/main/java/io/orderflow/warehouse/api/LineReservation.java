package io.orderflow.warehouse.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * What is reserved for one order line.
 *
 * @param ordered what the line still wants from the warehouse: the ordered quantity less what shipped
 *                ({@link ReservationService#issueForShipment}) or was closed ({@link ReservationService#releaseRest})
 * @param missing ordered − reserved: the shortfall production plans for
 */
public record LineReservation(int lineNo, String product, String specification, BigDecimal ordered,
                              BigDecimal reserved, BigDecimal missing, List<Allocation> allocations) {
}
