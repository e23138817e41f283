package io.orderflow.finance.internal;

import io.orderflow.finance.api.PaymentMethod;
import io.orderflow.finance.api.PaymentStatus;
import io.orderflow.finance.internal.domain.CurrencyRules;
import io.orderflow.platform.api.error.ConflictException;
import io.orderflow.platform.api.error.ForbiddenException;
import io.orderflow.platform.api.error.Problems;
import io.orderflow.platform.api.security.Actor;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The checks of money a finance user records coming in (a payment) or going out (a refund), and verifies. */
final class MoneyChecks {

    private MoneyChecks() {
    }

    /**
     * Adds each problem of the fields, named as given; answers the amount in its currency's scale, null when refused.
     *
     * @param dayField the field of the day the money moved, e.g. {@code receivedOn}
     */
    static BigDecimal checked(Problems problems, String customerId, BigDecimal amount, String currency,
                              PaymentMethod method, String reference, String dayField, LocalDate day,
                              LocalDate today) {
        if (problems.requireText("customerId", customerId)) {
            problems.limitLength("customerId", customerId, 40);
            problems.checkCharacters("customerId", customerId, false);
        }
        boolean knownCurrency = false;
        try {
            CurrencyRules.scale(currency);
            knownCurrency = true;
        } catch (IllegalArgumentException unknown) {
            problems.add("currency", unknown.getMessage());
        }
        BigDecimal entered = null;
        if (amount == null || amount.signum() <= 0) {
            problems.add("amount", "must be more than zero");
        } else if (knownCurrency && problems.fitsAmountColumn("amount", amount)) {
            try {
                entered = CurrencyRules.entered(amount, currency);
            } catch (IllegalArgumentException tooExact) {
                problems.add("amount", tooExact.getMessage());
            }
        }
        if (method == null || method == PaymentMethod.UNKNOWN) {
            problems.add("method", "is required: BANK_TRANSFER, CHEQUE, CARD or CASH");
        }
        if (reference != null) {
            problems.limitLength("reference", reference, 35);
            problems.checkCharacters("reference", reference, false);
        }
        if (day == null) {
            problems.add(dayField, "is required");
        } else if (day.isAfter(today)) {
            problems.add(dayField, "is after today (" + today + "): money is recorded once it has moved");
        }
        return entered;
    }

    /**
     * A payment or refund is verified once, by another finance user than the one who recorded it.
     *
     * @param document names it, e.g. {@code payment PAY-2026-000001}
     * @throws ConflictException  unless it is RECORDED
     * @throws ForbiddenException for the user who recorded it
     */
    static void verifiable(String document, PaymentStatus status, String recordedBy, Actor actor) {
        if (status != PaymentStatus.RECORDED) {
            throw new ConflictException(document + " is " + status + "; only a RECORDED one is verified");
        }
        if (recordedBy.equals(actor.name())) {
            throw new ForbiddenException(document + " was recorded by " + actor.name() + ": another finance user"
                    + " verifies it");
        }
    }
}
