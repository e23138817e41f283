package io.orderflow.warehouse.internal;

import static io.orderflow.warehouse.internal.QuarantineFixture.CLERK;
import static io.orderflow.warehouse.internal.QuarantineFixture.INSPECTOR;
import static io.orderflow.warehouse.internal.QuarantineFixture.LAMP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.orderflow.platform.api.audit.AuditRecord;
import io.orderflow.platform.api.error.ConflictException;
import io.orderflow.platform.api.error.FieldProblem;
import io.orderflow.platform.api.error.ForbiddenException;
import io.orderflow.platform.api.error.ValidationException;
import io.orderflow.platform.api.security.Actor;
import io.orderflow.platform.api.security.Roles;
import io.orderflow.warehouse.api.LedgerCheck;
import io.orderflow.warehouse.api.LineReservation;
import io.orderflow.warehouse.api.MoveRequest;
import io.orderflow.warehouse.api.MoveType;
import io.orderflow.warehouse.api.OrderLineQuantity;
import io.orderflow.warehouse.api.QuarantineMove;
import io.orderflow.warehouse.api.StockMove;
import io.orderflow.warehouse.api.StockRow;
import io.orderflow.warehouse.api.event.StockReserved;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Quarantine through the real ledger on an in-memory Derby ({@link QuarantineFixture}): returned goods received,
 * restocked and issued, once per type and reference, with roles, audit entries and a clean ledger check.
 */
class QuarantinePersistenceTest {

    private final QuarantineFixture warehouse = new QuarantineFixture();

    @AfterEach
    void dropDatabase() {
        warehouse.close();
    }

    private static QuarantineMove lamps(String quantity, String reference, String reason) {
        return new QuarantineMove("N1", LAMP, new BigDecimal(quantity), reference, reason);
    }

    @Test
    void returnedGoodsWaitInQuarantineUntilRestockedOrIssued() {
        warehouse.stock.record(new MoveRequest(MoveType.RECEIPT, "N1", LAMP, new BigDecimal("4"), null, null), CLERK);
        StockMove received = warehouse.quarantine.receive(lamps("10", "RMA-2026-000001/R1", null), CLERK);
        assertEquals(List.of(MoveType.QUARANTINE_RECEIPT, "10", "RMA-2026-000001/R1", "walter"), List.of(
                received.type(), received.quantity().toPlainString(), received.reference(), received.actor()));
        assertRow("4", "0", "4", "10");

        warehouse.quarantine.release(lamps("6", "RMA-2026-000001/I1", null), INSPECTOR);
        assertRow("10", "0", "10", "4");
        warehouse.quarantine.issue(lamps("3", "RMA-2026-000001/I1", "scrapped: cracked housing"), INSPECTOR);
        assertRow("10", "0", "10", "1");

        LedgerCheck check = warehouse.stock.verifyLedger();
        assertTrue(check.consistent(), check.mismatches().toString());
        List<AuditRecord> quarantineAudit = warehouse.derby.audit().stream()
                .filter(a -> a.action().startsWith("STOCK_QUARANTINE")).toList();
        assertEquals(List.of("STOCK_QUARANTINE_RECEIPT warehouse LED-LAMP@N1 10 ref RMA-2026-000001/R1 null",
                "STOCK_QUARANTINE_RELEASE quality LED-LAMP@N1 6 ref RMA-2026-000001/I1 null",
                "STOCK_QUARANTINE_ISSUE quality LED-LAMP@N1 3 ref RMA-2026-000001/I1 scrapped: cracked housing"),
                quarantineAudit.stream().map(a -> a.action() + " " + a.role() + " " + a.subject() + " " + a.details()
                        + " " + a.reason()).toList());
    }

    @Test
    void theSameReferenceAgainAnswersTheFirstMove() {
        StockMove first = warehouse.quarantine.receive(lamps("5", "RMA-2026-000002/R1", null), CLERK);
        int moves = warehouse.stock.moves(null, null, 100).size();
        int audits = warehouse.derby.audit().size();

        StockMove again = warehouse.quarantine.receive(lamps("5.000", "RMA-2026-000002/R1", null), CLERK);
        assertEquals(first, again);
        assertEquals(moves, warehouse.stock.moves(null, null, 100).size());
        assertEquals(audits, warehouse.derby.audit().size());
        assertRow("0", "0", "0", "5");

        ConflictException other = assertThrows(ConflictException.class,
                () -> warehouse.quarantine.receive(lamps("6", "RMA-2026-000002/R1", null), CLERK));
        assertEquals("reference RMA-2026-000002/R1 was a quarantine receipt of 5 LED-LAMP in N1, not of 6 LED-LAMP"
                + " in N1", other.getMessage());
        assertThrows(ConflictException.class, () -> warehouse.quarantine.receive(new QuarantineMove("S1", LAMP,
                new BigDecimal("5"), "RMA-2026-000002/R1", null), CLERK));
        assertRow("0", "0", "0", "5");
        assertEquals("0", warehouse.row("S1").quarantine().toPlainString());
    }

