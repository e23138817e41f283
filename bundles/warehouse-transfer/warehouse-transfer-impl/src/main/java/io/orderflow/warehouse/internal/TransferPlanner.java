package io.orderflow.warehouse.internal;

import io.orderflow.platform.api.audit.AuditRecord;
import io.orderflow.platform.api.audit.AuditTrail;
import io.orderflow.platform.api.event.EventOutbox;
import io.orderflow.warehouse.api.TransferStatus;
import io.orderflow.warehouse.api.Warehouse;
import io.orderflow.warehouse.api.event.TransferChanged;
import io.orderflow.warehouse.internal.domain.Quantities;
import io.orderflow.warehouse.internal.domain.StockBalance;
import io.orderflow.warehouse.internal.domain.TransferNeed;
import io.orderflow.warehouse.internal.domain.TransferNeed.Proposal;
import io.orderflow.warehouse.internal.domain.TransferNeed.Site;
import io.orderflow.warehouse.internal.jpa.PlanningQueries;
import io.orderflow.warehouse.internal.jpa.StockEntity;
import io.orderflow.warehouse.internal.jpa.TransferEntity;
import io.orderflow.warehouse.internal.jpa.WarehouseQueries;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.persistence.EntityManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the stock check of {@link TransferNeed} after a product's stock changed, in the same transaction, and
 * records each step of a transfer: the audit entry and the {@code warehouse/TRANSFER_<STATUS>} event. Stateless: the
 * stock, reservation and transfer services each build their own.
 */
public final class TransferPlanner {

    private static final Logger LOG = LoggerFactory.getLogger(TransferPlanner.class);

    private final EventOutbox outbox;
    private final AuditTrail audit;

    public TransferPlanner(EventOutbox outbox, AuditTrail audit) {
        this.outbox = outbox;
        this.audit = audit;
    }

    /**
     * Proposes the transfers the product's stock now needs. The caller holds the locks of every balance of the
     * product ({@link io.orderflow.warehouse.internal.jpa.Ledger#lockAll}), so checks of one product run one after
     * the other; where the product has no balance yet to lock, the TRANSFER table's one-open-request-per-destination
     * constraint refuses the second proposal and the transaction runs again.
     */
    void review(EntityManager em, String product, List<StockEntity> locked, Instant now) {
        em.flush();
        Map<String, StockBalance> balances = new HashMap<>();
        locked.forEach(stock -> balances.put(stock.warehouseCode(), stock.balance()));
        Map<String, BigDecimal> safety = PlanningQueries.safetyStock(em, product);
        Map<String, BigDecimal> outbound = new HashMap<>();
        Map<String, Boolean> inbound = new HashMap<>();
        for (TransferEntity open : PlanningQueries.openTransfers(em, product)) {
            inbound.put(open.toWarehouse(), true);
            if (!List.of(TransferStatus.PICKED, TransferStatus.SHIPPED).contains(open.status())) {
                outbound.merge(open.fromWarehouse(), open.quantity(), BigDecimal::add);
            }
        }
        List<Site> sites = WarehouseQueries.warehouses(em).stream().map(w -> site(w, balances, safety, inbound,
                outbound)).toList();
        for (Proposal proposal : TransferNeed.proposals(sites, PlanningQueries.missingByRegion(em, product, null))) {
            TransferEntity transfer = new TransferEntity(product, proposal.from(), proposal.to(), proposal.quantity(),
                    proposal.cause(), now);
            em.persist(transfer);
            em.flush();
            announce(em, transfer, "system", null, proposal.cause(), now);
            LOG.info("Transfer {} proposed: {} {} from {} to {} ({})", transfer.id(),
                    Quantities.text(proposal.quantity()), product, proposal.from(), proposal.to(), proposal.cause());
        }
    }

    private static Site site(Warehouse warehouse, Map<String, StockBalance> balances, Map<String, BigDecimal> safety,
                             Map<String, Boolean> inbound, Map<String, BigDecimal> outbound) {
        return new Site(warehouse.code(), warehouse.region(), warehouse.priority(),
                balances.getOrDefault(warehouse.code(), StockBalance.EMPTY).available(),
                safety.getOrDefault(warehouse.code(), BigDecimal.ZERO), inbound.getOrDefault(warehouse.code(), false),
                outbound.getOrDefault(warehouse.code(), BigDecimal.ZERO));
    }

    /** The audit entry and the event of the step the transfer just took. */
    void announce(EntityManager em, TransferEntity transfer, String actor, String role, String remark, Instant now) {
        String what = Quantities.text(transfer.quantity()) + " " + transfer.productCode() + " from "
                + transfer.fromWarehouse() + " to " + transfer.toWarehouse();
        audit.record(WarehouseDatabase.connection(em), new AuditRecord(now, actor, role,
                "TRANSFER_" + transfer.status(), "transfer " + transfer.id(), remark, what));
        outbox.append(WarehouseDatabase.connection(em), String.valueOf(transfer.id()), now, new TransferChanged(
                transfer.productCode(), transfer.fromWarehouse(), transfer.toWarehouse(), transfer.quantity(),
                transfer.status(), actor, remark, transfer.expectedArrival()));
    }
}
