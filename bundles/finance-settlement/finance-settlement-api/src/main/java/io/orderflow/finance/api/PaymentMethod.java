package io.orderflow.finance.api;

/** How a payment came. */
public enum PaymentMethod { BANK_TRANSFER, CHEQUE, CARD, CASH }
