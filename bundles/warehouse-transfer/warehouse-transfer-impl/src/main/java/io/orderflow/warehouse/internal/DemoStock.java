package io.orderflow.warehouse.internal;

import io.orderflow.platform.api.security.Actor;
import io.orderflow.warehouse.api.MoveType;
import io.orderflow.warehouse.api.SafetyStock;
import io.orderflow.warehouse.api.Warehouse;
import io.orderflow.warehouse.internal.domain.Bucket;
import io.orderflow.warehouse.internal.jpa.Ledger;
import io.orderflow.warehouse.internal.jpa.SafetyStockEntity;
import io.orderflow.warehouse.internal.jpa.WarehouseEntity;
import io.orderflow.warehouse.internal.jpa.WarehouseQueries;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo lamp factory's warehouses and opening stock, loaded on activation into a database without warehouses:
 * plenty of LED lamps in the south, few smart lamps, hardly any crystal chandeliers; safety stock for the
 * lamps that sell most.
 */
@Component(service = {}, configurationPid = "orderflow.warehouse.demo-data")
@Designate(ocd = DemoStock.Config.class)
public final class DemoStock {

    @ObjectClassDefinition(name = "Orderflow warehouse demo data", description = "Warehouses and opening stock")
    public @interface Config {
        @AttributeDefinition(description = "Load the demo warehouses and stock into a database without warehouses")
        boolean enabled() default true;
    }

    private static final Logger LOG = LoggerFactory.getLogger(DemoStock.class);

    static final List<Warehouse> WAREHOUSES = List.of(
            new Warehouse("WH-SOUTH", "Guangzhou central warehouse", "SOUTH", 1),
            new Warehouse("WH-EAST", "Shanghai warehouse", "EAST", 2),
            new Warehouse("WH-NORTH", "Beijing warehouse", "NORTH", 3),
            new Warehouse("WH-WEST", "Chengdu warehouse", "WEST", 4));

    private record Opening(String warehouse, String product, int quantity) {
    }

    private static final List<Opening> OPENING_STOCK = List.of(
            new Opening("WH-SOUTH", "LED-LAMP", 1200), new Opening("WH-NORTH", "LED-LAMP", 300),
            new Opening("WH-EAST", "LED-LAMP", 200), new Opening("WH-SOUTH", "SMART-LAMP", 40),
            new Opening("WH-EAST", "SMART-LAMP", 30), new Opening("WH-SOUTH", "CRYSTAL-LAMP", 6),
            new Opening("WH-EAST", "LED-PANEL", 250), new Opening("WH-NORTH", "DESK-LAMP", 150),
            new Opening("WH-WEST", "FLOOR-LAMP", 60));

    /** Kept below what the opening stock gives, so that orders, not the demo data, raise the first transfers. */
    private static final List<SafetyStock> SAFETY_STOCK = List.of(
            new SafetyStock("WH-SOUTH", "LED-LAMP", BigDecimal.valueOf(200)),
            new SafetyStock("WH-NORTH", "LED-LAMP", BigDecimal.valueOf(100)),
            new SafetyStock("WH-EAST", "LED-LAMP", BigDecimal.valueOf(100)),
            new SafetyStock("WH-SOUTH", "SMART-LAMP", BigDecimal.valueOf(10)),
            new SafetyStock("WH-EAST", "SMART-LAMP", BigDecimal.valueOf(10)));

    /** One transaction: the warehouses and their opening receipts are in together or not at all. */
    @Activate
    public DemoStock(@Reference WarehouseDatabase db, Config config) {
        if (!config.enabled()) {
            LOG.info("Demo stock disabled (orderflow.warehouse.demo-data/enabled = false)");
            return;
        }
        boolean loaded = db.tx(em -> {
            if (!WarehouseQueries.warehouses(em).isEmpty()) {
                return false;
            }
            WAREHOUSES.forEach(w -> em.persist(new WarehouseEntity(w)));
            em.flush();
            Instant now = Instant.now();
            for (Opening o : OPENING_STOCK) {
                BigDecimal quantity = BigDecimal.valueOf(o.quantity());
                Ledger.post(em, Ledger.in(Ledger.lockAll(em, o.product(), o.warehouse()), o.warehouse()),
                        new Ledger.Move(MoveType.RECEIPT, o.warehouse(), o.product(), quantity,
                                "opening stock (demo data)", "DEMO", Actor.SYSTEM.name(), now), Bucket.ON_HAND, quantity);
            }
            SAFETY_STOCK.forEach(safety -> em.persist(new SafetyStockEntity(safety.warehouse(), safety.product(),
                    safety.quantity())));
            return true;
        });
        if (loaded) {
            LOG.info("Demo warehouses and stock loaded: {} warehouses, {} receipts, {} safety stocks",
                    WAREHOUSES.size(), OPENING_STOCK.size(), SAFETY_STOCK.size());
        }
    }
}
