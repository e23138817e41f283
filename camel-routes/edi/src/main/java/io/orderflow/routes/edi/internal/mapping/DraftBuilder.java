package io.orderflow.routes.edi.internal.mapping;

import io.orderflow.masterdata.api.Customer;
import io.orderflow.masterdata.api.ItemIdKind;
import io.orderflow.masterdata.api.PartnerItem;
import io.orderflow.masterdata.api.PartnerLocation;
import io.orderflow.masterdata.api.Product;
import io.orderflow.platform.api.Address;
import io.orderflow.platform.api.Contact;
import io.orderflow.routes.edi.internal.syntax.ErrorKind;
import io.orderflow.routes.edi.internal.syntax.ItemNumber;
import io.orderflow.routes.edi.internal.syntax.Location;
import io.orderflow.routes.edi.internal.syntax.SyntaxError;
import io.orderflow.salesorder.api.ExternalOrder;
import io.orderflow.salesorder.api.IntakeFlag;
import io.orderflow.salesorder.api.OrderDraft;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Collects what a purchase order says, whichever standard it came in, with where each value was; then maps it the
 * partner's way (its item numbers through its cross-reference, its location codes through its location table), fills
 * what the partner left out from master data, flagged for the review, and hands sales ordinary drafts: one per
 * ship-to location when the order splits its quantities across stores.
 */
final class DraftBuilder {

    private static final DateTimeFormatter CCYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;
    /** A plain decimal of sensible size: an exponent (which the standards' R type allows) could not be computed. */
    private static final Pattern PLAIN_DECIMAL = Pattern.compile("[+-]?\\d{1,15}(\\.\\d{0,6})?|[+-]?\\.\\d{1,6}");
    /** Sales' longest customer PO: a split order's PO with its location code must fit. */
    private static final int MAX_PO_LENGTH = 50;

    private final String partner;
    private final String transactionSet;
    private final Location header;
    private final Map<String, Location> sources = new HashMap<>();
    private final List<SyntaxError> problems = new ArrayList<>();
    private final List<Line> lines = new ArrayList<>();
    /** Where each split location was first named (SDQ, LOC+7), to point at it. */
    private final Map<String, Location> splitAt = new HashMap<>();
    private String customerPo;
    private LocalDate delivery;
    private String currency;
    private Contact contact;
    private String shipToCode;
    private Location shipToAt;
    private String line1;
    private String line2;
    private String city;
    private String postalCode;
    private String country;

    /** An item number as the partner qualified it: its qualifier as written, and what kind of number that means. */
    private record ItemId(String qualifier, ItemIdKind kind, String number, Location at) {
    }

    /** An order line as the partner wrote it. */
    static final class Line {
        private final String lineId;
        private final Location at;
        private final List<ItemId> ids = new ArrayList<>();
        private final Map<String, BigDecimal> perLocation = new LinkedHashMap<>();
        private final Map<String, Location> perLocationAt = new HashMap<>();
        private String specification;
        private BigDecimal quantity;
        private String unit;
        private String unitPrice;
        private final Map<String, Location> sources = new HashMap<>();

        private Line(String lineId, Location at) {
            this.lineId = lineId;
            this.at = at;
        }
    }

