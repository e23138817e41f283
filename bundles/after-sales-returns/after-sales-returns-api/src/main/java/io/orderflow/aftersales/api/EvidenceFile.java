package io.orderflow.aftersales.api;

/** A stored evidence file with its bytes, as uploaded. */
public record EvidenceFile(CustomerReturn.Evidence evidence, byte[] content) {
}
