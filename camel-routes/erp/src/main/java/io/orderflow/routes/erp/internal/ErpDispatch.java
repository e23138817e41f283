package io.orderflow.routes.erp.internal;

import io.orderflow.finance.api.Posting;
import io.orderflow.finance.api.PostingQueue;
import io.orderflow.routes.erp.internal.JournalCalls.Booked;
import io.orderflow.routes.erp.internal.JournalCalls.NoAnswer;
import io.orderflow.routes.erp.internal.JournalCalls.Outcome;
import io.orderflow.routes.erp.internal.JournalCalls.Refused;
import io.orderflow.routes.erp.internal.JournalCalls.Unreachable;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import javax.xml.ws.WebServiceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One look at the postings. First those in doubt (SENT without an answer, or UNKNOWN, also after a restart): each is
 * looked up in the ERP and becomes CONFIRMED or, when the ERP has no such entry, PENDING again; none is sent blindly.
 * Then the PENDING ones, each said SENT before it goes out. While the ERP cannot be reached, the looks back off,
 * doubling from {@code backoffInitialMillis} up to {@code backoffMaxMillis}; a posting that reached no one is PENDING
 * again.
 */
final class ErpDispatch {

    private static final Logger LOG = LoggerFactory.getLogger(ErpDispatch.class);

    private final Supplier<PostingQueue> queue;
    private final JournalCalls journal;
    private final ErpSettings settings;
    private final LongSupplier clock;
    private long wait;
    private long notBefore;

    /** @param queue finance's queue (null while finance is away: nothing is done) */
    ErpDispatch(Supplier<PostingQueue> queue, JournalCalls journal, ErpSettings settings, LongSupplier clock) {
        this.queue = queue;
        this.journal = journal;
        this.settings = settings;
        this.clock = clock;
    }

    /** @return how many postings were settled (confirmed, refused, or put back after a lookup) in this look */
    synchronized int look() {
        PostingQueue postings = queue.get();
        if (postings == null || clock.getAsLong() < notBefore) {
            return 0;
        }
        int settled = 0;
        try {
            for (Posting doubt : postings.inDoubt(settings.batchSize())) {
                Optional<String> booked = journal.find(doubt.key());
                if (booked.isPresent()) {
                    postings.confirmed(doubt.key(), booked.get());
                } else {
                    postings.notFound(doubt.key());
                }
                settled++;
            }
            for (Posting pending : postings.pending(settings.batchSize())) {
                postings.sending(pending.key());
                Outcome outcome = journal.post(pending);
                if (outcome instanceof Unreachable unreachable) {
                    postings.notFound(pending.key()); // it never reached the ERP
                    backOff(unreachable.message());
                    return settled;
                }
                settle(postings, pending, outcome);
                settled++;
            }
        } catch (WebServiceException lookupFailed) {
            backOff(JournalClient.reason(lookupFailed));
            return settled;
        }
        wait = 0;
        return settled;
    }

    private static void settle(PostingQueue postings, Posting posting, Outcome outcome) {
        if (outcome instanceof Booked booked) {
            postings.confirmed(posting.key(), booked.reference());
        } else if (outcome instanceof Refused refused) {
            LOG.warn("ERP refused posting {}: {}", posting.key(), refused.message());
            postings.rejected(posting.key(), refused.message());
        } else if (outcome instanceof NoAnswer none) {
            LOG.warn("No answer from the ERP for posting {} ({}): it will be looked up", posting.key(), none.message());
            postings.unknown(posting.key(), none.message());
        }
    }

    private void backOff(String why) {
        wait = wait == 0 ? settings.backoffInitialMillis() : Math.min(wait * 2, settings.backoffMaxMillis());
        notBefore = clock.getAsLong() + wait;
        LOG.warn("The ERP cannot be reached ({}); the postings wait, next try in {} ms", why, wait);
    }
}