    DraftBuilder(String partner, String transactionSet, Location header) {
        this.partner = partner;
        this.transactionSet = transactionSet;
        this.header = header;
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

    /** The ship-to party, with the partner's code for the location when it gives one. */
    void shipTo(String code, Location at) {
        shipToCode = blankToNull(code);
        shipToAt = at;
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
        Line line = new Line(lineId == null || lineId.isBlank() ? String.valueOf(lines.size() + 1) : lineId.strip(),
                at);
        lines.add(line);
        return line;
    }

    /** One of the line's item numbers, with the partner's qualifier (PO106/07…, LIN03, PIA). */
    void item(Line line, String qualifier, String number, Location at) {
        if (number != null && !number.isBlank()) {
            line.ids.add(new ItemId(qualifier == null ? "" : qualifier.strip(), ItemQualifiers.kind(qualifier),
                    number.strip(), at));
        }
    }

    void specification(Line line, String value, Location at) {
        line.specification = blankToNull(value);
        line.sources.put("specification", at);
    }

    boolean hasSpecification(Line line) {
        return line.specification != null;
    }

    void quantity(Line line, String value, String unit, Location at) {
        line.sources.put("quantity", at);
        line.unit = blankToNull(unit);
        line.quantity = number(value, at);
    }

    /**
     * The part of a line's quantity for one ship-to location (X12 SDQ, EDIFACT LOC + QTY under the line).
     *
     * @param unit   the unit the split is given in (SDQ01, QTY 6411); it must be the line's
     * @param unitAt where that unit was written
     */
    void quantityAt(Line line, String locationCode, String value, String unit, Location unitAt, Location at) {
        SyntaxError otherUnit = new SyntaxError(unitAt, ErrorKind.VALUE_REFUSED, "the locations' quantities are in "
                + unit + ", the line's in " + line.unit);
        if (unit != null && !unit.isBlank() && line.unit != null && !unit.strip().equalsIgnoreCase(line.unit)
                && !problems.contains(otherUnit)) {
            problems.add(otherUnit);
        }
        BigDecimal quantity = number(value, at);
        if (quantity != null && locationCode != null && !locationCode.isBlank()) {
            String code = locationCode.strip();
            line.perLocation.merge(code, quantity, BigDecimal::add);
            line.perLocationAt.putIfAbsent(code, at);
            splitAt.putIfAbsent(code, at);
        }
    }

    void unitPrice(Line line, String value, Location at) {
        line.unitPrice = blankToNull(value);
        line.sources.put("unitPrice", at);
    }

    /**
     * The drafts for sales, or the problems that keep the set from becoming them: one draft for the order's ship-to,
     * or, when lines split their quantities across locations, one per location (its PO number suffixed with the
     * location code, so that one PO for three stores gives three orders and a resend the same three).
     */
    List<MappedOrder> build(String defaultCustomer, MasterData masterData) {
        Set<String> split = new LinkedHashSet<>();
        lines.forEach(line -> split.addAll(line.perLocation.keySet()));
        for (Line line : lines) {
            BigDecimal stores = line.perLocation.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            if (!line.perLocation.isEmpty() && line.quantity != null && stores.compareTo(line.quantity) != 0) {
                problems.add(new SyntaxError(line.sources.getOrDefault("quantity", line.at), ErrorKind.VALUE_REFUSED,
                        "the locations' quantities add up to " + stores.toPlainString() + ", not the line's "
                                + line.quantity.toPlainString()));
            }
        }
        if (split.isEmpty()) {
            return List.of(buildOne(null, 0, lines.stream().map(line -> new Portion(line, line.quantity)).toList(),
                    defaultCustomer, masterData));
        }
        List<MappedOrder> orders = new ArrayList<>();
        List<Portion> unsplit = lines.stream().filter(line -> line.perLocation.isEmpty())
                .map(line -> new Portion(line, line.quantity)).toList();
        if (!unsplit.isEmpty()) {
            orders.add(buildOne(null, 0, unsplit, defaultCustomer, masterData));
        }
        int index = 0;
        for (String location : split) {
            orders.add(buildOne(location, ++index, lines.stream().filter(line -> line.perLocation.containsKey(location))
                    .map(line -> new Portion(line, line.perLocation.get(location))).toList(), defaultCustomer,
                    masterData));
        }
        return orders;
    }

    /** A line's quantity for one order. */
    private record Portion(Line line, BigDecimal quantity) {
    }

    /**
     * @param splitLocation the location of a split order; null for the order's own ship-to
     * @param splitIndex    the split location's place among the set's, from 1: it tells its order from the others
     */
    private MappedOrder buildOne(String splitLocation, int splitIndex, List<Portion> portions, String defaultCustomer,
                                 MasterData masterData) {
        List<SyntaxError> found = new ArrayList<>(problems);
        List<IntakeFlag> filled = new ArrayList<>();
        Map<String, Location> where = new HashMap<>(sources);
        where.put("", header);
        String locationCode = splitLocation != null ? splitLocation : shipToCode;
        Optional<PartnerLocation> location = Optional.ofNullable(locationCode)
                .flatMap(code -> masterData.location(partner, code));
        String customerId = location.map(PartnerLocation::customerId).orElse(defaultCustomer);
        Optional<Customer> customer = masterData.customer(customerId);
        OrderDraft.AddressDraft address = splitLocation == null ? sentAddress() : null;
        if (address == null) {
            if (locationCode != null && location.isEmpty()) {
                found.add(new SyntaxError(splitLocation != null ? splitAt.get(splitLocation)
                        : shipToAt != null ? shipToAt : header,
                        ErrorKind.VALUE_REFUSED, "ship-to location " + locationCode + " is not in partner " + partner
                        + "'s location table"));
            }
            address = location.map(PartnerLocation::deliveryAddress).map(DraftBuilder::draftOf)
                    .map(a -> flagged(a, filled, "the ship-to address from partner " + partner + "'s location "
                            + locationCode))
                    .orElseGet(() -> customer.map(Customer::deliveryAddress).map(DraftBuilder::draftOf)
                            .map(a -> flagged(a, filled, "no ship-to sent; the customer's default delivery address"))
                            .orElse(null));
        }
        String orderCurrency = currency != null ? currency : customer.map(c -> c.creditLimit().currency())
                .orElse(null);
        List<OrderDraft.LineDraft> drafts = new ArrayList<>();
        int leadTime = 0;
        for (int i = 0; i < portions.size(); i++) {
            Portion portion = portions.get(i);
            Line line = portion.line();
            String at = "lines[" + i + "]";
            where.put(at, line.at);
            line.sources.forEach((name, source) -> where.put(at + "." + name, source));
            if (splitLocation != null) {
                where.put(at + ".quantity", line.perLocationAt.get(splitLocation));
            }
            Optional<Resolved> resolved = resolve(line, masterData, found);
            resolved.ifPresent(r -> where.put(at + ".productCode", r.at()));
            Optional<Product> product = resolved.flatMap(r -> masterData.product(r.productCode()));
            leadTime = Math.max(leadTime, product.map(Product::minLeadTimeDays).orElse(0));
            BigDecimal quantity = portion.quantity();
            String unitPrice = line.unitPrice;
            String lineCurrency = orderCurrency != null ? orderCurrency
                    : product.map(p -> p.listPrice().currency()).orElse(null);
            if (resolved.isPresent() && resolved.get().packSize() > 1 && quantity != null) {
                int pack = resolved.get().packSize();
                quantity = quantity.multiply(BigDecimal.valueOf(pack));
                unitPrice = unitPrice == null || lineCurrency == null ? unitPrice : perUnit(unitPrice, pack,
                        lineCurrency);
                filled.add(new IntakeFlag(IntakeFlag.FILLED_FROM_MASTER_DATA, at + ".quantity", portion.quantity()
                        + " " + line.unit + " of " + pack + " each, from partner " + partner + "'s cross-reference"));
            }
            OrderDraft.MoneyDraft price = null;
            if (unitPrice != null) {
                price = new OrderDraft.MoneyDraft(unitPrice, lineCurrency);
                if (currency == null && lineCurrency != null) {
                    filled.add(new IntakeFlag(IntakeFlag.FILLED_FROM_MASTER_DATA, at + ".unitPrice",
                            "no currency sent; " + lineCurrency));
                }
            } else if (product.isPresent()) {
                price = new OrderDraft.MoneyDraft(product.get().listPrice().amount().toPlainString(),
                        product.get().listPrice().currency());
                filled.add(new IntakeFlag(IntakeFlag.FILLED_FROM_MASTER_DATA, at + ".unitPrice",
                        "no price sent; the price list's " + product.get().listPrice()));
            }
            drafts.add(new OrderDraft.LineDraft(resolved.map(Resolved::productCode).orElse(null), line.specification,
                    quantity, price));
        }
        LocalDate requested = delivery;
        if (requested == null && found.stream().noneMatch(p -> p.error() == ErrorKind.INVALID_DATE)) {
            requested = masterData.today().plusDays(leadTime);
            filled.add(new IntakeFlag(IntakeFlag.FILLED_FROM_MASTER_DATA, "requestedDelivery",
                    "no delivery date sent; today plus the longest lead time, " + leadTime + " day(s)"));
        }
        if (contact == null) {
            filled.add(new IntakeFlag(IntakeFlag.FILLED_FROM_MASTER_DATA, "contact",
                    "no contact sent; the customer's contact"));
        }
        String po = customerPo == null || splitLocation == null ? customerPo : customerPo + "/" + splitLocation;
        if (splitLocation != null && po != null && po.length() > MAX_PO_LENGTH) {
            found.add(new SyntaxError(splitAt.get(splitLocation), ErrorKind.VALUE_REFUSED, "the PO number with location "
                    + splitLocation + " is longer than " + MAX_PO_LENGTH + " characters"));
        }
        OrderDraft draft = new OrderDraft(customerId, po, requested == null ? null : requested.toString(), address,
                null, null, null, null, null, null, contact, drafts);
        String reference = splitLocation == null ? transactionSet : transactionSet + "/" + splitIndex;
        return new MappedOrder(new ExternalOrder(reference, draft, filled), customerPo,
                portions.stream().map(portion -> portion.line().lineId).toList(),
                portions.stream().map(portion -> portion.line().ids.stream()
                        .map(id -> new ItemNumber(id.qualifier(), id.number())).toList()).toList(),
                Map.copyOf(where), List.copyOf(found));
    }

    /** Our product for a line, how many of its units one of the partner's holds, and the number it came from. */
    private record Resolved(String productCode, int packSize, Location at) {
    }

    /**
     * The partner's cross-reference first, for each number it sent; then a number that is our own product code (the
     * vendor's part first). A line none of whose numbers maps is a problem at its first number.
     */
    private Optional<Resolved> resolve(Line line, MasterData masterData, List<SyntaxError> found) {
        for (ItemId id : line.ids) {
            if (id.kind() != null) {
                Optional<PartnerItem> item = masterData.item(partner, id.kind(), id.number());
                if (item.isPresent()) {
                    boolean packs = item.get().partnerUnit() != null && item.get().partnerUnit()
                            .equalsIgnoreCase(line.unit);
                    return Optional.of(new Resolved(item.get().productCode(), packs ? item.get().packSize() : 1,
                            id.at()));
                }
            }
        }
        Optional<ItemId> ours = line.ids.stream()
                .sorted(Comparator.comparingInt(id -> ItemQualifiers.asOurCode(id.kind())))
                .filter(id -> masterData.product(id.number()).isPresent()).findFirst();
        if (ours.isPresent()) {
            return Optional.of(new Resolved(ours.get().number(), 1, ours.get().at()));
        }
        ItemId first = line.ids.stream().min(Comparator.comparingInt(id -> ItemQualifiers.asOurCode(id.kind())))
                .orElse(null);
        found.add(new SyntaxError(first == null ? line.at : first.at(), ErrorKind.VALUE_REFUSED, first == null
                ? "the line names no item" : "item " + first.number() + " is neither one of our products nor in"
                + " partner " + partner + "'s cross-reference"));
        return Optional.empty();
    }

    /** A price per partner unit (a case) as the price of one of our units, in the currency's scale. */
    private static String perUnit(String casePrice, int packSize, String currency) {
        if (!PLAIN_DECIMAL.matcher(casePrice.strip()).matches()) {
            return casePrice; // not a plain number: sales names the problem
        }
        try {
            int scale = Currency.getInstance(currency).getDefaultFractionDigits();
            return new BigDecimal(casePrice.strip()).divide(BigDecimal.valueOf(packSize), Math.max(scale, 0),
                    RoundingMode.HALF_UP).toPlainString();
        } catch (IllegalArgumentException e) {
            return casePrice; // not a number or currency: sales names the problem
        }
    }

    private OrderDraft.AddressDraft sentAddress() {
        return line1 == null && city == null && postalCode == null && country == null ? null
                : new OrderDraft.AddressDraft(line1, line2, city, postalCode, country);
    }

    private static OrderDraft.AddressDraft draftOf(Address address) {
        return new OrderDraft.AddressDraft(address.line1(), address.line2(), address.city(), address.postalCode(),
                address.country());
    }

    private static OrderDraft.AddressDraft flagged(OrderDraft.AddressDraft address, List<IntakeFlag> filled,
                                                   String detail) {
        filled.add(new IntakeFlag(IntakeFlag.FILLED_FROM_MASTER_DATA, "deliveryAddress", detail));
        return address;
    }

    private BigDecimal number(String value, Location at) {
        if (value == null || !PLAIN_DECIMAL.matcher(value.strip()).matches()) {
            problems.add(new SyntaxError(at, ErrorKind.INVALID_CHARACTER, "quantity '" + value + "' is not a plain"
                    + " decimal number"));
            return null;
        }
        return new BigDecimal(value.strip());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
