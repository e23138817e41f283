package io.orderflow.routes.edi.internal.syntax;

/**
 * An item number as a partner qualified it in its order, written back the same way in what we send about the line.
 *
 * @param qualifier X12 product/service id qualifier (PO106, e.g. {@code BP}) or EDIFACT item type code (7143, e.g.
 *                  {@code SRV}); may be empty
 * @param number    the number itself
 */
public record ItemNumber(String qualifier, String number) {
}
