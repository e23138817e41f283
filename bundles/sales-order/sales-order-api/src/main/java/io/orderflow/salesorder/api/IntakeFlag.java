package io.orderflow.salesorder.api;

/**
 * Something intake noticed that is not an error but needs the review's judgement.
 *
 * @param code   {@link #LEAD_TIME_TOO_SHORT}, {@link #PRICE_DEVIATES_FROM_LIST}, {@link #SPECIFICATION_MISSING},
 *               {@link #FILLED_FROM_MASTER_DATA}
 * @param field  the field it concerns, e.g. {@code lines[0].unitPrice}
 * @param detail the values involved, in words
 */
public record IntakeFlag(String code, String field, String detail) {

    /** The requested delivery is earlier than today + the product's minimum lead time. */
    public static final String LEAD_TIME_TOO_SHORT = "LEAD_TIME_TOO_SHORT";
    /** A unit price differs from the price list: the order is exceptional. */
    public static final String PRICE_DEVIATES_FROM_LIST = "PRICE_DEVIATES_FROM_LIST";
    /** A line has no specification; the assistant must make it clear. */
    public static final String SPECIFICATION_MISSING = "SPECIFICATION_MISSING";
    /** A field the partner left out, filled from master data (price list, lead time, customer). */
    public static final String FILLED_FROM_MASTER_DATA = "FILLED_FROM_MASTER_DATA";
}
