package io.orderflow.salesorder.api;

import java.util.List;

/**
 * An order of an interchange, named by its transaction set.
 *
 * @param transactionSet the transaction set control number (X12 ST02, EDIFACT UNH01), unique in its interchange
 * @param filledIn       what the channel filled in from master data because the partner left it out (code
 *                       {@link IntakeFlag#FILLED_FROM_MASTER_DATA}); kept with the order's flags for the review
 */
public record ExternalOrder(String transactionSet, OrderDraft draft, List<IntakeFlag> filledIn) {

    public ExternalOrder {
        filledIn = filledIn == null ? List.of() : List.copyOf(filledIn);
    }
}
