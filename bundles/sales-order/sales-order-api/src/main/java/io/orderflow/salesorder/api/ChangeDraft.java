package io.orderflow.salesorder.api;

import io.orderflow.platform.api.text.FreeText;
import java.math.BigDecimal;
import java.util.List;

/**
 * A change a customer asks for, as submitted: a new delivery date, new quantities or specifications of lines. At
 * least one change; unchanged fields are left out (null).
 *
 * @param requestedDelivery a new delivery date, ISO {@code 2027-01-15}, or null
 * @param lines             line changes, may be empty
 * @param reason            why the customer asks, required
 */
public record ChangeDraft(String requestedDelivery, List<LineChange> lines, @FreeText String reason) {

    /**
     * A change of one line.
     *
     * @param lineNo        the line, 1-based
     * @param quantity      a new quantity, or null
     * @param specification a new specification, or null
     */
    public record LineChange(Integer lineNo, BigDecimal quantity, String specification) {
    }
}
