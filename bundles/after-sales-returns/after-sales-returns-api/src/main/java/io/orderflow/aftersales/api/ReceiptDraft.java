package io.orderflow.aftersales.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * Goods of an authorised return arriving at a warehouse: all or part of what is still to come back of each line.
 */
public record ReceiptDraft(String warehouse, List<Line> lines) {

    public record Line(Integer lineNo, BigDecimal quantity) {
    }
}
