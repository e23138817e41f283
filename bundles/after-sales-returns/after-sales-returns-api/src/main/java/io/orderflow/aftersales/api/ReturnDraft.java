package io.orderflow.aftersales.api;

import io.orderflow.platform.api.text.FreeText;
import java.math.BigDecimal;
import java.util.List;

/**
 * A customer's report as the sales rep records it.
 *
 * @param orderNumber the order the goods came with: shipped (or signed off)
 * @param reason      the customer's reason
 * @param description what the customer says and shows (the evidence in words), at most 2,000 characters
 * @param remedy      what the customer asks for: EXCHANGE or REFUND
 * @param lines       the order's lines and quantities returned, each line once, at most what was shipped of it and
 *                    not returned already
 */
public record ReturnDraft(String orderNumber, ReturnReason reason, @FreeText String description, Remedy remedy,
                          List<Line> lines) {

    public record Line(Integer lineNo, BigDecimal quantity) {
    }
}
