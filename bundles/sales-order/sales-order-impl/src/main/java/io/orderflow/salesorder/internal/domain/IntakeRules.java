package io.orderflow.salesorder.internal.domain;

import io.orderflow.platform.api.error.Problems;
import io.orderflow.platform.api.Address;
import io.orderflow.platform.api.Money;
import io.orderflow.platform.api.ProductCode;
import io.orderflow.platform.api.Contact;
import io.orderflow.masterdata.api.Customer;
import io.orderflow.salesorder.api.IntakeFlag;
import io.orderflow.salesorder.api.OrderDraft;
import io.orderflow.salesorder.api.OrderDraft.AddressDraft;
import io.orderflow.salesorder.api.OrderDraft.LineDraft;
import io.orderflow.salesorder.api.OrderLine;
import io.orderflow.salesorder.api.OrderType;
import io.orderflow.platform.api.PaymentTerms;
import io.orderflow.masterdata.api.Product;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Intake (docs/business-rules.md §2.1): refuses structurally invalid orders with every problem named, and flags what
 * the review must judge — a delivery date inside the lead time, a price off the list, a missing specification.
 */
public final class IntakeRules {

    static final int MAX_PO_LENGTH = 50;
    static final int MAX_LINES = 500;
    static final int MAX_YEARS_AHEAD = 5;

    /**
     * @param customer the customer named by the draft, null when unknown
     * @param products the known products among those the draft names, by code
     * @param today    today in the business's time zone
     * @throws io.orderflow.platform.api.error.ValidationException listing every problem
     */
    public AcceptedOrder check(OrderDraft draft, Customer customer, Map<String, Product> products, LocalDate today) {
        Problems problems = new Problems();
        checkCharacters(draft, problems);
        if (problems.requireText("customerId", draft.customerId()) && customer == null) {
            problems.add("customerId", "no customer " + draft.customerId());
        }
        if (problems.requireText("customerPo", draft.customerPo())) {
            problems.limitLength("customerPo", draft.customerPo(), MAX_PO_LENGTH);
        }
        LocalDate delivery = deliveryDate(draft.requestedDelivery(), today, problems);
        Address address = address(draft.deliveryAddress(), problems);
        PaymentTerms terms = terms(draft.paymentTerms(), customer, problems);
        OrderType type = type(draft.type(), problems);
        String policyException = null;
        if (draft.policyException() != null && problems.requireText("policyException.reason", draft.policyException().reason())) {
            policyException = draft.policyException().reason().strip();
            problems.limitLength("policyException.reason", policyException, 1000);
        }
        if (draft.contact() != null) {
            problems.checkContact("contact", draft.contact());
        }
        boolean custom = Boolean.TRUE.equals(draft.custom());
        List<LineDraft> lineDrafts = draft.lines() == null ? List.of() : draft.lines();
        if (lineDrafts.isEmpty()) {
            problems.add("lines", "at least one line is required");
        } else if (lineDrafts.size() > MAX_LINES) {
            problems.add("lines", "at most " + MAX_LINES + " lines are accepted on one order");
        }
        List<OrderLine> lines = new ArrayList<>();
        List<IntakeFlag> flags = new ArrayList<>();
        for (int i = 0; i < lineDrafts.size() && lineDrafts.size() <= MAX_LINES; i++) {
            OrderLine line = line(i, lineDrafts.get(i), products, custom, problems);
            if (line != null) {
                lines.add(line);
                flags.addAll(lineFlags(i, line, products.get(line.productCode().value()), delivery, today));
            }
        }
        Money total = total(lines, problems);
        problems.throwIfAny();
        Contact contact = draft.contact() != null ? draft.contact() : customer.contact();
        return new AcceptedOrder(draft.customerId(), draft.customerPo().strip(), delivery, address, terms, type, custom,
                Boolean.TRUE.equals(draft.installation()), Boolean.TRUE.equals(draft.shipBeforePayment()),
                policyException, contact, lines, total, flags);
    }

