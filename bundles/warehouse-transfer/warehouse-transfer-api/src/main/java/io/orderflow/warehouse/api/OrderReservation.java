package io.orderflow.warehouse.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * The reservations of an order.
 *
 * @param region   the customer's region, whose warehouse is tried first
 * @param revision the order revision they were made for
 * @param released true once the order was cancelled and its stock given back
 */
public record OrderReservation(String orderNumber, String region, int revision, boolean released,
                               List<LineReservation> lines) {

    /** Every line reserved in full. */
    public boolean fullyReserved() {
        return !released && lines.stream().allMatch(line -> line.missing().signum() == 0);
    }

    public BigDecimal missing() {
        return lines.stream().map(LineReservation::missing).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
