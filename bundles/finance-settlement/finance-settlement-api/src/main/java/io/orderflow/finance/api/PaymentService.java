package io.orderflow.finance.api;

import io.orderflow.platform.api.security.Actor;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Payments (docs/business-rules.md §5): a {@code finance} user records one, another verifies it, and only verified
 * money counts; what is not allocated stays the customer's credit on account.
 */
@ProviderType
public interface PaymentService {

    /**
     * Records a payment, numbered {@code PAY-<year>-<n>} without gaps.
     *
     * @throws io.orderflow.platform.api.error.ValidationException naming each field's problem
     * @throws io.orderflow.platform.api.error.ForbiddenException  for an actor without the {@code finance} role
     */
    Payment record(PaymentDraft draft, Actor actor);

    /**
     * Verifies a recorded payment: from now on it counts; {@code finance/PAYMENT_VERIFIED} is appended.
     *
     * @throws io.orderflow.platform.api.error.ForbiddenException for the user who recorded it, or one without the role
     * @throws io.orderflow.platform.api.error.ConflictException  unless it is RECORDED
     * @throws io.orderflow.platform.api.error.NotFoundException  for an unknown payment
     */
    Payment verify(String id, Actor actor);

    /**
     * Allocates more of a payment's credit on account.
     *
     * @throws io.orderflow.platform.api.error.ValidationException naming each row's problem
     * @throws io.orderflow.platform.api.error.ConflictException   for a reversed payment
     */
    Payment allocate(String id, List<AllocationRow> rows, Actor actor);

    /**
     * Reverses a verified payment that bounced: its allocations are undone, what it paid is open again, and
     * {@code finance/PAYMENT_REVERSED} is appended so that a gate it opened closes for what has not happened yet.
     *
     * @throws io.orderflow.platform.api.error.ValidationException without a reason
     * @throws io.orderflow.platform.api.error.ConflictException   unless it is VERIFIED
     */
    Payment reverse(String id, String reason, Actor actor);

    Optional<Payment> payment(String id);

    /** A customer's payments, newest first. */
    List<Payment> payments(String customerId);
}
