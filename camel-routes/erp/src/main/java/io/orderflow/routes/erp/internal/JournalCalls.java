package io.orderflow.routes.erp.internal;

import io.orderflow.finance.api.Posting;
import java.util.Optional;
import javax.xml.ws.WebServiceException;

/** The ERP's two calls as the dispatch makes them, and the four outcomes of sending a posting. */
interface JournalCalls {

    /** What came of sending a posting. */
    sealed interface Outcome permits Booked, Refused, Unreachable, NoAnswer {
    }

    /** The ERP booked it (or had booked it before) as {@code reference}. */
    record Booked(String reference) implements Outcome {
    }

    /** The ERP refused it for a reason of its own: not retried, on finance's work list. */
    record Refused(String message) implements Outcome {
    }

    /** Nothing reached the ERP (no connection, or it answered that it cannot take anything now): retried later. */
    record Unreachable(String message) implements Outcome {
    }

    /** It went out and no answer came: it may have been booked, so it is looked up before anything else. */
    record NoAnswer(String message) implements Outcome {
    }

    Outcome post(Posting posting);

    /**
     * @return the ERP's reference when it booked an entry under {@code key}, empty when it has none
     * @throws WebServiceException when the ERP cannot be asked now
     */
    Optional<String> find(String key);
}
