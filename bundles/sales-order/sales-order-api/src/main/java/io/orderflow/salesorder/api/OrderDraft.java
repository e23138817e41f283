package io.orderflow.salesorder.api;

import io.orderflow.platform.api.Contact;
import io.orderflow.platform.api.text.FreeText;
import java.math.BigDecimal;
import java.util.List;

/**
 * An order as submitted, before intake has checked it: any field may be missing or malformed, and intake reports
 * every problem at once. Every channel (REST, shell, EDI, bulk file) maps its input to this shape.
 *
 * @param customerId        required, a known customer
 * @param customerPo        required, the customer's own PO number; unique per customer
 * @param requestedDelivery required, ISO date {@code 2026-12-20}, not in the past
 * @param deliveryAddress   required
 * @param paymentTerms      optional; the customer's standard terms when absent
 * @param type              optional, {@code CUSTOMER} (default) or {@code STOCK_UP}
 * @param custom            optional, a non-standard product
 * @param installation      optional, needs on-site installation
 * @param shipBeforePayment optional, the exceptional ship-before-payment request
 * @param policyException   optional, a policy exception with its reason
 * @param contact           optional; the customer's contact when absent
 * @param lines             at least one
 */
public record OrderDraft(String customerId, String customerPo, String requestedDelivery, AddressDraft deliveryAddress,
                         String paymentTerms, String type, Boolean custom, Boolean installation,
                         Boolean shipBeforePayment, PolicyException policyException, Contact contact,
                         List<LineDraft> lines) {

    /** A delivery address as submitted. */
    public record AddressDraft(String line1, String line2, String city, String postalCode, String country) {
    }

    /** A policy exception as submitted; the reason is required. */
    public record PolicyException(@FreeText String reason) {
    }

    /**
     * An order line as submitted.
     *
     * @param productCode   required, a known product
     * @param specification optional, e.g. {@code 4000K}
     * @param quantity      required, above zero
     * @param unitPrice     required, in the price list's currency
     */
    public record LineDraft(String productCode, String specification, BigDecimal quantity, MoneyDraft unitPrice) {
    }

    /** An amount as submitted: a decimal string and a currency code. */
    public record MoneyDraft(String amount, String currency) {
    }
}
