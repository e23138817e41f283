package io.orderflow.warehouse.api;

import io.orderflow.platform.api.security.Actor;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Quarantine stock: returned goods held apart until inspected, then restocked or issued. Quarantine is never on hand,
 * never available and never reserved. Each method writes one ledger move with an audit entry, and is idempotent by
 * its move type and {@link QuarantineMove#reference()}: the same reference again with the same warehouse, product and
 * quantity answers the move made the first time and changes nothing.
 *
 * <p>Every method throws {@link io.orderflow.platform.api.error.ValidationException} naming each field at fault (an
 * unknown warehouse or product, a quantity not above zero or with more than 4 decimals, a reference blank or longer
 * than 60 characters, a reason too long, or missing for an issue), and
 * {@link io.orderflow.platform.api.error.ConflictException} when the reference was used for this move type with
 * another warehouse, product or quantity.
 */
@ProviderType
public interface QuarantineService {

    /**
     * Returned goods come into quarantine ({@link MoveType#QUARANTINE_RECEIPT}).
     *
     * @return the move made, or the one made the first time with this reference
     * @throws io.orderflow.platform.api.error.ForbiddenException unless the actor is {@code warehouse}
     */
    StockMove receive(QuarantineMove move, Actor actor);

    /**
     * Inspected goods are restocked ({@link MoveType#QUARANTINE_RELEASE}): quarantine falls, on hand rises, and the
     * open orders of the warehouse's region that miss the product are reserved from them, the order due first first
     * (each announced with {@code warehouse/STOCK_RESERVED}); then the stock check runs as after any receipt.
     *
     * @return the move made, or the one made the first time with this reference
     * @throws io.orderflow.platform.api.error.ForbiddenException unless the actor is {@code quality}: what leaves
     *                                                            quarantine is decided by inspection
     * @throws io.orderflow.platform.api.error.ConflictException  also when the warehouse holds less of the product in
     *                                                            quarantine
     */
    StockMove release(QuarantineMove move, Actor actor);

    /**
     * Goods leave quarantine without being restocked ({@link MoveType#QUARANTINE_ISSUE}): scrapped, or handed to
     * production for rework, as the reason says.
     *
     * @return the move made, or the one made the first time with this reference
     * @throws io.orderflow.platform.api.error.ForbiddenException unless the actor is {@code quality}: what leaves
     *                                                            quarantine is decided by inspection
     * @throws io.orderflow.platform.api.error.ConflictException  also when the warehouse holds less of the product in
     *                                                            quarantine
     */
    StockMove issue(QuarantineMove move, Actor actor);
}
