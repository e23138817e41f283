package io.orderflow.demo.internal;

import io.orderflow.platform.api.security.Actor;
import io.orderflow.warehouse.api.MoveRequest;
import io.orderflow.warehouse.api.MoveType;
import io.orderflow.warehouse.api.SafetyStock;
import io.orderflow.warehouse.api.StockMove;
import io.orderflow.warehouse.api.StockService;
import io.orderflow.warehouse.api.TransferService;
import io.orderflow.warehouse.api.Warehouse;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo lamp factory's warehouses and opening stock: plenty of LED lamps in the south, few smart lamps, hardly any
 * crystal chandeliers; safety stock for the lamps that sell most. Added through the warehouse API on activation while
 * the warehouses hold nothing but (part of) the demo: demo warehouses only, and no move but the demo's receipts. An
 * interrupted first start is completed on the next.
 */
@Component(service = {})
public final class DemoWarehouses {

    private static final Logger LOG = LoggerFactory.getLogger(DemoWarehouses.class);

    /** The reference of the demo's opening receipts: how it tells its own moves from the site's. */
    static final String OPENING = "DEMO-OPENING";

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

    /**
     * Kept below what the opening stock gives, so that orders, not the demo data, raise the first transfers; set after
     * the receipts for the same reason.
     */
    private static final List<SafetyStock> SAFETY_STOCK = List.of(
            new SafetyStock("WH-SOUTH", "LED-LAMP", BigDecimal.valueOf(200)),
            new SafetyStock("WH-NORTH", "LED-LAMP", BigDecimal.valueOf(100)),
            new SafetyStock("WH-EAST", "LED-LAMP", BigDecimal.valueOf(100)),
            new SafetyStock("WH-SOUTH", "SMART-LAMP", BigDecimal.valueOf(10)),
            new SafetyStock("WH-EAST", "SMART-LAMP", BigDecimal.valueOf(10)));

    @Activate
    public DemoWarehouses(@Reference DemoMasterData masterData, @Reference StockService stock,
                          @Reference TransferService transfers) {
        Set<String> warehouses = stock.warehouses().stream().map(Warehouse::code).collect(Collectors.toSet());
        // One more than the demo's receipts: a site that moved stock shows at least one move of its own among them.
        List<StockMove> moves = stock.moves(null, null, OPENING_STOCK.size() + 1);
        boolean onlyDemo = WAREHOUSES.stream().map(Warehouse::code).collect(Collectors.toSet()).containsAll(warehouses)
                && moves.stream().allMatch(m -> OPENING.equals(m.reference()));
        if (!masterData.inPlace() || !onlyDemo) {
            LOG.info("The warehouses hold data of their own; no demo stock added");
            return;
        }
        List<Warehouse> missing = WAREHOUSES.stream().filter(w -> !warehouses.contains(w.code())).toList();
        missing.forEach(w -> stock.saveWarehouse(w, Actor.SYSTEM));
        Set<String> received = moves.stream().map(m -> m.product() + "@" + m.warehouse()).collect(Collectors.toSet());
        List<Opening> receipts = OPENING_STOCK.stream()
                .filter(o -> !received.contains(o.product() + "@" + o.warehouse())).toList();
        receipts.forEach(o -> stock.record(new MoveRequest(MoveType.RECEIPT, o.warehouse(), o.product(),
                BigDecimal.valueOf(o.quantity()), "opening stock (demo data)", OPENING), Actor.SYSTEM));
        List<SafetyStock> safety = SAFETY_STOCK.stream().filter(s -> transfers.safetyStock(s.product()).stream()
                .noneMatch(set -> set.warehouse().equals(s.warehouse()))).toList();
        safety.forEach(s -> transfers.setSafetyStock(s, Actor.SYSTEM));
        if (!missing.isEmpty() || !receipts.isEmpty() || !safety.isEmpty()) {
            LOG.info("Demo warehouses and stock loaded: {} warehouses, {} receipts, {} safety stocks", missing.size(),
                    receipts.size(), safety.size());
        }
    }
}