    /** Every text of the draft as a single line, but the policy exception's reason, which may run over lines. */
    private static void checkCharacters(OrderDraft draft, Problems problems) {
        problems.checkCharacters("customerId", draft.customerId(), false);
        problems.checkCharacters("customerPo", draft.customerPo(), false);
        problems.checkCharacters("requestedDelivery", draft.requestedDelivery(), false);
        problems.checkCharacters("paymentTerms", draft.paymentTerms(), false);
        if (draft.deliveryAddress() != null) {
            AddressDraft a = draft.deliveryAddress();
            for (String[] field : new String[][] {{"line1", a.line1()}, {"line2", a.line2()}, {"city", a.city()},
                    {"postalCode", a.postalCode()}, {"country", a.country()}}) {
                problems.checkCharacters("deliveryAddress." + field[0], field[1], false);
            }
        }
        if (draft.policyException() != null) {
            problems.checkCharacters("policyException.reason", draft.policyException().reason(), true);
        }
        if (draft.contact() != null) {
            problems.checkCharacters("contact.name", draft.contact().name(), false);
            problems.checkCharacters("contact.phone", draft.contact().phone(), false);
            problems.checkCharacters("contact.email", draft.contact().email(), false);
        }
        List<LineDraft> lines = draft.lines() == null ? List.of() : draft.lines();
        for (int i = 0; i < lines.size() && i < MAX_LINES; i++) {
            if (lines.get(i) != null) {
                problems.checkCharacters("lines[" + i + "].productCode", lines.get(i).productCode(), false);
                problems.checkCharacters("lines[" + i + "].specification", lines.get(i).specification(), false);
            }
        }
    }

