package io.orderflow.logistics.internal.domain;

import io.orderflow.platform.api.error.ValidationException;
import java.math.BigDecimal;

/**
 * Where one order line stands in shipping: what was ordered, what waits in shipments not yet dispatched (planned),
 * what left (shipped), and what was closed without shipping (a backorder closed with CANCEL_REST). The rest is open:
 * the backorder.
 */
public record LineProgress(int line, BigDecimal ordered, BigDecimal planned, BigDecimal shipped, BigDecimal closed) {

    /** A line nothing has happened to yet. */
    public static LineProgress of(int line, BigDecimal ordered) {
        return new LineProgress(line, ordered, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
    }

    /** What is still to put in a shipment: the backorder. */
    public BigDecimal open() {
        return ordered.subtract(planned).subtract(shipped).subtract(closed).max(BigDecimal.ZERO);
    }

    /** True when everything left or was closed: nothing open, nothing waiting in a shipment. */
    public boolean done() {
        return open().signum() == 0 && planned.signum() == 0;
    }

    /**
     * This line with {@code quantity} more in a new shipment.
     *
     * @param index the line's position in the request, for the field name
     * @throws ValidationException (field {@code lines[index].quantity}) for a quantity not above zero or above what is
     *                             open
     */
    public LineProgress plan(BigDecimal quantity, int index) {
        String field = "lines[" + index + "].quantity";
        if (quantity == null || quantity.signum() <= 0) {
            throw new ValidationException(field, "must be above zero");
        }
        if (quantity.compareTo(open()) > 0) {
            throw new ValidationException(field, "line " + line + " has " + open().stripTrailingZeros().toPlainString()
                    + " open, not " + quantity.stripTrailingZeros().toPlainString());
        }
        return new LineProgress(line, ordered, planned.add(quantity), shipped, closed);
    }

    /** This line with a planned {@code quantity} dispatched. */
    public LineProgress dispatch(BigDecimal quantity) {
        return new LineProgress(line, ordered, planned.subtract(quantity), shipped.add(quantity), closed);
    }

    /** This line with a planned {@code quantity} open again (its shipment was given up). */
    public LineProgress unplan(BigDecimal quantity) {
        return new LineProgress(line, ordered, planned.subtract(quantity), shipped, closed);
    }

    /** This line with what is open closed without shipping. */
    public LineProgress closeRest() {
        return new LineProgress(line, ordered, planned, shipped, closed.add(open()));
    }
}
