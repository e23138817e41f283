package io.orderflow.aftersales.api;

import io.orderflow.platform.api.security.Actor;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Customer returns (docs/business-rules.md §9), step by step. Every step is audited and appends its
 * {@code after-sales/} event; a step another department carries out (stock moves, rework, the replacement order, the
 * credit note) is asked of it under a key of the return's, so that a repeated step never does it twice.
 *
 * <p>Every method throws {@link io.orderflow.platform.api.error.ForbiddenException} for an actor without the role it
 * names, {@link io.orderflow.platform.api.error.NotFoundException} for an unknown return,
 * {@link io.orderflow.platform.api.error.ValidationException} naming each field's problem, and
 * {@link io.orderflow.platform.api.error.ConflictException} when the return is not at the step.
 */
@ProviderType
public interface ReturnService {

    /**
     * Records a customer's report ({@code sales-rep}), numbered at once; {@code after-sales/RETURN_REQUESTED}.
     *
     * @throws io.orderflow.platform.api.error.DepartmentUnavailableException when what was shipped of the order
     *         cannot be known yet
     */
    CustomerReturn request(ReturnDraft draft, Actor actor);

    /**
     * Keeps a file with a requested return ({@code sales-rep}): JPEG, PNG or PDF by its content, within the
     * configured count and size.
     */
    CustomerReturn addEvidence(String number, String filename, byte[] content, Actor actor);

    Optional<EvidenceFile> evidence(String number, int id);

    /**
     * A reviewer's signature ({@code marketing-manager} or {@code quality}, once each). A rejection ends the return
     * (REJECTED, {@code after-sales/RETURN_REJECTED}); with both approvals it is authorised when quality found the
     * company's quality at fault or the return policy allows it (AUTHORIZED with its RMA number,
     * {@code after-sales/RETURN_AUTHORIZED}), else rejected saying which rule refused it. The customer's notice says
     * the outcome.
     */
    CustomerReturn decide(String number, ReviewDecision decision, Actor actor);

    /**
     * Goods of an authorised return received into quarantine ({@code warehouse}); partial receipts allowed;
     * {@code after-sales/RETURN_RECEIVED}.
     */
    CustomerReturn receive(String number, ReceiptDraft receipt, Actor actor);

    /** Goods that came without an RMA, received into quarantine ({@code warehouse}) and listed as unmatched. */
    UnmatchedReceipt receiveUnmatched(String warehouse, String productCode, BigDecimal quantity,
                                      String note, Actor actor);

    /**
     * Quality's findings on received goods ({@code quality}), each disposition carried out at once: RESTOCK moves
     * the quantity from quarantine to on hand, REWORK hands it to production as a rework order, SCRAP writes it
     * off; {@code after-sales/RETURN_INSPECTED}.
     */
    CustomerReturn inspect(String number, InspectionDraft inspection, Actor actor);

    /**
     * The remedies fixed and approved ({@code sales-director}): EXCHANGE lines become one zero-priced replacement
     * order in sales, REFUND lines a credit note against the order's invoice lines, NONE is done at once.
     *
     * @throws io.orderflow.platform.api.error.DepartmentUnavailableException when sales (exchange) or finance
     *         (refund) is away
     */
    CustomerReturn fixRemedies(String number, RemedyDraft remedies, Actor actor);

    /**
     * Closes what will not come back ({@code sales-director}): each line of an authorised return is cut to what was
     * received, with the reason audited, so that a customer who sends 4 of 5 (or nothing) does not keep the return
     * open for ever; what was received still goes through inspection and its remedy. A return with everything back,
     * inspected and remedied is CLOSED ({@code after-sales/RETURN_CLOSED}).
     */
    CustomerReturn closeShort(String number, String reason, Actor actor);

    /** The customer's satisfaction, once, after a remedy is done ({@code sales-rep} or {@code sales-director}). */
    CustomerReturn recordSatisfaction(String number, int score, String comment, Actor actor);

    Optional<CustomerReturn> find(String number);

    /** Returns in {@code status} (all when null), newest first, at most {@code limit}. */
    List<CustomerReturn> list(ReturnStatus status, int limit);

    /** Authorised returns with goods still to come back after the configured days, oldest first. */
    List<CustomerReturn> overdueReceipts();

    /** Goods received without an RMA, oldest first. */
    List<UnmatchedReceipt> unmatched();
}
