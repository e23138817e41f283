package io.orderflow.routes.edi.internal.partner;

/** What happens to an interchange that was taken before, arriving again in another file. */
public enum DuplicatePolicy {
    /** The file goes to {@code rejected/} with the reason; nothing is created or sent. */
    REJECT,
    /** The acknowledgement written the first time is written again; the file goes to {@code processed/}. */
    REACKNOWLEDGE,
    /** The file is held in {@code quarantine/} for a person to decide; nothing is created or sent. */
    QUARANTINE
}
