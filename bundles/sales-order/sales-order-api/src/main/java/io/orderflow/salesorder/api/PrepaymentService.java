package io.orderflow.salesorder.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Whether an order's required prepayment has been received: the seam production asks before it starts. Sales
 * provides a first implementation (prepayments recorded by finance on the order); the finance department replaces it
 * with a higher service ranking.
 */
@ConsumerType
public interface PrepaymentService {

    /** @throws SalesOrderNotFoundException when no order has this number */
    PrepaymentStatus status(String orderNumber);
}
