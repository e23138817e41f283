package io.orderflow.platform.api.audit;

import java.sql.Connection;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/** The append-only audit trail. Nothing in it can be changed or removed through this service. */
@ProviderType
public interface AuditTrail {

    /**
     * Records inside the caller's open transaction, so the entry exists exactly when the caller's change commits.
     *
     * @throws IllegalStateException wrapping the SQL failure
     */
    void record(Connection transaction, AuditRecord record);

    /**
     * Records in a transaction of its own, for facts that are not part of a department's change (configuration edits).
     *
     * @throws IllegalStateException wrapping the SQL failure
     */
    void record(AuditRecord record);

    /** The newest {@code query.limit()} entries matching the query, oldest first. */
    List<AuditEntry> find(AuditQuery query);
}
