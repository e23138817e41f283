package io.orderflow.salesorder.api;

import io.orderflow.platform.api.error.FieldProblem;
import java.util.List;

/**
 * What a bulk intake did.
 *
 * @param orders   how many orders the file held
 * @param accepted orders created
 * @param known    orders already received before (the same customer and PO number): left as they are
 * @param refused  orders refused with their problems; none of their rows was saved
 * @param rows     every row of the file, in file order
 */
public record ImportReport(int orders, int accepted, int known, int refused, List<Row> rows) {

    /** What became of a row's order. */
    public enum Outcome {
        ACCEPTED, ALREADY_RECEIVED, REFUSED
    }

    /**
     * One row of the file.
     *
     * @param row         its line in the file, the header being line 1
     * @param customerPo  the order it belongs to
     * @param outcome     what became of that order
     * @param orderNumber the order's number unless refused
     * @param problems    why the order was refused, as far as this row is concerned (column and problem)
     */
    public record Row(long row, String customerPo, Outcome outcome, String orderNumber, List<FieldProblem> problems) {
    }
}
