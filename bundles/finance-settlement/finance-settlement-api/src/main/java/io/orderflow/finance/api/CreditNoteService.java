package io.orderflow.finance.api;

import io.orderflow.platform.api.security.Actor;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Credit notes (docs/business-rules.md §5): issued invoices never change; a correction reverses invoice lines by a
 * credit note. Finance users issue them, and so do other departments (after-sales, for a refunded return) through this
 * service.
 */
@ProviderType
public interface CreditNoteService {

    /**
     * Issues a credit note, numbered {@code CN-<year>-<n>} without gaps when issued; {@code finance/CREDIT_NOTE_ISSUED}
     * is appended. A request with the {@code source} of a credit note already issued answers that one.
     *
     * @param actor a {@code finance} user, or {@link Actor#SYSTEM} for a department's own work
     * @throws io.orderflow.platform.api.error.ValidationException naming each field's problem: an unknown invoice, a
     *         line the invoice does not have, a quantity over what is left to reverse, freight reversed already
     * @throws io.orderflow.platform.api.error.ForbiddenException  for an actor without the {@code finance} role
     * @throws io.orderflow.platform.api.error.ConflictException   for a {@code source} already used for another invoice
     */
    CreditNote issue(CreditNoteRequest request, Actor actor);

    Optional<CreditNote> creditNote(String number);

    /** An invoice's credit notes, oldest first. */
    List<CreditNote> creditNotes(String invoice);
}
