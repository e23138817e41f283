package io.orderflow.aftersales.api;

import io.orderflow.platform.api.text.FreeText;
import java.math.BigDecimal;
import java.util.List;

/**
 * Quality's findings on received goods: per line and quantity (a line may be split), the cause found and the
 * disposition; at most what was received and not yet inspected.
 */
public record InspectionDraft(List<Line> lines) {

    /** @param reason required for SCRAP (why it is written off), at most 500 characters */
    public record Line(Integer lineNo, BigDecimal quantity, Cause cause, Disposition disposition,
                       @FreeText String reason) {
    }
}
