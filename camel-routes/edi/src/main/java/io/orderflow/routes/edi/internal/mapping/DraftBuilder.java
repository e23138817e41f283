package io.orderflow.routes.edi.internal.mapping;

import io.orderflow.routes.edi.internal.syntax.ErrorKind;
import io.orderflow.routes.edi.internal.syntax.Location;
import io.orderflow.routes.edi.internal.syntax.SyntaxError;
import io.orderflow.platform.api.Contact;
import io.orderflow.salesorder.api.ExternalOrder;
import io.orderflow.salesorder.api.IntakeFlag;
import io.orderflow.salesorder.api.OrderDraft;
import io.orderflow.masterdata.api.Product;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Collects what a purchase order says, whichever standard it came in, with where each value was; then fills what
 * the partner left out from master data, flagged for the review, and hands sales an ordinary draft.
 */
final class DraftBuilder {

    private static final DateTimeFormatter CCYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

    private final String transactionSet;
    private final Map<String, Location> sources = new HashMap<>();
    private final List<SyntaxError> problems = new ArrayList<>();
    private final List<Line> lines = new ArrayList<>();
    private String customerPo;
    private LocalDate delivery;
    private String currency;
    private Contact contact;
    private String line1;
    private String line2;
    private String city;
    private String postalCode;
    private String country;

    /** An order line as the partner wrote it. */
    static final class Line {
        private final int index;
        private final String lineId;
        private String productCode;
        private String specification;
        private BigDecimal quantity;
        private String unitPrice;

        private Line(int index, String lineId) {
            this.index = index;
            this.lineId = lineId;
        }
    }

    DraftBuilder(String transactionSet, Location header) {
        this.transactionSet = transactionSet;
        sources.put("", header);
    }

    void customerPo(String value, Location at) {
        customerPo = blankToNull(value);
        sources.put("customerPo", at);
    }

    /** A date as CCYYMMDD (the first eight digits are used, so CCYYMMDDHHMM is fine too). */
    void delivery(String value, Location at) {
        sources.put("requestedDelivery", at);
        try {
            delivery = LocalDate.parse(value.length() >= 8 ? value.substring(0, 8) : value, CCYYMMDD);
        } catch (DateTimeParseException e) {
            problems.add(new SyntaxError(at, ErrorKind.INVALID_DATE, "'" + value + "' is not a date CCYYMMDD"));
        }
    }

    void currency(String value) {
        currency = blankToNull(value);
    }

    void contact(String name, String phone, String email) {
        contact = new Contact(blankToNull(name), blankToNull(phone), blankToNull(email));
    }

    void shipTo(Location at) {
        sources.put("deliveryAddress", at);
    }

    void street(String first, String second, Location at) {
        line1 = blankToNull(first);
        line2 = blankToNull(second);
        sources.put("deliveryAddress.line1", at);
    }

    void city(String value, Location at) {
        city = blankToNull(value);
        sources.put("deliveryAddress.city", at);
    }

    void postalCode(String value, Location at) {
        postalCode = blankToNull(value);
        sources.put("deliveryAddress.postalCode", at);
    }

    void country(String value, Location at) {
        country = blankToNull(value);
        sources.put("deliveryAddress.country", at);
    }

    /** Starts a line; the partner's line number is kept for the order response. */
    Line line(String lineId, Location at) {
        Line line = new Line(lines.size(), lineId == null || lineId.isBlank() ? String.valueOf(lines.size() + 1)
                : lineId.strip());
        sources.put(field(lines.size(), ""), at);
        lines.add(line);
        return line;
    }

    void productCode(Line line, String value, Location at) {
        line.productCode = blankToNull(value);
        sources.put(field(line, "productCode"), at);
    }

    void specification(Line line, String value, Location at) {
        line.specification = blankToNull(value);
        sources.put(field(line, "specification"), at);
    }

    boolean hasSpecification(Line line) {
        return line.specification != null;
    }

    void quantity(Line line, String value, Location at) {
        sources.put(field(line, "quantity"), at);
        try {
            line.quantity = new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            problems.add(new SyntaxError(at, ErrorKind.INVALID_CHARACTER, "quantity '" + value + "' is not a number"));
        }
    }

    void unitPrice(Line line, String value, Location at) {
        line.unitPrice = blankToNull(value);
        sources.put(field(line, "unitPrice"), at);
    }

    /** The draft for sales, or the problems that keep the set from becoming one. */
    MappedOrder build(String customerId, MasterData masterData) {
        List<IntakeFlag> filled = new ArrayList<>();
        List<OrderDraft.LineDraft> drafts = new ArrayList<>();
        int leadTime = 0;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            Optional<Product> product = Optional.ofNullable(line.productCode).flatMap(masterData::product);
            leadTime = Math.max(leadTime, product.map(Product::minLeadTimeDays).orElse(0));
            OrderDraft.MoneyDraft price = null;
            if (line.unitPrice != null) {
                price = new OrderDraft.MoneyDraft(line.unitPrice, currency != null ? currency
                        : product.map(p -> p.listPrice().currency()).orElse(null));
            } else if (product.isPresent()) {
                price = new OrderDraft.MoneyDraft(product.get().listPrice().amount().toPlainString(),
                        product.get().listPrice().currency());
                filled.add(new IntakeFlag(IntakeFlag.FILLED_FROM_MASTER_DATA, field(i, "unitPrice"),
                        "no price sent; the price list's " + product.get().listPrice()));
            }
            drafts.add(new OrderDraft.LineDraft(line.productCode, line.specification, line.quantity, price));
        }
        LocalDate requested = delivery;
        if (requested == null && problems.stream().noneMatch(p -> p.error() == ErrorKind.INVALID_DATE)) {
            requested = masterData.today().plusDays(leadTime);
            filled.add(new IntakeFlag(IntakeFlag.FILLED_FROM_MASTER_DATA, "requestedDelivery",
                    "no delivery date sent; today plus the longest lead time, " + leadTime + " day(s)"));
        }
        if (contact == null) {
            filled.add(new IntakeFlag(IntakeFlag.FILLED_FROM_MASTER_DATA, "contact",
                    "no contact sent; the customer's contact"));
        }
        OrderDraft.AddressDraft address = line1 == null && city == null && postalCode == null && country == null ? null
                : new OrderDraft.AddressDraft(line1, line2, city, postalCode, country);
        OrderDraft draft = new OrderDraft(customerId, customerPo, requested == null ? null : requested.toString(),
                address, null, null, null, null, null, null, contact, drafts);
        return new MappedOrder(new ExternalOrder(transactionSet, draft, filled),
                lines.stream().map(line -> line.lineId).toList(), Map.copyOf(sources), List.copyOf(problems));
    }

    private String field(Line line, String name) {
        return field(line.index, name);
    }

    private static String field(int index, String name) {
        return "lines[" + index + "]" + (name.isEmpty() ? "" : "." + name);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
