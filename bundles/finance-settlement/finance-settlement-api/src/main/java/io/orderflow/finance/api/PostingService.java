package io.orderflow.finance.api;

import io.orderflow.platform.api.security.Actor;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The postings of finance documents to the ERP (docs/business-rules.md §5): each invoice, credit note, verified
 * payment, verified refund and approved expense claim is posted once as a balanced journal entry.
 */
@ProviderType
public interface PostingService {

    /** The postings in {@code state} (all when null), oldest first, at most {@code limit}. */
    List<Posting> postings(PostingState state, int limit);

    Optional<Posting> posting(String key);

    /**
     * Builds the document's next version from the account mapping as it is now, to be sent again: for a REJECTED
     * posting, once a {@code finance} user corrected what the ERP or the mapping refused.
     *
     * @throws io.orderflow.platform.api.error.ConflictException unless the posting is REJECTED and its document's latest
     * @throws io.orderflow.platform.api.error.NotFoundException for an unknown key
     */
    Posting resend(String key, Actor actor);
}
