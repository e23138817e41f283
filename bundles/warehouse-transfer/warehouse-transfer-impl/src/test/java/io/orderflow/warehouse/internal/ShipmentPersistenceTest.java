package io.orderflow.warehouse.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.orderflow.masterdata.api.Product;
import io.orderflow.masterdata.api.Region;
import io.orderflow.platform.api.audit.AuditRecord;
import io.orderflow.platform.api.error.ConflictException;
import io.orderflow.platform.api.security.Actor;
import io.orderflow.platform.api.security.Roles;
import io.orderflow.platform.api.time.BusinessClock;
import io.orderflow.platform.testkit.InMemoryDepartment;
import io.orderflow.platform.testkit.MasterDataStandIns;
import io.orderflow.warehouse.api.Allocation;
import io.orderflow.warehouse.api.LineReservation;
import io.orderflow.warehouse.api.MoveRequest;
import io.orderflow.warehouse.api.MoveType;
import io.orderflow.warehouse.api.OrderLineQuantity;
import io.orderflow.warehouse.api.ShipmentCheck;
import io.orderflow.warehouse.api.StockMove;
import io.orderflow.warehouse.api.StockRow;
import io.orderflow.warehouse.api.Warehouse;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Partial shipments on an in-memory Derby ({@link InMemoryDepartment}, the shipped migrations and the real unit): the
 * check before a shipment, goods leaving from an order's reservation and a rest closed without shipping, each once per
 * reference. Order O-1 wants 100 lamps (4000K), reserved 70 in N1 (its region) and 30 in S1, and 10 bulbs, of which 4
 * are in stock.
 */
class ShipmentPersistenceTest {

    private static final Actor CLERK = new Actor("walter", Set.of(Roles.WAREHOUSE));
    private static final Actor SHIPPER = new Actor("lena", Set.of(Roles.LOGISTICS));
    private static final String LAMP = "LED-LAMP";
    private static final String BULB = "BULB";
    private static final String ORDER = "O-1";

    private final InMemoryDepartment derby = new InMemoryDepartment("orderflow-warehouse-transfer");
    private final BusinessClock clock = BusinessClock.of(Clock.fixed(Instant.parse("2026-03-02T08:00:00Z"),
            ZoneOffset.UTC));
    private final StockServiceImpl stock = new StockServiceImpl(derby.jpa(), derby.migrations(),
            derby.transactions(), derby.outbox(), derby.auditTrail(),
            MasterDataStandIns.products(new Product(LAMP, "LED lamp", "pcs", null, 1, false, null),
                    new Product(BULB, "Bulb", "pcs", null, 1, false, null)),
            MasterDataStandIns.regions(new Region("NORTH", "North"), new Region("SOUTH", "South")), clock);
    private final ReservationServiceImpl reservations = new ReservationServiceImpl(derby.jpa(), derby.migrations(),
            derby.transactions(), derby.outbox(), derby.auditTrail(), TestConfigs.reservationsByPriority(), clock);

    @BeforeEach
    void reserveTheOrder() {
        stock.saveWarehouse(new Warehouse("N1", "North one", "NORTH", 1), CLERK);
        stock.saveWarehouse(new Warehouse("S1", "South one", "SOUTH", 2), CLERK);
        receive("N1", LAMP, "70");
        receive("S1", LAMP, "50");
        receive("N1", BULB, "4");
        reservations.reserve(ORDER, "NORTH", 1, LocalDate.of(2026, 3, 20),
                List.of(lamps("100"), bulbs("10")));
        assertEquals(List.of(new Allocation("N1", new BigDecimal("70")), new Allocation("S1", new BigDecimal("30"))),
                line(1).allocations());
    }

    @AfterEach
    void dropDatabase() {
        derby.close();
    }

