package io.orderflow.logistics.internal.domain;

import io.orderflow.platform.api.error.ValidationException;
import java.math.BigDecimal;

/**
 * Where one order line stands in shipping: what was ordered, shipped, and closed without shipping (a backorder
 * closed with CANCEL_REST). The order is shipped when every line is.
 */
public record LineProgress(int line, BigDecimal ordered, BigDecimal shipped, BigDecimal closed) {

    /** What is still to ship: the backorder. */
    public BigDecimal open() {
        return ordered.subtract(shipped).subtract(closed).max(BigDecimal.ZERO);
    }

    /** True when nothing is left to ship. */
    public boolean done() {
        return open().signum() == 0;
    }

    /**
     * This line with a shipment of {@code quantity} more.
     *
     * @throws ValidationException (field {@code lines[n].quantity}) for a quantity not above zero or above what is open
     */
    public LineProgress ship(BigDecimal quantity, int index) {
        String field = "lines[" + index + "].quantity";
        if (quantity == null || quantity.signum() <= 0) {
            throw new ValidationException(field, "must be above zero");
        }
        if (quantity.compareTo(open()) > 0) {
            throw new ValidationException(field, "line " + line + " has " + open().toPlainString()
                    + " open, not " + quantity.toPlainString());
        }
        return new LineProgress(line, ordered, shipped.add(quantity), closed);
    }

    /** This line with what is open closed without shipping. */
    public LineProgress closeRest() {
        return new LineProgress(line, ordered, shipped, closed.add(open()));
    }
}
