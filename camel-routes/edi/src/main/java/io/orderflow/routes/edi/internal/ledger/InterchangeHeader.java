package io.orderflow.routes.edi.internal.ledger;

/**
 * What the ledger records of an interchange as it arrives or leaves.
 *
 * @param messages the transaction set or message types in it, e.g. {@code 850} or {@code ORDERS}
 */
public record InterchangeHeader(String controlNumber, String standard, String version, String messages, int sets) {
}
