package io.orderflow.finance.api;

import io.orderflow.platform.api.security.Actor;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Refunds (docs/business-rules.md §5): money paid back to a customer is an outgoing payment against a credit note,
 * recorded by one {@code finance} user and verified by another.
 */
@ProviderType
public interface RefundService {

    /**
     * Records a refund, numbered {@code REF-<year>-<n>} without gaps. From now on it takes its amount of what the
     * credit note has refundable, so that no two refunds pay out the same credit.
     *
     * @throws io.orderflow.platform.api.error.ValidationException naming each field's problem, among them an amount
     *         over what the credit note has refundable
     * @throws io.orderflow.platform.api.error.ForbiddenException  for an actor without the {@code finance} role
     */
    Refund record(RefundDraft draft, Actor actor);

    /**
     * Verifies a recorded refund; {@code finance/REFUND_VERIFIED} is appended.
     *
     * @throws io.orderflow.platform.api.error.ForbiddenException for the user who recorded it, or one without the role
     * @throws io.orderflow.platform.api.error.ConflictException  unless it is RECORDED
     * @throws io.orderflow.platform.api.error.NotFoundException  for an unknown refund
     */
    Refund verify(String id, Actor actor);

    Optional<Refund> refund(String id);

    /** A customer's refunds, newest first. */
    List<Refund> refunds(String customerId);
}
