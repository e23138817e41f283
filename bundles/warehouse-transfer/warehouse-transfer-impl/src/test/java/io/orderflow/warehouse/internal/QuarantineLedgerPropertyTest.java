package io.orderflow.warehouse.internal;

import static io.orderflow.warehouse.internal.QuarantineFixture.CLERK;
import static io.orderflow.warehouse.internal.QuarantineFixture.INSPECTOR;
import static io.orderflow.warehouse.internal.QuarantineFixture.LAMP;
import static io.orderflow.warehouse.internal.QuarantineFixture.SHIPPER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.orderflow.platform.api.error.ConflictException;
import io.orderflow.warehouse.api.Allocation;
import io.orderflow.warehouse.api.LedgerCheck;
import io.orderflow.warehouse.api.LineReservation;
import io.orderflow.warehouse.api.MoveRequest;
import io.orderflow.warehouse.api.MoveType;
import io.orderflow.warehouse.api.OrderLineQuantity;
import io.orderflow.warehouse.api.OrderReservation;
import io.orderflow.warehouse.api.PromiseFigure;
import io.orderflow.warehouse.api.QuarantineMove;
import io.orderflow.warehouse.api.StockMove;
import io.orderflow.warehouse.api.StockRow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Through the real ledger (the services on an in-memory Derby): random sequences of quarantine receipts, restocks and
 * issues interleaved with receipts, order reservations, cancellations, shipments and repeated quarantine calls.
 * After every step quarantine is exactly what the quarantine moves left, on hand exactly what receipts, restocks and
 * shipments left (quarantine never counts in it), every warehouse's reserved stock is what open orders hold there and
 * never more than on hand, available is on hand − reserved, and the ledger check is clean.
 */
class QuarantineLedgerPropertyTest {

    private static final int SEQUENCES = 5;
    private static final int STEPS = 80;
    private static final List<String> WAREHOUSES = List.of("N1", "S1");
    private static final List<String> REGIONS = List.of("NORTH", "SOUTH");

    /** A quarantine call that was accepted, to be repeated. */
    private record Call(MoveType type, QuarantineMove move, StockMove answer) {
    }

    @Test
    void quarantineNeverCountsAsAvailable() {
        for (long seed = 0; seed < SEQUENCES; seed++) {
            try (QuarantineFixture warehouse = new QuarantineFixture()) {
                new Sequence(warehouse, seed).run();
            }
        }
    }

    private static final class Sequence {
        private final QuarantineFixture warehouse;
        private final long seed;
        private final Random random;
        private final Map<String, BigDecimal> quarantine = new HashMap<>();
        private BigDecimal onHand = BigDecimal.ZERO;
        private final List<String> orders = new ArrayList<>();
        private final List<Call> calls = new ArrayList<>();
        private int refused;
        private int repeated;
        private int shipped;

        Sequence(QuarantineFixture warehouse, long seed) {
            this.warehouse = warehouse;
            this.seed = seed;
            this.random = new Random(seed);
            WAREHOUSES.forEach(w -> quarantine.put(w, BigDecimal.ZERO));
        }

        void run() {
            for (int step = 0; step < STEPS; step++) {
                String what = step(step);
                check("seed " + seed + ", step " + step + " (" + what + ")");
            }
            assertTrue(refused > 0 && repeated > 0 && shipped > 0 && calls.size() > 15, "seed " + seed
                    + ": the sequence tried every kind of step");
        }

        private String step(int step) {
            String at = WAREHOUSES.get(random.nextInt(WAREHOUSES.size()));
            BigDecimal quantity = BigDecimal.valueOf(1 + random.nextInt(8));
            return switch (random.nextInt(9)) {
                case 0 -> receipt(at, quantity);
                case 1, 2 -> quarantine(MoveType.QUARANTINE_RECEIPT, new QuarantineMove(at, LAMP, quantity,
                        "R-" + step, null));
                case 3 -> quarantine(MoveType.QUARANTINE_RELEASE, new QuarantineMove(at, LAMP, quantity, "L-" + step,
                        null));
                case 4 -> quarantine(MoveType.QUARANTINE_ISSUE, new QuarantineMove(at, LAMP, quantity, "X-" + step,
                        "scrapped"));
                case 5 -> order("O-" + step, quantity.add(BigDecimal.valueOf(4)));
                case 6 -> ship("SHIP-" + step);
                case 7 -> cancel();
                default -> repeat();
            };
        }

        private String receipt(String at, BigDecimal quantity) {
            warehouse.stock.record(new MoveRequest(MoveType.RECEIPT, at, LAMP, quantity, null, null), CLERK);
            onHand = onHand.add(quantity);
            return "receipt of " + quantity + " in " + at;
        }

        private String order(String order, BigDecimal quantity) {
            warehouse.reservations.reserve(order, REGIONS.get(random.nextInt(REGIONS.size())), 1,
                    LocalDate.of(2026, 3, 10 + random.nextInt(10)), List.of(new OrderLineQuantity(1, LAMP, null,
                            quantity)));
            orders.add(order);
            return "order " + order + " of " + quantity;
        }

