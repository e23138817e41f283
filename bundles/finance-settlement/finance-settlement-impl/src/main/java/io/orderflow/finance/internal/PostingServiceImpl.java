package io.orderflow.finance.internal;

import io.orderflow.finance.api.Posting;
import io.orderflow.finance.api.PostingQueue;
import io.orderflow.finance.api.PostingService;
import io.orderflow.finance.api.PostingState;
import io.orderflow.finance.internal.domain.CurrencyRules;
import io.orderflow.finance.internal.jpa.FinanceQueries;
import io.orderflow.finance.internal.jpa.PostingEntity;
import io.orderflow.platform.api.audit.AuditRecord;
import io.orderflow.platform.api.audit.AuditTrail;
import io.orderflow.platform.api.error.ConflictException;
import io.orderflow.platform.api.error.NotFoundException;
import io.orderflow.platform.api.schema.SchemaMigrations;
import io.orderflow.platform.api.security.Actor;
import io.orderflow.platform.api.security.Roles;
import io.orderflow.platform.api.text.Text;
import io.orderflow.platform.api.time.BusinessClock;
import io.orderflow.platform.api.tx.Transactions;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.persistence.LockModeType;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The postings as finance users see them, a rejected one sent again as the document's next version, and the queue
 * the ERP route works through, each move allowed only from the states that lead to it.
 */
@Component(service = {PostingService.class, PostingQueue.class})
public final class PostingServiceImpl implements PostingService, PostingQueue {

    private static final int MAX_LIST = 1000;
    private static final int MAX_MESSAGE = 2000;

    private final FinanceDatabase db;
    private final AuditTrail audit;
    private final BusinessClock clock;
    private final PostingBuilder builder;

    @Activate
    public PostingServiceImpl(@Reference(target = FinanceDatabase.UNIT) JpaTemplate jpa,
                              @Reference SchemaMigrations migrations, @Reference Transactions transactions,
                              @Reference AuditTrail audit, @Reference BusinessClock clock,
                              @Reference PostingBuilder builder) {
        this.db = new FinanceDatabase(jpa, migrations, transactions);
        this.audit = audit;
        this.clock = clock;
        this.builder = builder;
    }

    @Override
    public List<Posting> postings(PostingState state, int limit) {
        return postings(state == null ? List.of() : List.of(state), limit);
    }

    @Override
    public Optional<Posting> posting(String key) {
        return db.tx(em -> Optional.ofNullable(key == null ? null : em.find(PostingEntity.class, key))
                .map(PostingServiceImpl::toPosting));
    }

    @Override
    public Posting resend(String key, Actor actor) {
        String role = actor.requireRole("sending a posting again", Roles.FINANCE);
        return db.tx(em -> {
            PostingEntity rejected = key == null ? null : em.find(PostingEntity.class, key,
                    LockModeType.PESSIMISTIC_WRITE);
            if (rejected == null) {
                throw new NotFoundException("no posting " + key);
            }
            if (rejected.state() != PostingState.REJECTED) {
                throw new ConflictException("posting " + key + " is " + rejected.state() + "; only a REJECTED one is"
                        + " sent again");
            }
            PostingEntity latest = FinanceQueries.latestPosting(em, rejected.document());
            if (latest.version() != rejected.version()) {
                throw new ConflictException("posting " + key + " was sent again already, as " + latest.key());
            }
            Instant now = clock.now();
            PostingEntity next = builder.build(em, rejected.documentType(), rejected.document(),
                    rejected.version() + 1, now);
            em.persist(next);
            audit.record(FinanceDatabase.connection(em), new AuditRecord(now, actor.name(), role, "POSTING_RESENT",
                    next.key(), null, "after " + key + " was rejected; now " + next.state()));
            return toPosting(next);
        });
    }

    @Override
    public List<Posting> pending(int limit) {
        return postings(List.of(PostingState.PENDING), limit);
    }

    @Override
    public List<Posting> inDoubt(int limit) {
        return postings(List.of(PostingState.SENT, PostingState.UNKNOWN), limit);
    }

    private List<Posting> postings(List<PostingState> states, int limit) {
        int bounded = Math.max(1, Math.min(limit, MAX_LIST));
        return db.tx(em -> FinanceQueries.postings(em, states, bounded).stream().map(PostingServiceImpl::toPosting)
                .toList());
    }

    @Override
    public void sending(String key) {
        move(key, EnumSet.of(PostingState.PENDING), PostingState.SENT, null, null);
    }

    @Override
    public void confirmed(String key, String erpReference) {
        move(key, EnumSet.of(PostingState.SENT, PostingState.UNKNOWN), PostingState.CONFIRMED, erpReference, null);
    }

    @Override
    public void rejected(String key, String message) {
        move(key, EnumSet.of(PostingState.SENT), PostingState.REJECTED, null, message);
    }

    @Override
    public void unknown(String key, String message) {
        move(key, EnumSet.of(PostingState.SENT), PostingState.UNKNOWN, null, message);
    }

    @Override
    public void notFound(String key) {
        move(key, EnumSet.of(PostingState.SENT, PostingState.UNKNOWN), PostingState.PENDING, null, null);
    }

    private void move(String key, Set<PostingState> from, PostingState to, String reference, String message) {
        db.tx(em -> {
            PostingEntity posting = key == null ? null : em.find(PostingEntity.class, key,
                    LockModeType.PESSIMISTIC_WRITE);
            if (posting == null) {
                throw new NotFoundException("no posting " + key);
            }
            if (!from.contains(posting.state())) {
                throw new ConflictException("posting " + key + " is " + posting.state() + "; it becomes " + to
                        + " only from " + from);
            }
            posting.moved(to, reference, message == null ? null : shortened(Text.printable(message)), clock.now());
            return null;
        });
    }

    /** As much of an ERP's message as the column keeps. */
    private static String shortened(String message) {
        return message.length() <= MAX_MESSAGE ? message : message.substring(0, MAX_MESSAGE - 1) + "…";
    }

    private static Posting toPosting(PostingEntity posting) {
        return posting.toPosting(CurrencyRules.scale(posting.currency()));
    }
}
