package io.orderflow.platform.internal.command;

import io.orderflow.platform.api.text.SafePrintStream;
import io.orderflow.platform.api.audit.AuditEntry;
import io.orderflow.platform.api.audit.AuditQuery;
import io.orderflow.platform.api.audit.AuditTrail;
import io.orderflow.platform.api.error.FieldProblem;
import io.orderflow.platform.api.error.ValidationException;
import io.orderflow.platform.internal.audit.AuditTimes;
import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.table.ShellTable;

/** {@code orderflow:audit}: the newest entries of the audit trail, oldest first. Granted to auditor and admin by the scope ACL. */
@Service
@Command(scope = "orderflow", name = "audit", description = "Lists audit trail entries")
public class AuditCommand implements Action {

    @Reference
    private AuditTrail audit;

    @Option(name = "--subject", description = "Only entries about this business key (order number, PID)")
    private String subject;

    @Option(name = "--from", description = "From this instant or date (inclusive), e.g. 2026-11-22")
    private String from;

    @Option(name = "--to", description = "Up to this instant or date (exclusive)")
    private String to;

    @Option(name = "--limit", description = "Show the newest N entries")
    private int limit = 100;

    @Reference
    private Session session;

    @Override
    public Object execute() {
        List<FieldProblem> problems = new ArrayList<>();
        Instant fromInstant = AuditTimes.parse("--from", from, problems);
        Instant toInstant = AuditTimes.parse("--to", to, problems);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        List<AuditEntry> entries = audit.find(new AuditQuery(subject, fromInstant, toInstant, limit));
        ShellTable table = new ShellTable();
        table.column("Id");
        table.column("Time");
        table.column("Actor");
        table.column("Role");
        table.column("Action");
        table.column("Subject");
        table.column("Reason").maxSize(40);
        table.column("Details").maxSize(60);
        for (AuditEntry e : entries) {
            var r = e.record();
            table.addRow().addContent(e.id(), r.occurredAt(), r.actor(), r.role(), r.action(), r.subject(),
                    r.reason(), r.details());
        }
        PrintStream out = SafePrintStream.of(session.getConsole());
        table.print(out);
        return null;
    }
}
