package io.orderflow.routes.edi.internal.ledger;

/** How many files a partner sent and got, by outcome. */
public record PartnerCounts(String partner, long filesIn, long processed, long rejected, long quarantined,
                            long inProgress, long filesOut) {
}
