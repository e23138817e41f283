package io.orderflow.finance.api;

import io.orderflow.platform.api.security.Actor;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Expense claims (domain.md §5): filed by anyone on the staff, decided by the claimant's manager, that manager's
 * manager, a {@code finance} user and, above the supervisor's limit, the {@code president}. Nobody decides their own
 * claim. Every hop is audited; the fully approved claim appends {@code finance/EXPENSE_CLAIM_APPROVED}.
 */
@ProviderType
public interface ExpenseClaimService {

    /**
     * Files a claim, numbered {@code EXP-<year>-<n>} without gaps, due with the claimant's manager.
     *
     * @throws io.orderflow.platform.api.error.ValidationException naming every problem of the lines
     * @throws io.orderflow.platform.api.error.ConflictException when master data's organisation has no manager for the
     *         claimant or none for that manager, naming what is missing
     * @throws io.orderflow.platform.api.error.ForbiddenException when the actor holds no business role
     */
    ExpenseClaim submit(ExpenseClaimDraft draft, Actor actor);

    /**
     * The claimant's corrected lines for a claim sent back; the chain restarts at the step that sent it back. A line
     * an earlier step reduced stays at most at what that step approved.
     *
     * @throws io.orderflow.platform.api.error.ValidationException naming every problem of the lines
     * @throws io.orderflow.platform.api.error.ForbiddenException when the actor is not the claimant
     * @throws io.orderflow.platform.api.error.ConflictException when the claim is not sent back
     * @throws io.orderflow.platform.api.error.NotFoundException when there is no such claim
     */
    ExpenseClaim resubmit(String number, ExpenseClaimDraft draft, Actor actor);

    /**
     * The due step's decision.
     *
     * @throws io.orderflow.platform.api.error.ForbiddenException for the claimant, and for anyone who decides no step
     *         of this claim (not its manager or supervisor, no {@code finance} or {@code president} role; the manager
     *         and supervisor make no finance check of it)
     * @throws io.orderflow.platform.api.error.ConflictException when the actor decides a step of it that is not due
     * @throws io.orderflow.platform.api.error.ValidationException for a missing reason or a wrong line sanction
     * @throws io.orderflow.platform.api.error.NotFoundException when there is no such claim
     */
    ExpenseClaim decide(String number, ExpenseDecision decision, Actor actor);

    /**
     * Keeps a receipt file with the claim, while it is pending or sent back; only the claimant adds them. Its type is
     * what its first bytes show (JPEG, PNG or PDF), whatever its name says.
     *
     * @param content read up to one byte past the configured limit, not closed
     * @throws io.orderflow.platform.api.error.ValidationException (field {@code file}) when it is empty, larger than
     *         the limit or not a JPEG, PNG or PDF, or (field {@code fileName}) for a bad name
     * @throws io.orderflow.platform.api.error.ConflictException when the claim has as many receipts as allowed or is
     *         decided
     */
    ExpenseClaim.Receipt addReceipt(String number, String fileName, InputStream content, Actor actor);

    /**
     * A receipt's file, for whoever may read the claim.
     *
     * @throws io.orderflow.platform.api.error.NotFoundException when the claim has no such receipt
     */
    ReceiptFile receipt(String number, long receiptId, Actor actor);

    /**
     * The claim, for its claimant, its manager and supervisor, and {@code finance}, {@code cfo}, {@code president}
     * and {@code auditor}; empty when there is none.
     *
     * @throws io.orderflow.platform.api.error.ForbiddenException for anyone else
     */
    Optional<ExpenseClaim> claim(String number, Actor actor);

    /** The actor's own claims, newest first. */
    List<ExpenseClaim> mine(Actor actor);

    /** The pending claims whose due step the actor may decide now, oldest first. */
    List<ExpenseClaim> toDecide(Actor actor);

    /** A receipt's bytes with its name and type. */
    record ReceiptFile(String fileName, String contentType, byte[] content) {
    }
}
