package io.orderflow.finance.api;

/** How a payment came; {@code UNKNOWN} for those recorded in sales before finance kept payments, without a method. */
public enum PaymentMethod { BANK_TRANSFER, CHEQUE, CARD, CASH, UNKNOWN }