    private static LocalDate deliveryDate(String text, LocalDate today, Problems problems) {
        if (!problems.requireText("requestedDelivery", text)) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text);
            if (date.isBefore(today)) {
                problems.add("requestedDelivery", "is in the past (today is " + today + ")");
            } else if (date.isAfter(today.plusYears(MAX_YEARS_AHEAD))) {
                problems.add("requestedDelivery", "must be within " + MAX_YEARS_AHEAD + " years from today");
            }
            return date;
        } catch (DateTimeParseException e) {
            problems.add("requestedDelivery", "must be a date like 2026-12-20");
            return null;
        }
    }

    private static Address address(AddressDraft draft, Problems problems) {
        if (draft == null) {
            problems.add("deliveryAddress", "is required");
            return null;
        }
        boolean line1 = problems.requireText("deliveryAddress.line1", draft.line1());
        boolean city = problems.requireText("deliveryAddress.city", draft.city());
        problems.limitLength("deliveryAddress.line1", draft.line1(), 200);
        problems.limitLength("deliveryAddress.line2", draft.line2(), 200);
        problems.limitLength("deliveryAddress.city", draft.city(), 100);
        problems.limitLength("deliveryAddress.postalCode", draft.postalCode(), 20);
        boolean country = problems.requireText("deliveryAddress.country", draft.country());
        if (country && !draft.country().matches("[A-Z]{2}")) {
            problems.add("deliveryAddress.country", "must be an ISO 3166-1 alpha-2 code such as CN");
            country = false;
        }
        return line1 && city && country && problems.isEmptyFor("deliveryAddress.")
                ? new Address(draft.line1(), draft.line2(), draft.city(), draft.postalCode(), draft.country()) : null;
    }

    private static PaymentTerms terms(String code, Customer customer, Problems problems) {
        if (code == null || code.isBlank()) {
            return customer == null ? null : PaymentTerms.parse(customer.paymentTerms());
        }
        try {
            return PaymentTerms.parse(code);
        } catch (IllegalArgumentException e) {
            problems.add("paymentTerms", "must be PREPAY_100, PREPAY_<1-99>, PAY_BEFORE_SHIPMENT or NET<days>");
            return null;
        }
    }

    /** A replacement is placed by after-sales for an approved exchange, never taken in by a channel. */
    private static OrderType type(String text, Problems problems) {
        if (text == null || text.isBlank()) {
            return OrderType.CUSTOMER;
        }
        if (text.equals(OrderType.CUSTOMER.name()) || text.equals(OrderType.STOCK_UP.name())) {
            return OrderType.valueOf(text);
        }
        problems.add("type", "must be CUSTOMER or STOCK_UP");
        return null;
    }

    private static OrderLine line(int i, LineDraft draft, Map<String, Product> products, boolean custom,
                                  Problems problems) {
        String at = "lines[" + i + "]";
        if (draft == null) {
            problems.add(at, "is required");
            return null;
        }
        Product product = null;
        if (problems.requireText(at + ".productCode", draft.productCode())) {
            product = products.get(draft.productCode());
            if (product == null) {
                problems.add(at + ".productCode", "no product " + draft.productCode());
            } else if (custom && !product.customAllowed()) {
                problems.add(at + ".productCode", product.code() + " cannot be ordered as a custom product");
            }
        }
        BigDecimal quantity = draft.quantity();
        if (quantity == null) {
            problems.add(at + ".quantity", "is required");
        } else if (quantity.signum() <= 0) {
            problems.add(at + ".quantity", "must be greater than 0");
        } else if (!problems.fitsAmountColumn(at + ".quantity", quantity)) {
            quantity = null;
        }
        problems.limitLength(at + ".specification", draft.specification(), 500);
        Money unitPrice = unitPrice(at + ".unitPrice", draft.unitPrice(), product, problems);
        if (product == null || quantity == null || quantity.signum() <= 0 || unitPrice == null
                || draft.specification() != null && draft.specification().length() > 500) {
            return null;
        }
        String specification = draft.specification() == null || draft.specification().isBlank()
                ? null : draft.specification().strip();
        return new OrderLine(i + 1, new ProductCode(product.code()), specification, quantity, product.unit(),
                unitPrice, product.listPrice(), unitPrice.times(quantity).roundedToMinorUnit());
    }

    private static Money unitPrice(String at, OrderDraft.MoneyDraft draft, Product product, Problems problems) {
        if (draft == null) {
            problems.add(at, "is required");
            return null;
        }
        BigDecimal amount = null;
        if (problems.requireText(at + ".amount", draft.amount())) {
            try {
                amount = Money.parseAmount(draft.amount());
                if (amount.signum() < 0) {
                    problems.add(at + ".amount", "must not be negative");
                    amount = null;
                } else if (!problems.fitsAmountColumn(at + ".amount", amount)) {
                    amount = null;
                }
            } catch (IllegalArgumentException e) {
                problems.add(at + ".amount", "must be a decimal amount such as \"25.00\"");
            }
        }
        boolean currency = problems.requireText(at + ".currency", draft.currency());
        if (currency && product != null && !draft.currency().equals(product.listPrice().currency())) {
            problems.add(at + ".currency", "must be " + product.listPrice().currency() + ", the price list's currency");
            currency = false;
        }
        return amount != null && currency && product != null ? new Money(amount, draft.currency()) : null;
    }

    private static List<IntakeFlag> lineFlags(int i, OrderLine line, Product product, LocalDate delivery, LocalDate today) {
        List<IntakeFlag> flags = new ArrayList<>();
        LocalDate earliest = today.plusDays(product.minLeadTimeDays());
        if (delivery != null && delivery.isBefore(earliest)) {
            flags.add(new IntakeFlag(IntakeFlag.LEAD_TIME_TOO_SHORT, "requestedDelivery", product.code() + " needs "
                    + product.minLeadTimeDays() + " days: earliest delivery " + earliest + ", requested " + delivery));
        }
        if (!line.unitPrice().equals(line.listPrice())) {
            flags.add(new IntakeFlag(IntakeFlag.PRICE_DEVIATES_FROM_LIST, "lines[" + i + "].unitPrice",
                    line.unitPrice() + " against list price " + line.listPrice()));
        }
        if (line.specification() == null) {
            flags.add(new IntakeFlag(IntakeFlag.SPECIFICATION_MISSING, "lines[" + i + "].specification",
                    "no specification given for " + product.code()));
        }
        return flags;
    }

    private static Money total(List<OrderLine> lines, Problems problems) {
        if (lines.isEmpty()) {
            return null;
        }
        String currency = lines.get(0).amount().currency();
        Money total = Money.zero(currency);
        for (OrderLine line : lines) {
            if (!line.amount().currency().equals(currency)) {
                problems.add("lines[" + (line.lineNo() - 1) + "].unitPrice.currency",
                        "all lines must be in one currency (" + currency + ")");
                return null;
            }
            total = total.plus(line.amount());
        }
        return problems.fitsAmountColumn("lines", total.amount()) ? total : null;
    }
}
