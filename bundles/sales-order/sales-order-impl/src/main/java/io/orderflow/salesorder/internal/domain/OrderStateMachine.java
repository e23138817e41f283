package io.orderflow.salesorder.internal.domain;

import io.orderflow.platform.api.error.ConflictException;
import io.orderflow.salesorder.api.OrderStatus;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The statuses an order goes through (docs/business-rules.md §2.6) and the moves between them. */
public final class OrderStateMachine {

    /** What can happen to an order. */
    public enum Move {
        CONFIRM, REJECT, CANCEL, HOLD, RELEASE, START_PRODUCTION, FULLY_RESERVE, LOSE_RESERVATION, SHIP, COMPLETE, REVISE
    }

    private static final Set<OrderStatus> OPEN_BEFORE_SHIPMENT = EnumSet.of(OrderStatus.PENDING_CONFIRMATION,
            OrderStatus.CONFIRMED, OrderStatus.IN_PRODUCTION, OrderStatus.AWAITING_SHIPMENT);
    private static final Map<Move, Set<OrderStatus>> FROM = new EnumMap<>(Move.class);
    /** Once some of an order was dispatched only a return changes it (docs/business-rules.md §2.5). */
    private static final Set<Move> BEFORE_DISPATCH = EnumSet.of(Move.CANCEL, Move.REVISE);

    static {
        FROM.put(Move.CONFIRM, EnumSet.of(OrderStatus.PENDING_CONFIRMATION));
        FROM.put(Move.REJECT, EnumSet.of(OrderStatus.PENDING_CONFIRMATION));
        FROM.put(Move.CANCEL, union(OPEN_BEFORE_SHIPMENT, OrderStatus.ON_HOLD));
        FROM.put(Move.HOLD, OPEN_BEFORE_SHIPMENT);
        FROM.put(Move.RELEASE, EnumSet.of(OrderStatus.ON_HOLD));
        FROM.put(Move.START_PRODUCTION, EnumSet.of(OrderStatus.CONFIRMED));
        FROM.put(Move.FULLY_RESERVE, EnumSet.of(OrderStatus.CONFIRMED, OrderStatus.IN_PRODUCTION));
        FROM.put(Move.LOSE_RESERVATION, EnumSet.of(OrderStatus.AWAITING_SHIPMENT));
        FROM.put(Move.SHIP, EnumSet.of(OrderStatus.AWAITING_SHIPMENT));
        FROM.put(Move.COMPLETE, EnumSet.of(OrderStatus.SHIPPED));
        FROM.put(Move.REVISE, union(OPEN_BEFORE_SHIPMENT, OrderStatus.ON_HOLD));
    }

    private OrderStateMachine() {
    }

    /**
     * Checks that {@code move} may happen to an order in {@code status}.
     *
     * @throws ConflictException naming what may happen to an order in that status
     */
    public static void require(Move move, OrderStatus status) {
        if (!allows(move, status)) {
            throw new ConflictException("cannot " + words(move) + " an order that is " + status + "; allowed now: "
                    + allowed(status));
        }
    }

    /**
     * Checks that {@code move} may happen to an order in {@code status}, some of which was {@code dispatched} or not.
     *
     * @throws ConflictException saying that only a return changes a dispatched order, or as {@link #require(Move,
     *                           OrderStatus)}
     */
    public static void require(Move move, OrderStatus status, boolean dispatched) {
        if (dispatched && BEFORE_DISPATCH.contains(move)) {
            throw new ConflictException("cannot " + words(move) + " an order some of which was dispatched; only a"
                    + " return can change it now");
        }
        require(move, status);
    }

    public static boolean allows(Move move, OrderStatus status) {
        return FROM.get(move).contains(status);
    }

    public static boolean allows(Move move, OrderStatus status, boolean dispatched) {
        return !(dispatched && BEFORE_DISPATCH.contains(move)) && allows(move, status);
    }

    /** The moves allowed from {@code status}, in words. */
    static String allowed(OrderStatus status) {
        String moves = FROM.entrySet().stream().filter(e -> e.getValue().contains(status))
                .map(e -> words(e.getKey())).collect(Collectors.joining(", "));
        return moves.isEmpty() ? "nothing (the order is closed)" : moves;
    }

    private static String words(Move move) {
        return move.name().toLowerCase().replace('_', ' ');
    }

    private static Set<OrderStatus> union(Set<OrderStatus> set, OrderStatus extra) {
        Set<OrderStatus> result = EnumSet.copyOf(set);
        result.add(extra);
        return result;
    }
}
