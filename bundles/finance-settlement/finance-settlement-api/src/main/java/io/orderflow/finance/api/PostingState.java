package io.orderflow.finance.api;

/**
 * Where a posting to the ERP stands: PENDING (waiting to be sent, also while the ERP is down), SENT (on its way; the
 * answer has not come), CONFIRMED (the ERP booked it), REJECTED (the ERP refused it, or the account mapping could not
 * build it: on the finance work list), UNKNOWN (sent, but no answer came: looked up before anything is sent again).
 */
public enum PostingState { PENDING, SENT, CONFIRMED, REJECTED, UNKNOWN }