    @Test
    void twoFirstCallsWithOneReferenceAtOnceMakeOneMove() throws Exception {
        warehouse.quarantine.receive(lamps("4", "R-0", null), CLERK);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 1; round <= 5; round++) {
                QuarantineMove move = lamps("1", "R-" + round, null);
                Callable<StockMove> receive = () -> warehouse.quarantine.receive(move, CLERK);
                List<Future<StockMove>> answers = pool.invokeAll(List.of(receive, receive));
                assertEquals(answers.get(0).get(), answers.get(1).get(), "round " + round);
            }
        } finally {
            pool.shutdown();
        }
        assertRow("0", "0", "0", "9");
        assertEquals(6, warehouse.stock.moves(LAMP, "N1", 100).size());
        assertTrue(warehouse.stock.verifyLedger().consistent());
    }

    @Test
    void moreThanQuarantineHoldsIsRefusedAndChangesNothing() {
        warehouse.quarantine.receive(lamps("2", "R-1", null), CLERK);
        ConflictException release = assertThrows(ConflictException.class,
                () -> warehouse.quarantine.release(lamps("3", "I-1", null), INSPECTOR));
        assertEquals("quarantine release of LED-LAMP in N1: 2 quarantine, cannot take 3", release.getMessage());
        assertThrows(ConflictException.class, () -> warehouse.quarantine.issue(lamps("3", "I-1", "scrap"), INSPECTOR));
        assertRow("0", "0", "0", "2");
        // The refused reference was never used: it works once the goods are there.
        warehouse.quarantine.receive(lamps("1", "R-2", null), CLERK);
        warehouse.quarantine.release(lamps("3", "I-1", null), INSPECTOR);
        assertRow("3", "0", "3", "0");
    }

    @Test
    void aRestockReservesForTheRegionsWaitingOrders() {
        warehouse.quarantine.receive(lamps("8", "R-1", null), CLERK);
        warehouse.reservations.reserve("O-1", "NORTH", 1, LocalDate.of(2026, 3, 20),
                List.of(new OrderLineQuantity(1, LAMP, null, new BigDecimal("5"))));
        assertEquals("0", line("O-1").reserved().toPlainString(), "quarantine is never reserved");
        int events = warehouse.derby.events().size();

        warehouse.quarantine.release(lamps("8", "I-1", null), INSPECTOR);
        LineReservation line = line("O-1");
        assertEquals(List.of("5", "0"), List.of(line.reserved().toPlainString(), line.missing().toPlainString()));
        assertRow("8", "5", "3", "0");
        List<StockReserved> announced = warehouse.derby.events().stream().skip(events)
                .filter(StockReserved.class::isInstance).map(StockReserved.class::cast).toList();
        assertEquals(1, announced.size());
        assertTrue(announced.get(0).fullyReserved());
        assertTrue(warehouse.stock.verifyLedger().consistent());
    }

    @Test
    void onlyTheRightRolesMoveQuarantine() {
        Actor sales = new Actor("sam", Set.of(Roles.SALES_REP));
        assertThrows(ForbiddenException.class, () -> warehouse.quarantine.receive(lamps("1", "R-1", null), INSPECTOR));
        assertThrows(ForbiddenException.class, () -> warehouse.quarantine.receive(lamps("1", "R-1", null), sales));
        warehouse.quarantine.receive(lamps("2", "R-1", null), CLERK);
        assertThrows(ForbiddenException.class, () -> warehouse.quarantine.release(lamps("1", "I-1", null), sales));
        assertThrows(ForbiddenException.class, () -> warehouse.quarantine.issue(lamps("1", "I-1", "scrap"),
                new Actor("root", Set.of(Roles.ADMIN))));
        assertThrows(ForbiddenException.class, () -> warehouse.quarantine.release(lamps("1", "I-1", null), CLERK),
                "what leaves quarantine is inspection's decision, not the clerk's");
        warehouse.quarantine.release(lamps("1", "I-1", null), INSPECTOR);
        warehouse.quarantine.issue(lamps("1", "I-1", "rework"), INSPECTOR);
        assertRow("1", "0", "1", "0");
    }

    @Test
    void badInputIsRefusedNamingEachField() {
        ValidationException all = assertThrows(ValidationException.class, () -> warehouse.quarantine.issue(
                new QuarantineMove(" ", "NO-SUCH", new BigDecimal("0.00001"), "R".repeat(61), " "), INSPECTOR));
        assertEquals(List.of("warehouse", "product", "quantity", "reference", "reason"),
                all.problems().stream().map(FieldProblem::field).toList());
        ValidationException unknown = assertThrows(ValidationException.class, () -> warehouse.quarantine.receive(
                new QuarantineMove("X9", LAMP, BigDecimal.ONE, "R-1", null), CLERK));
        assertEquals(List.of("warehouse"), unknown.problems().stream().map(FieldProblem::field).toList());
        assertThrows(ValidationException.class, () -> warehouse.quarantine.receive(null, CLERK));
        assertTrue(warehouse.stock.moves(null, null, 10).isEmpty());
    }

    @Test
    void theLedgerCheckCoversQuarantine() {
        warehouse.quarantine.receive(lamps("3", "R-1", null), CLERK);
        try (Connection c = warehouse.derby.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE WAREHOUSE.STOCK SET QUARANTINE = 4");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        LedgerCheck check = warehouse.stock.verifyLedger();
        assertFalse(check.consistent());
        assertEquals(List.of("N1/LED-LAMP/QUARANTINE: balance 4, ledger 3"), check.mismatches());
    }

    private LineReservation line(String order) {
        return warehouse.reservations.reservation(order).orElseThrow().lines().get(0);
    }

    private void assertRow(String onHand, String reserved, String available, String quarantine) {
        StockRow row = warehouse.row("N1");
        assertEquals(List.of(onHand, reserved, available, quarantine), List.of(row.onHand().toPlainString(),
                row.reserved().toPlainString(), row.available().toPlainString(), row.quarantine().toPlainString()),
                row.toString());
    }
}
