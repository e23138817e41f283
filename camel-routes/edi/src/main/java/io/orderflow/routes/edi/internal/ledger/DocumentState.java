package io.orderflow.routes.edi.internal.ledger;

/** The states of a file in the ledger. */
public final class DocumentState {

    /** IN: kept, being processed. */
    public static final String RECEIVED = "RECEIVED";
    /** IN: every interchange in it taken. */
    public static final String PROCESSED = "PROCESSED";
    /** IN: refused in whole or in part; the reason says what. */
    public static final String REJECTED = "REJECTED";
    /** IN: a duplicate held for a person. */
    public static final String QUARANTINED = "QUARANTINED";
    /** OUT: rendered and kept, not yet in the outbox. */
    public static final String PREPARED = "PREPARED";
    /** OUT: in the partner's outbox. */
    public static final String WRITTEN = "WRITTEN";

    private DocumentState() {
    }
}
