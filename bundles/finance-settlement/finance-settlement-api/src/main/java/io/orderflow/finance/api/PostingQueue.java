package io.orderflow.finance.api;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The postings as the ERP route works through them (camel-routes/erp): it takes the PENDING ones, says SENT before it
 * sends each, and reports what the ERP answered. A posting SENT without an answer (a timeout after sending, a restart
 * meanwhile) is UNKNOWN until the route looked it up in the ERP: never sent blindly again. Each move is allowed only
 * from the states that lead to it; another is refused with {@link io.orderflow.platform.api.error.ConflictException}.
 */
@ProviderType
public interface PostingQueue {

    /** PENDING postings, oldest first, at most {@code limit}. */
    List<Posting> pending(int limit);

    /** SENT and UNKNOWN postings, oldest first, at most {@code limit}: to be looked up before anything else. */
    List<Posting> inDoubt(int limit);

    /** PENDING → SENT, just before it goes out. */
    void sending(String key);

    /** SENT or UNKNOWN → CONFIRMED: the ERP booked it as {@code erpReference}. */
    void confirmed(String key, String erpReference);

    /** SENT → REJECTED: the ERP refused it with {@code message}; it goes to the finance work list. */
    void rejected(String key, String message);

    /** SENT → UNKNOWN: no answer came ({@code message} says what happened). */
    void unknown(String key, String message);

    /** SENT or UNKNOWN → PENDING: the ERP says it has no such entry, so it is sent again. */
    void notFound(String key);
}
