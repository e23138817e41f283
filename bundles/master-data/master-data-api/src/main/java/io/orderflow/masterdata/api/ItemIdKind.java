package io.orderflow.masterdata.api;

/**
 * How a partner numbers an item. X12 PO1/LIN qualifiers: {@code BP}/{@code IN} (buyer), {@code VP}/{@code VN}
 * (vendor), {@code UP} (UPC), {@code EN}/{@code UK} (GTIN); EDIFACT LIN/PIA 7143 codes {@code IN}, {@code SA},
 * {@code UP}, {@code SRV}.
 */
public enum ItemIdKind {
    /** The partner's own item number. */
    BUYER_ITEM,
    /** Our part number as the partner knows it. */
    VENDOR_PART,
    /** A 12-digit UPC-A. */
    UPC,
    /** A GTIN of 8, 12, 13 or 14 digits (EAN-8, UPC, EAN-13, GTIN-14). */
    GTIN
}
