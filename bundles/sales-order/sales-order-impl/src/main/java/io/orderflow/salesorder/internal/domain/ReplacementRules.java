package io.orderflow.salesorder.internal.domain;

import io.orderflow.platform.api.Money;
import io.orderflow.platform.api.PaymentTerms;
import io.orderflow.platform.api.error.ConflictException;
import io.orderflow.platform.api.error.Problems;
import io.orderflow.salesorder.api.OrderLine;
import io.orderflow.salesorder.api.OrderType;
import io.orderflow.salesorder.api.ReplacementRequest;
import io.orderflow.salesorder.api.SalesOrder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Replacement orders for after-sales' exchanges (domain.md §6): goods of lines of a customer order that was (at least
 * partly) dispatched, at most what each line ordered, sent again at no charge to the same customer, address, currency
 * and terms.
 */
public final class ReplacementRules {

    /** After-sales' RMA numbers and references are at most 60 characters. */
    static final int MAX_RMA = 60;
    static final int MAX_ORDER_NUMBER = 20;

    private ReplacementRules() {
    }

    /**
     * The request's own problems, before any order is read: the RMA, the original's number, each line once with a
     * quantity above zero.
     *
     * @throws io.orderflow.platform.api.error.ValidationException naming every bad field
     */
    public static void check(ReplacementRequest request) {
        Problems problems = new Problems();
        if (request == null) {
            problems.add("request", "is required");
            problems.throwIfAny();
        }
        if (problems.requireText("rma", request.rma())) {
            problems.checkCharacters("rma", request.rma(), false);
            problems.limitLength("rma", request.rma(), MAX_RMA);
        }
        if (problems.requireText("originalOrder", request.originalOrder())) {
            problems.checkCharacters("originalOrder", request.originalOrder(), false);
            problems.limitLength("originalOrder", request.originalOrder(), MAX_ORDER_NUMBER);
        }
        List<ReplacementRequest.Line> lines = request.lines() == null ? List.of() : request.lines();
        if (lines.isEmpty()) {
            problems.add("lines", "at least one line of the original order is required");
        }
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            ReplacementRequest.Line line = lines.get(i);
            String at = "lines[" + i + "]";
            if (line == null) {
                problems.add(at, "is required");
                continue;
            }
            if (!seen.add(line.lineNo())) {
                problems.add(at + ".lineNo", "line " + line.lineNo() + " is named twice");
            }
            if (line.quantity() == null) {
                problems.add(at + ".quantity", "is required");
            } else if (line.quantity().signum() <= 0) {
                problems.add(at + ".quantity", "must be greater than 0");
            } else {
                problems.fitsAmountColumn(at + ".quantity", line.quantity());
            }
        }
        problems.throwIfAny();
    }

    /**
     * The replacement of {@code request}'s lines of {@code original}: each the original line's product, specification
     * and unit (and line number) at unit price 0, the total 0; the original's customer, address, terms, contact,
     * custom and installation flags; wanted {@code today}; no intake flags.
     *
     * @param dispatched whether logistics dispatched something of the original
     * @throws ConflictException naming the original when it is not a customer order or nothing of it was dispatched
     * @throws io.orderflow.platform.api.error.ValidationException naming a line the original has not, or a quantity
     *                                                             above what it ordered
     */
    public static AcceptedOrder replacementOf(SalesOrder original, boolean dispatched, ReplacementRequest request,
                                              LocalDate today) {
        if (original.type() != OrderType.CUSTOMER) {
            throw new ConflictException("originalOrder " + original.number() + " is a " + original.type()
                    + " order; only goods of a customer order are replaced");
        }
        if (!dispatched) {
            throw new ConflictException("originalOrder " + original.number() + ": nothing of it was dispatched, so"
                    + " nothing of it can be replaced");
        }
        Map<Integer, OrderLine> byNumber = new HashMap<>();
        original.lines().forEach(line -> byNumber.put(line.lineNo(), line));
        Money zero = Money.zero(original.total().currency());
        Problems problems = new Problems();
        List<OrderLine> lines = new ArrayList<>();
        for (int i = 0; i < request.lines().size(); i++) {
            ReplacementRequest.Line wanted = request.lines().get(i);
            OrderLine line = byNumber.get(wanted.lineNo());
            if (line == null) {
                problems.add("lines[" + i + "].lineNo", "order " + original.number() + " has no line "
                        + wanted.lineNo());
            } else if (wanted.quantity().compareTo(line.quantity()) > 0) {
                problems.add("lines[" + i + "].quantity", "at most " + line.quantity().stripTrailingZeros()
                        .toPlainString() + ", what line " + line.lineNo() + " of " + original.number() + " ordered");
            } else {
                lines.add(new OrderLine(line.lineNo(), line.productCode(), line.specification(), wanted.quantity(),
                        line.unit(), zero, line.listPrice(), zero));
            }
        }
        problems.throwIfAny();
        return new AcceptedOrder(original.customerId(), request.rma().strip(), today, original.deliveryAddress(),
                PaymentTerms.parse(original.paymentTerms()), OrderType.REPLACEMENT, original.custom(),
                original.installation(), false, null, original.contact(), List.copyOf(lines), zero, List.of());
    }

    /**
     * Whether {@code replacement}, placed earlier for the same RMA, is what {@code request} asks: the same original and
     * the same lines and quantities. A retry after a crash asks the same; anything else is a mistake to refuse.
     */
    public static boolean answers(SalesOrder replacement, ReplacementRequest request) {
        if (!request.originalOrder().strip().equals(replacement.replacementFor())
                || request.lines().size() != replacement.lines().size()) {
            return false;
        }
        Map<Integer, BigDecimal> placed = new HashMap<>();
        replacement.lines().forEach(line -> placed.put(line.lineNo(), line.quantity()));
        return request.lines().stream().allMatch(line -> placed.containsKey(line.lineNo())
                && placed.get(line.lineNo()).compareTo(line.quantity()) == 0);
    }
}
