package io.orderflow.logistics.api.event;

import java.math.BigDecimal;

/**
 * An order line's quantities as a logistics event carries them.
 *
 * @param shipped dispatched so far
 * @param closed  closed without shipping
 */
public record LineProgress(int lineNo, String productCode, BigDecimal ordered, BigDecimal shipped, BigDecimal closed) {
}
