package io.orderflow.warehouse.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * What is reserved for one order line.
 *
 * @param missing ordered − reserved: the shortfall production plans for
 */
public record LineReservation(int lineNo, String product, String specification, BigDecimal ordered,
                              BigDecimal reserved, BigDecimal missing, List<Allocation> allocations) {
}