        private String cancel() {
            if (orders.isEmpty()) {
                return "nothing to cancel";
            }
            String order = orders.get(random.nextInt(orders.size()));
            warehouse.reservations.release(order, "cancelled");
            return "cancel " + order;
        }

        private String quarantine(MoveType type, QuarantineMove move) {
            String what = type + " of " + move.quantity() + " in " + move.warehouse();
            BigDecimal held = quarantine.get(move.warehouse());
            boolean fits = type == MoveType.QUARANTINE_RECEIPT || held.compareTo(move.quantity()) >= 0;
            if (!fits) {
                assertThrows(ConflictException.class, () -> call(type, move), "seed " + seed + ": " + type + " of "
                        + move.quantity() + " with " + held + " in quarantine");
                refused++;
                return what + ", refused";
            }
            calls.add(new Call(type, move, call(type, move)));
            quarantine.put(move.warehouse(), type == MoveType.QUARANTINE_RECEIPT ? held.add(move.quantity())
                    : held.subtract(move.quantity()));
            if (type == MoveType.QUARANTINE_RELEASE) {
                onHand = onHand.add(move.quantity());
            }
            return what;
        }

        private StockMove call(MoveType type, QuarantineMove move) {
            return switch (type) {
                case QUARANTINE_RECEIPT -> warehouse.quarantine.receive(move, CLERK);
                case QUARANTINE_RELEASE -> warehouse.quarantine.release(move, INSPECTOR);
                default -> warehouse.quarantine.issue(move, INSPECTOR);
            };
        }

        /** An earlier accepted quarantine call again: the same move answers, and nothing changes. */
        private String repeat() {
            if (calls.isEmpty()) {
                return "nothing to repeat";
            }
            Call earlier = calls.get(random.nextInt(calls.size()));
            List<StockRow> rows = warehouse.stock.stock(LAMP);
            int moves = warehouse.stock.moves(null, null, 1000).size();
            int audits = warehouse.derby.audit().size();
            assertEquals(earlier.answer(), call(earlier.type(), earlier.move()), "seed " + seed);
            assertEquals(rows, warehouse.stock.stock(LAMP), "seed " + seed + ": a repeat changes no stock");
            assertEquals(moves, warehouse.stock.moves(null, null, 1000).size(), "seed " + seed);
            assertEquals(audits, warehouse.derby.audit().size(), "seed " + seed);
            repeated++;
            return "repeat " + earlier.answer().reference();
        }

        private String ship(String shipment) {
            for (String order : orders) {
                OrderReservation reservation = warehouse.reservations.reservation(order).orElseThrow();
                BigDecimal reserved = reservation.lines().get(0).reserved();
                if (!reservation.released() && reserved.signum() > 0) {
                    BigDecimal quantity = BigDecimal.valueOf(1 + random.nextInt(reserved.intValueExact()));
                    warehouse.reservations.issueForShipment(order, shipment, List.of(new OrderLineQuantity(1, LAMP,
                            null, quantity)), SHIPPER);
                    onHand = onHand.subtract(quantity);
                    shipped++;
                    return "ship " + quantity + " of " + order;
                }
            }
            return "nothing to ship";
        }

        private void check(String where) {
            Map<String, BigDecimal> held = new HashMap<>();
            for (String order : orders) {
                OrderReservation reservation = warehouse.reservations.reservation(order).orElseThrow();
                for (LineReservation line : reservation.lines()) {
                    assertTrue(line.reserved().compareTo(line.ordered()) <= 0, where + ": " + line);
                    for (Allocation allocation : line.allocations()) {
                        held.merge(allocation.warehouse(), allocation.quantity(), BigDecimal::add);
                    }
                }
            }
            BigDecimal total = BigDecimal.ZERO;
            for (StockRow row : warehouse.stock.stock(LAMP)) {
                assertEquals(0, row.quarantine().compareTo(quarantine.get(row.warehouse())), where + ": quarantine "
                        + row);
                // available-to-promise reads the balances its own way: quarantine must never be in it
                PromiseFigure promise = warehouse.promises.availableToPromise(LAMP, row.warehouse(), null);
                assertEquals(0, promise.available().compareTo(row.onHand().subtract(row.reserved())), where
                        + ": available to promise " + promise + " beside " + row);
                assertTrue(row.reserved().compareTo(row.onHand()) <= 0, where + ": reserved within on hand " + row);
                assertEquals(0, row.reserved().compareTo(held.getOrDefault(row.warehouse(), BigDecimal.ZERO)),
                        where + ": reserved is what orders hold " + row);
                total = total.add(row.onHand());
            }
            assertEquals(0, total.compareTo(onHand), where + ": on hand " + total + ", receipts, restocks and"
                    + " shipments left " + onHand);
            LedgerCheck ledger = warehouse.stock.verifyLedger();
            assertTrue(ledger.consistent(), where + ": " + ledger.mismatches());
        }
    }
}
