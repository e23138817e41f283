package io.orderflow.warehouse.api;

import io.orderflow.platform.api.security.Actor;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Safety stock and the transfers between warehouses (docs/business-rules.md §4.3). Transfers are proposed by the stock
 * check that runs after every change of a product's stock; people approve, reject, recount, pick, ship and receive
 * them. Every step is audited and appended as {@code warehouse/TRANSFER_<STATUS>}.
 *
 * @throws io.orderflow.platform.api.error.NotFoundException  from the steps, for an unknown transfer
 * @throws io.orderflow.platform.api.error.ForbiddenException from the steps, when the actor lacks the step's role
 * @throws io.orderflow.platform.api.error.ConflictException  from the steps, when the transfer is not at that step
 */
@ProviderType
public interface TransferService {

    /** Newest first; {@code product} may be null (all), {@code openOnly} leaves out received and recounted ones. */
    List<Transfer> transfers(String product, boolean openOnly);

    Optional<Transfer> transfer(long id);

    /** The safety stock of a product in every warehouse that has one. */
    List<SafetyStock> safetyStock(String product);

    /** Sets (0 clears) a safety stock, with an audit entry, and runs the stock check for the product. */
    SafetyStock setSafetyStock(SafetyStock safetyStock, Actor actor);

    /**
     * The sales-manager's decision on a proposed transfer, then the sales-director's on a manager-approved one. A
     * rejection needs a reason and sends the request to RECOUNT_REQUIRED. The same person cannot give both approvals.
     */
    Transfer decide(long id, boolean approve, String remark, Actor actor);

    /** The warehouse counted the stock again after a rejection: closes the request and runs the stock check. */
    Transfer recounted(long id, String remark, Actor actor);

    /** Sets the goods aside at the source. */
    Transfer pick(long id, Actor actor);

    /** The goods leave the source; {@code expectedArrival} may be null (the configured transit days from today). */
    Transfer ship(long id, LocalDate expectedArrival, Actor actor);

    /** The goods arrive at the destination; the stock check runs again there. */
    Transfer receive(long id, Actor actor);
}
