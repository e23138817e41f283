package io.orderflow.finance.internal;

import io.orderflow.platform.api.audit.AuditEntry;
import io.orderflow.platform.api.audit.AuditQuery;
import io.orderflow.platform.api.audit.AuditRecord;
import io.orderflow.platform.api.audit.AuditTrail;
import java.sql.Connection;
import java.util.List;
import java.util.function.Predicate;

/**
 * An audit trail that fails for the records a test names: the document's transaction then rolls back after it took its
 * number, as it would when the database refuses the audit row.
 */
final class FailingAudit implements AuditTrail {

    private final AuditTrail kept;
    private final Predicate<AuditRecord> fails;

    FailingAudit(AuditTrail kept, Predicate<AuditRecord> fails) {
        this.kept = kept;
        this.fails = fails;
    }

    @Override
    public void record(Connection transaction, AuditRecord record) {
        if (fails.test(record)) {
            throw new IllegalStateException("the audit trail refused " + record.subject());
        }
        kept.record(transaction, record);
    }

    @Override
    public void record(AuditRecord record) {
        kept.record(record);
    }

    @Override
    public List<AuditEntry> find(AuditQuery query) {
        return kept.find(query);
    }
}
