package io.orderflow.warehouse.internal;

import io.orderflow.masterdata.api.Product;
import io.orderflow.masterdata.api.ProductService;
import io.orderflow.masterdata.api.Region;
import io.orderflow.platform.api.security.Actor;
import io.orderflow.platform.api.security.Roles;
import io.orderflow.platform.api.time.BusinessClock;
import io.orderflow.platform.testkit.InMemoryDepartment;
import io.orderflow.platform.testkit.MasterDataStandIns;
import io.orderflow.warehouse.api.StockRow;
import io.orderflow.warehouse.api.Warehouse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;

/**
 * The warehouse's stock, reservation and quarantine services on one in-memory Derby ({@link InMemoryDepartment}: the
 * shipped migrations, the real unit), each built through its constructor, with warehouses N1 (region NORTH) and S1
 * (SOUTH) and the product LED-LAMP.
 */
final class QuarantineFixture implements AutoCloseable {

    static final Actor CLERK = new Actor("walter", Set.of(Roles.WAREHOUSE));
    static final Actor INSPECTOR = new Actor("quinn", Set.of(Roles.QUALITY));
    static final Actor SHIPPER = new Actor("lena", Set.of(Roles.LOGISTICS));
    static final String LAMP = "LED-LAMP";

    final InMemoryDepartment derby = new InMemoryDepartment("orderflow-warehouse-transfer");
    private final BusinessClock clock = BusinessClock.of(Clock.fixed(Instant.parse("2026-03-02T08:00:00Z"),
            ZoneOffset.UTC));
    private final ProductService products = MasterDataStandIns.products(new Product(LAMP, "LED lamp", "pcs", null, 1,
            false, null));
    final StockServiceImpl stock = new StockServiceImpl(derby.jpa(), derby.migrations(), derby.transactions(),
            derby.outbox(), derby.auditTrail(), products,
            MasterDataStandIns.regions(new Region("NORTH", "North"), new Region("SOUTH", "South")), clock);
    final ReservationServiceImpl reservations = new ReservationServiceImpl(derby.jpa(), derby.migrations(),
            derby.transactions(), derby.outbox(), derby.auditTrail(), TestConfigs.reservationsByPriority(), clock);
    final QuarantineServiceImpl quarantine = new QuarantineServiceImpl(derby.jpa(), derby.migrations(),
            derby.transactions(), derby.outbox(), derby.auditTrail(), products, clock);
    final AvailableToPromiseServiceImpl promises = new AvailableToPromiseServiceImpl(derby.jpa(), derby.migrations(),
            derby.transactions(), derby.auditTrail(), products, clock);

    QuarantineFixture() {
        stock.saveWarehouse(new Warehouse("N1", "North one", "NORTH", 1), CLERK);
        stock.saveWarehouse(new Warehouse("S1", "South one", "SOUTH", 2), CLERK);
    }

    StockRow row(String warehouse) {
        return stock.stock(LAMP).stream().filter(r -> r.warehouse().equals(warehouse)).findFirst().orElseThrow();
    }

    @Override
    public void close() {
        derby.close();
    }
}
