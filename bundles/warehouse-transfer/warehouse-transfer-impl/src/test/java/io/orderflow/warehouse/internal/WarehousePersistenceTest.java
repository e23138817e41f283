package io.orderflow.warehouse.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.orderflow.masterdata.api.Product;
import io.orderflow.masterdata.api.Region;
import io.orderflow.platform.api.audit.AuditRecord;
import io.orderflow.platform.api.error.ValidationException;
import io.orderflow.platform.api.security.Actor;
import io.orderflow.platform.api.security.Roles;
import io.orderflow.platform.api.time.BusinessClock;
import io.orderflow.platform.testkit.InMemoryDepartment;
import io.orderflow.platform.testkit.MasterDataStandIns;
import io.orderflow.warehouse.api.LedgerCheck;
import io.orderflow.warehouse.api.MoveRequest;
import io.orderflow.warehouse.api.MoveType;
import io.orderflow.warehouse.api.StockMove;
import io.orderflow.warehouse.api.StockRow;
import io.orderflow.warehouse.api.Warehouse;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The warehouse's persistence on an in-memory Derby ({@link InMemoryDepartment}): the shipped migrations, the real unit and
 * {@link StockServiceImpl} built through its constructor with the department's own {@link WarehouseDatabase},
 * {@link TransferPlanner} and {@link ReservationAdjustments}.
 */
class WarehousePersistenceTest {

    private static final Actor CLERK = new Actor("walter", Set.of(Roles.WAREHOUSE));
    private static final String LAMP = "LED-LAMP";

    private final InMemoryDepartment derby = new InMemoryDepartment("orderflow-warehouse-transfer");
    private final StockServiceImpl stock = new StockServiceImpl(derby.jpa(), derby.migrations(),
            derby.transactions(), derby.outbox(), derby.auditTrail(),
            MasterDataStandIns.products(new Product(LAMP, "LED lamp", "pcs", null, 1, false, null)),
            MasterDataStandIns.regions(new Region("NORTH", "North")),
            BusinessClock.of(Clock.fixed(Instant.parse("2026-03-02T08:00:00Z"), ZoneOffset.UTC)));

    @AfterEach
    void dropDatabase() {
        derby.close();
    }

    private StockMove move(MoveType type, String quantity, String reason) {
        return stock.record(new MoveRequest(type, "N1", LAMP, new BigDecimal(quantity), reason, null), CLERK);
    }

    @Test
    void movesAreKeptAsLedgerAndBalance() {
        stock.saveWarehouse(new Warehouse("N1", "North one", "NORTH", 1), CLERK);
        move(MoveType.RECEIPT, "10", null);
        move(MoveType.ISSUE, "3", "broken in the aisle");
        move(MoveType.ADJUSTMENT, "-2", "count");

        StockRow row = stock.stock(LAMP).stream().filter(r -> r.warehouse().equals("N1")).findFirst().orElseThrow();
        assertEquals(0, new BigDecimal("5").compareTo(row.onHand()), row.toString());
        assertEquals(0, new BigDecimal("5").compareTo(row.available()), row.toString());
        List<StockMove> moves = stock.moves(LAMP, "N1", 10);
        assertEquals(Set.of(MoveType.RECEIPT, MoveType.ISSUE, MoveType.ADJUSTMENT),
                Set.copyOf(moves.stream().map(StockMove::type).toList()));
        LedgerCheck check = stock.verifyLedger();
        assertTrue(check.consistent(), check.mismatches().toString());
        assertEquals(List.of("WAREHOUSE_CREATED", "STOCK_RECEIPT", "STOCK_ISSUE", "STOCK_ADJUSTMENT"),
                derby.audit().stream().map(AuditRecord::action).toList());
    }

    @Test
    void aMoveIntoAnUnknownWarehouseIsRefusedAndLeavesNoTrace() {
        assertThrows(ValidationException.class, () -> move(MoveType.RECEIPT, "1", null));
        assertTrue(stock.moves(LAMP, null, 10).isEmpty());
        assertTrue(derby.audit().isEmpty());
    }

    @Test
    void theLedgerIsAppendOnly() {
        stock.saveWarehouse(new Warehouse("N1", "North one", "NORTH", 1), CLERK);
        move(MoveType.RECEIPT, "4", null);
        try (Connection c = derby.dataSource().getConnection(); Statement s = c.createStatement()) {
            assertThrows(SQLException.class, () -> s.executeUpdate("UPDATE WAREHOUSE.STOCK_MOVE SET QUANTITY = 40"));
            assertThrows(SQLException.class, () -> s.executeUpdate("DELETE FROM WAREHOUSE.STOCK_POSTING"));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