    @Test
    void partOfAnOrderPassesTheCheckUpToWhatIsReserved() {
        assertCheck(List.of(), lamps("60"));
        assertCheck(List.of(), lamps("100"), bulbs("4"));
        assertCheck(List.of("line 1: quantity 120, reserved 100 of 100 open"), lamps("120"));
        assertCheck(List.of("line 1: specification '2700K', ordered '4000K'"),
                new OrderLineQuantity(1, LAMP, "2700K", new BigDecimal("60")));
        assertCheck(List.of("line 2: quantity 5, reserved 4 of 10 open"), bulbs("5"));
        assertCheck(List.of("line 9: not a line of the order"), new OrderLineQuantity(9, LAMP, null, BigDecimal.ONE));
        assertCheck(List.of("line 1: quantity 0, must be above 0 with at most 4 decimals"), lamps("0"));
        assertEquals(List.of("order O-2 has no reservation"),
                reservations.checkShipment("O-2", List.of(lamps("1"))).problems());
    }

    @Test
    void shippedGoodsLeaveWhereTheyWereReservedAndAreNoLongerWanted() {
        int eventsBefore = derby.events().size();
        reservations.issueForShipment(ORDER, "SHIP-1", List.of(lamps("60")), SHIPPER);
        assertStock("N1", LAMP, "10", "10");
        assertStock("S1", LAMP, "50", "30");
        assertLine(1, "40", "40", "0");

        reservations.issueForShipment(ORDER, "SHIP-2", List.of(lamps("40")), SHIPPER);
        assertStock("N1", LAMP, "0", "0");
        assertStock("S1", LAMP, "20", "0");
        assertLine(1, "0", "0", "0");
        assertLine(2, "10", "4", "6");

        List<StockMove> issues = stock.moves(LAMP, null, 50).stream()
                .filter(move -> move.type() == MoveType.SHIPMENT_ISSUE).toList();
        assertEquals(List.of("SHIP-1 N1 60", "SHIP-2 N1 10", "SHIP-2 S1 30"), issues.stream()
                .map(move -> move.reference() + " " + move.warehouse() + " " + move.quantity().toPlainString())
                .sorted().toList());
        assertTrue(stock.verifyLedger().consistent());
        assertEquals(eventsBefore, derby.events().size(), "a shipment announces no reservation");
        AuditRecord audit = derby.audit().get(derby.audit().size() - 1);
        assertEquals(List.of("STOCK_SHIPMENT_ISSUE", ORDER, Roles.LOGISTICS, "line 1 40 ref SHIP-2"),
                List.of(audit.action(), audit.subject(), audit.role(), audit.details()));
    }

    @Test
    void aShipmentIsIssuedOnce() {
        reservations.issueForShipment(ORDER, "SHIP-1", List.of(lamps("60"), bulbs("4")), SHIPPER);
        int moves = stock.moves(null, null, 100).size();
        int audits = derby.audit().size();

        reservations.issueForShipment(ORDER, "SHIP-1", List.of(bulbs("4"),
                new OrderLineQuantity(1, LAMP, "4000K", new BigDecimal("60.00"))), SHIPPER);
        ConflictException other = assertThrows(ConflictException.class,
                () -> reservations.issueForShipment(ORDER, "SHIP-1", List.of(lamps("30")), SHIPPER));
        assertEquals("shipment SHIP-1 of order O-1 took other lines: line 1 60, line 2 4", other.getMessage());

        assertEquals(moves, stock.moves(null, null, 100).size());
        assertEquals(audits, derby.audit().size());
        assertStock("N1", LAMP, "10", "10");
        assertLine(1, "40", "40", "0");
    }

    @Test
    void aShipmentTheCheckRefusesChangesNothing() {
        ConflictException refused = assertThrows(ConflictException.class, () -> reservations.issueForShipment(ORDER,
                "SHIP-1", List.of(lamps("60"), new OrderLineQuantity(2, BULB, "matt", new BigDecimal("5"))), SHIPPER));
        assertEquals("order O-1, shipment SHIP-1: line 2: specification 'matt', ordered none; line 2: quantity 5,"
                + " reserved 4 of 10 open", refused.getMessage());
        assertStock("N1", LAMP, "70", "70");
        assertLine(1, "100", "100", "0");
        assertTrue(stock.moves(null, null, 100).stream().noneMatch(move -> move.type() == MoveType.SHIPMENT_ISSUE));

        reservations.release(ORDER, "cancelled by the customer");
        assertThrows(ConflictException.class,
                () -> reservations.issueForShipment(ORDER, "SHIP-1", List.of(lamps("60")), SHIPPER));
    }

