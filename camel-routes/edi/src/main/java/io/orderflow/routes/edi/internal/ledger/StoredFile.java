package io.orderflow.routes.edi.internal.ledger;

/** A file as the ledger keeps it: what a re-run writes again, byte for byte. */
public record StoredFile(long documentId, String name, byte[] content, String state) {
}
