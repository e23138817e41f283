package io.orderflow.routes.edi.internal.syntax;

import java.math.BigDecimal;

/** Our values as the documents we write carry them. */
final class Values {

    private Values() {
    }

    /** A number without an exponent or trailing zeros: {@code 50.000} is {@code 50}. */
    static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }

    /** Our pieces are X12's "each" (unit code 355); other units are written as we keep them. */
    static String x12Unit(String unit) {
        return "PCS".equalsIgnoreCase(unit) ? "EA" : unit;
    }

    /** Our pieces are UN/ECE recommendation 20's "piece" (EDIFACT 6411); other units are written as we keep them. */
    static String edifactUnit(String unit) {
        return "PCS".equalsIgnoreCase(unit) ? "PCE" : unit;
    }
}
