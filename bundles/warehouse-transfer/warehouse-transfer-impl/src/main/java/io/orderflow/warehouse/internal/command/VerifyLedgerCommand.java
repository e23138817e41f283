package io.orderflow.warehouse.internal.command;

import io.orderflow.platform.api.text.SafePrintStream;
import io.orderflow.warehouse.api.LedgerCheck;
import io.orderflow.warehouse.api.StockService;
import java.io.PrintStream;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

/** {@code warehouse:verify-ledger}: every balance against the sums of its moves. */
@Service
@Command(scope = "warehouse", name = "verify-ledger", description = "Checks that every stock balance equals its ledger")
public class VerifyLedgerCommand implements Action {

    @Reference
    private StockService stock;

    @Reference
    private Session session;

    @Override
    public Object execute() {
        LedgerCheck check = stock.verifyLedger();
        PrintStream out = SafePrintStream.of(session.getConsole());
        out.printf("%d balance(s) checked: %s%n", check.balances(), check.consistent() ? "all equal their ledger"
                : check.mismatches().size() + " differ");
        check.mismatches().forEach(m -> out.println("  " + m));
        return null;
    }
}
