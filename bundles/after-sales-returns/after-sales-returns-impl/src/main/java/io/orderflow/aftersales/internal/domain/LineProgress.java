package io.orderflow.aftersales.internal.domain;

import io.orderflow.aftersales.api.ReturnStatus;
import java.math.BigDecimal;
import java.util.Collection;

/**
 * How far one returned line got: each quantity at most the one before it (returned ≥ received ≥ inspected ≥ remedied
 * ≥ done), and the step after review the return as a whole has reached.
 */
public record LineProgress(BigDecimal quantity, BigDecimal received, BigDecimal inspected, BigDecimal remedied,
                           BigDecimal done) {

    public BigDecimal toReceive() {
        return quantity.subtract(received);
    }

    public BigDecimal toInspect() {
        return received.subtract(inspected);
    }

    public BigDecimal toRemedy() {
        return inspected.subtract(remedied);
    }

    /**
     * The status of an authorised return from its lines: CLOSED when every line came back whole and all of it has
     * its remedy done; REMEDYING once any remedy is fixed; INSPECTED when everything received is inspected;
     * RECEIVED once anything came back; AUTHORIZED before.
     */
    public static ReturnStatus statusOf(Collection<LineProgress> lines) {
        if (lines.stream().allMatch(l -> l.toReceive().signum() == 0 && l.done().compareTo(l.quantity()) == 0)) {
            return ReturnStatus.CLOSED;
        }
        if (lines.stream().anyMatch(l -> l.remedied().signum() > 0)) {
            return ReturnStatus.REMEDYING;
        }
        if (lines.stream().allMatch(l -> l.received().signum() == 0)) {
            return ReturnStatus.AUTHORIZED;
        }
        return lines.stream().allMatch(l -> l.toInspect().signum() == 0) ? ReturnStatus.INSPECTED
                : ReturnStatus.RECEIVED;
    }
}