    @Test
    void aClosedRestGivesBackTheReservationOnce() {
        reservations.issueForShipment(ORDER, "SHIP-1", List.of(lamps("60")), SHIPPER);
        reservations.releaseRest(ORDER, "REST-1", List.of(lamps("40"), bulbs("10")), "customer needs no more",
                SHIPPER);
        assertStock("N1", LAMP, "10", "0");
        assertStock("S1", LAMP, "50", "0");
        assertStock("N1", BULB, "4", "0");
        assertLine(1, "0", "0", "0");
        assertLine(2, "0", "0", "0");
        assertEquals(List.of("REST-1 N1 10", "REST-1 N1 4", "REST-1 S1 30"), stock.moves(null, null, 100).stream()
                .filter(move -> move.type() == MoveType.RELEASE)
                .map(move -> move.reference() + " " + move.warehouse() + " " + move.quantity().toPlainString())
                .sorted().toList());
        int moves = stock.moves(null, null, 100).size();

        reservations.releaseRest(ORDER, "REST-1", List.of(lamps("40"), bulbs("10")), "customer needs no more",
                SHIPPER);
        assertEquals(moves, stock.moves(null, null, 100).size());
        assertLine(1, "0", "0", "0");
        assertTrue(stock.verifyLedger().consistent());
        assertEquals("RESERVATION_REST_CLOSED", derby.audit().get(derby.audit().size() - 1).action());
    }

    @Test
    void closingPartOfARestKeepsTheStockTheLineStillWants() {
        // 10 bulbs wanted, 4 reserved: closing 6 closes what was missing and keeps the 4 to ship.
        reservations.releaseRest(ORDER, "REST-1", List.of(bulbs("6")), "no more made", SHIPPER);
        assertLine(2, "4", "4", "0");
        assertStock("N1", BULB, "4", "4");
        assertThrows(ConflictException.class, () -> reservations.releaseRest(ORDER, "REST-2", List.of(bulbs("5")),
                "more than is open", SHIPPER));
        assertLine(2, "4", "4", "0");
    }

    private void receive(String warehouse, String product, String quantity) {
        stock.record(new MoveRequest(MoveType.RECEIPT, warehouse, product, new BigDecimal(quantity), null, null),
                CLERK);
    }

    private static OrderLineQuantity lamps(String quantity) {
        return new OrderLineQuantity(1, LAMP, "4000K", new BigDecimal(quantity));
    }

    private static OrderLineQuantity bulbs(String quantity) {
        return new OrderLineQuantity(2, BULB, " ", new BigDecimal(quantity));
    }

    private void assertCheck(List<String> problems, OrderLineQuantity... lines) {
        ShipmentCheck check = reservations.checkShipment(ORDER, List.of(lines));
        assertEquals(problems, check.problems());
        assertEquals(problems.isEmpty(), check.matches());
    }

    private LineReservation line(int lineNo) {
        return reservations.reservation(ORDER).orElseThrow().lines().stream().filter(l -> l.lineNo() == lineNo)
                .findFirst().orElseThrow();
    }

    private void assertLine(int lineNo, String ordered, String reserved, String missing) {
        LineReservation line = line(lineNo);
        assertEquals(List.of(ordered, reserved, missing), List.of(line.ordered().toPlainString(),
                line.reserved().toPlainString(), line.missing().toPlainString()), line.toString());
        assertFalse(reservations.reservation(ORDER).orElseThrow().released());
    }

    private void assertStock(String warehouse, String product, String onHand, String reserved) {
        StockRow row = stock.stock(product).stream().filter(r -> r.warehouse().equals(warehouse)).findFirst()
                .orElseThrow();
        assertEquals(List.of(onHand, reserved), List.of(row.onHand().stripTrailingZeros().toPlainString(),
                row.reserved().stripTrailingZeros().toPlainString()), row.toString());
    }
}
