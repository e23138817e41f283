package io.orderflow.warehouse.api;

import io.orderflow.platform.api.security.Actor;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/** Warehouses, stock and the ledger of moves (docs/business-rules.md §4.1). */
@ProviderType
public interface StockService {

    List<Warehouse> warehouses();

    /**
     * Creates or replaces a warehouse (code, name, region of the master data, priority), with an audit entry: how an
     * installation sets up its warehouses.
     *
     * @throws io.orderflow.platform.api.error.ValidationException listing every problem
     * @throws io.orderflow.platform.api.error.ForbiddenException  unless the actor is {@code warehouse}
     */
    Warehouse saveWarehouse(Warehouse warehouse, Actor actor);

    /** One row per warehouse, the product's stock there (zero rows' warehouses included). */
    List<StockRow> stock(String product);

    /**
     * Records a receipt, an issue or a count adjustment, with an audit entry. A count adjustment that leaves less on
     * hand than orders hold takes the difference back from their reservations, the order due last first, and
     * announces each order's new shortfall ({@code warehouse/STOCK_RESERVED}).
     *
     * @throws io.orderflow.platform.api.error.ValidationException listing every problem of the request
     * @throws io.orderflow.platform.api.error.ConflictException   when it would take on hand below zero, or an issue
     *                                                             below what is reserved
     */
    StockMove record(MoveRequest request, Actor actor);

    /** The newest moves first; product and warehouse may be null (all). */
    List<StockMove> moves(String product, String warehouse, int limit);

    /** Compares every balance with the sums of its ledger. */
    LedgerCheck verifyLedger();
}
