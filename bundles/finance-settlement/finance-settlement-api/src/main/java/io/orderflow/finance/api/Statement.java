package io.orderflow.finance.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A customer's statement from one day to another, one account per currency: what it owed before, each document in date
 * order with the balance after it, and what it owes at the end. A balance below zero is the customer's credit.
 */
public record Statement(String customerId, LocalDate from, LocalDate to, List<Account> accounts) {

    /** The documents of one currency; {@code opening} plus the entries' amounts is {@code closing}, exactly. */
    public record Account(String currency, BigDecimal opening, List<Entry> entries, BigDecimal closing) {
    }

    /**
     * A document: what it adds to what the customer owes ({@code amount}, below zero for what it takes off) and the
     * balance after it.
     *
     * @param reference what it relates to: an invoice's order, a credit note's invoice, a payment's reference, a
     *                  reversal's reason, a refund's credit note
     */
    public record Entry(LocalDate date, Kind kind, String document, String reference, BigDecimal amount,
                        BigDecimal balance) {
    }

    /** What a document does to the balance: an invoice, a refund and a reversed payment add; the rest take off. */
    public enum Kind { INVOICE, CREDIT_NOTE, PAYMENT, PAYMENT_REVERSED, REFUND }
}
