package io.orderflow.finance.api;

/** A payment's life: recorded by one finance user, verified by another (only then it counts), reversed if it bounced. */
public enum PaymentStatus { RECORDED, VERIFIED, REVERSED }
