package io.orderflow.aftersales.api;

import io.orderflow.platform.api.text.FreeText;
import java.math.BigDecimal;
import java.util.List;

/**
 * The remedies the sales director fixes after inspection, per line and quantity: at most what was inspected and has
 * no remedy yet.
 */
public record RemedyDraft(List<Line> lines) {

    /** @param reason required for NONE, at most 500 characters */
    public record Line(Integer lineNo, Remedy remedy, BigDecimal quantity, @FreeText String reason) {
    }
}
