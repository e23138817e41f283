package io.orderflow.routes.edi.internal.inbound;

import io.orderflow.platform.api.error.FieldProblem;
import io.orderflow.platform.api.error.ValidationException;
import io.orderflow.platform.api.security.Actor;
import io.orderflow.routes.edi.internal.ledger.EdiLedger;
import io.orderflow.routes.edi.internal.ledger.EdiLedger.Refusal;
import io.orderflow.salesorder.api.ExternalOrder;
import io.orderflow.salesorder.api.InterchangeIntake;
import io.orderflow.salesorder.api.IntakeResult;
import io.orderflow.salesorder.api.SalesOrderService;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Offers an interchange's orders to sales in one batch; when intake refuses some, they are kept in the ledger and the
 * rest is offered again. A re-run after a crash therefore offers exactly the batch that may already have been taken,
 * and sales answers with the orders it gave.
 */
final class OrderOffer {

    private static final Pattern ORDER_FIELD = Pattern.compile("orders\\[(\\d+)]\\.?(.*)");

    /**
     * What sales made of the offer.
     *
     * @param taken    the order of each set taken, by the set's index in the offer
     * @param refusals what intake refused, by the set's index in the offer
     */
    record Answer(Map<Integer, IntakeResult> taken, Map<Integer, List<Refusal>> refusals) {
    }

    private final DepartmentLink<SalesOrderService> sales;
    private final EdiLedger ledger;
    private final Clock clock;

    OrderOffer(DepartmentLink<SalesOrderService> sales, EdiLedger ledger, Clock clock) {
        this.sales = sales;
        this.ledger = ledger;
        this.clock = clock;
    }

    /**
     * @param setOfOrder the transaction set each order comes from: a set whose orders are split across locations is
     *                   taken whole or not at all, so one refused order refuses its siblings
     */
    Answer offer(String partner, String interchange, long interchangeId, List<ExternalOrder> orders,
                 List<Integer> setOfOrder, Actor actor) {
        List<Refusal> refusals = new ArrayList<>(ledger.refusals(interchangeId));
        while (true) {
            Set<Integer> refused = refusals.stream().map(Refusal::set).collect(Collectors.toSet());
            List<Integer> offered = IntStream.range(0, orders.size()).filter(i -> !refused.contains(i)).boxed().toList();
            if (offered.isEmpty()) {
                return new Answer(Map.of(), byOrder(refusals));
            }
            try {
                InterchangeIntake intake = sales.get().createInterchange(partner, interchange,
                        offered.stream().map(orders::get).toList(), actor);
                if (intake.orders().size() != offered.size()) {
                    throw new IllegalStateException("interchange " + interchange + " of " + partner + " gave "
                            + intake.orders().size() + " orders before, now " + offered.size() + " are offered");
                }
                Map<Integer, IntakeResult> taken = new HashMap<>();
                for (int k = 0; k < offered.size(); k++) {
                    taken.put(offered.get(k), intake.orders().get(k));
                }
                return new Answer(taken, byOrder(refusals));
            } catch (ValidationException e) {
                refusals.addAll(refusalsOf(e.problems(), offered));
                refusals.addAll(siblingsOf(refusals, setOfOrder));
                ledger.refused(interchangeId, refusals, clock.instant());
            }
        }
    }

    /** Intake names the offered order of each problem as {@code orders[k].}; a problem of the batch concerns all. */
    private static List<Refusal> refusalsOf(List<FieldProblem> problems, List<Integer> offered) {
        List<Refusal> found = new ArrayList<>();
        for (FieldProblem problem : problems) {
            Matcher order = ORDER_FIELD.matcher(problem.field());
            if (order.matches() && Integer.parseInt(order.group(1)) < offered.size()) {
                found.add(new Refusal(offered.get(Integer.parseInt(order.group(1))), order.group(2), problem.problem()));
            } else {
                offered.forEach(set -> found.add(new Refusal(set, "", problem.field() + " " + problem.problem())));
            }
        }
        return found;
    }

    /** The orders not refused yet whose set has a refused order. */
    private static List<Refusal> siblingsOf(List<Refusal> refusals, List<Integer> setOfOrder) {
        Set<Integer> refusedOrders = refusals.stream().map(Refusal::set).collect(Collectors.toSet());
        Set<Integer> refusedSets = refusedOrders.stream().map(setOfOrder::get).collect(Collectors.toSet());
        return IntStream.range(0, setOfOrder.size())
                .filter(k -> !refusedOrders.contains(k) && refusedSets.contains(setOfOrder.get(k)))
                .mapToObj(k -> new Refusal(k, "", "another location's order of the same purchase order was refused"))
                .toList();
    }

    private static Map<Integer, List<Refusal>> byOrder(List<Refusal> refusals) {
        return refusals.stream().collect(Collectors.groupingBy(Refusal::set));
    }
}
