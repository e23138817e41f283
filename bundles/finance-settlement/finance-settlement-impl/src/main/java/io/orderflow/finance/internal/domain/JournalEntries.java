package io.orderflow.finance.internal.domain;

import io.orderflow.finance.api.CreditNote;
import io.orderflow.finance.api.ExpenseClaim;
import io.orderflow.finance.api.Invoice;
import io.orderflow.finance.api.PaymentMethod;
import io.orderflow.finance.api.Refund;
import io.orderflow.finance.internal.domain.AccountMap.Role;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The journal entry each finance document is posted to the general ledger as: balanced, in the document's currency,
 * its amounts as the document has them (already in the currency's scale, so nothing is rounded here).
 * <ul>
 *   <li>invoice: debit the customer group's receivable with the total; credit revenue per tax class with the lines'
 *   net, freight with the freight, tax per tax class with the tax;</li>
 *   <li>credit note: the same, debit and credit swapped;</li>
 *   <li>payment received: debit the method's bank account, credit the receivable; refund: the other way;</li>
 *   <li>approved expense claim: debit each category's expense, credit what is payable to the claimant.</li>
 * </ul>
 */
public final class JournalEntries {

    /** One line of a journal entry: a debit or a credit, never both. */
    public record Line(String account, BigDecimal debit, BigDecimal credit, String memo) {
    }

    /** The map names no account for what a document needs: it is posted once the mapping names one. */
    public static final class MissingAccount extends RuntimeException {

        private static final long serialVersionUID = 1L;

        MissingAccount(Role role, String qualifier) {
            super("no account for " + role + (qualifier == null ? "" : " (" + qualifier + ")") + " in"
                    + " orderflow.finance.postings: add " + role + (qualifier == null ? "" : "." + qualifier)
                    + "=<code> or " + role + "=<code> to 'accounts'");
        }
    }

    private JournalEntries() {
    }

    /** @param taxClassOf a product's tax class ({@code STANDARD} when it has none) */
    public static List<Line> invoice(Invoice invoice, Function<String, String> taxClassOf, String customerGroup,
                                     AccountMap accounts) {
        return sale(invoice.lines(), invoice.freight(), null, invoice.total(), taxClassOf, customerGroup, accounts,
                false, "invoice " + invoice.number());
    }

    /** The invoice's entry for what the credit note reverses, debit and credit swapped. */
    public static List<Line> creditNote(CreditNote note, Function<String, String> taxClassOf, String customerGroup,
                                        AccountMap accounts) {
        return sale(note.lines(), note.freight(), note.freightTax(), note.total(), taxClassOf, customerGroup, accounts,
                true, "credit note " + note.number() + " of " + note.invoice());
    }

    /** A payment received: {@code amount} in its currency's scale. */
    public static List<Line> payment(String id, String customerId, PaymentMethod method, BigDecimal amount,
                                     String customerGroup, AccountMap accounts) {
        String memo = "payment " + id + " from " + customerId;
        return balanced(List.of(
                debit(accounts, Role.BANK, method.name(), amount, memo),
                credit(accounts, Role.RECEIVABLE, customerGroup, amount, memo)));
    }

    public static List<Line> refund(Refund refund, String customerGroup, AccountMap accounts) {
        String memo = "refund " + refund.id() + " to " + refund.customerId() + " for " + refund.creditNote();
        return balanced(List.of(
                debit(accounts, Role.RECEIVABLE, customerGroup, refund.amount(), memo),
                credit(accounts, Role.BANK, refund.method().name(), refund.amount(), memo)));
    }

    /** An approved expense claim: each category's approved amounts as expenses, the total owed to the claimant. */
    public static List<Line> expenseClaim(ExpenseClaim claim, AccountMap accounts) {
        String memo = "expense claim " + claim.number() + " of " + claim.claimant();
        Map<String, BigDecimal> byCategory = new TreeMap<>();
        claim.lines().forEach(line -> byCategory.merge(line.category().name(), line.approvedAmount(), BigDecimal::add));
        List<Line> lines = new ArrayList<>();
        byCategory.forEach((category, amount) -> {
            if (amount.signum() != 0) {
                lines.add(debit(accounts, Role.EXPENSE, category, amount, memo + ", " + category));
            }
        });
        lines.add(credit(accounts, Role.PAYABLE, null, claim.approvedTotal(), memo));
        return balanced(lines);
    }

    private static List<Line> sale(List<Invoice.Line> items, BigDecimal freight, BigDecimal freightTax,
                                   BigDecimal total, Function<String, String> taxClassOf, String customerGroup,
                                   AccountMap accounts, boolean reversed, String memo) {
        Map<String, BigDecimal> netByClass = new TreeMap<>();
        Map<String, BigDecimal> taxByClass = new TreeMap<>();
        for (Invoice.Line item : items) {
            String taxClass = taxClassOf.apply(item.productCode());
            netByClass.merge(taxClass, item.net(), BigDecimal::add);
            taxByClass.merge(taxClass, item.tax(), BigDecimal::add);
        }
        List<Line> lines = new ArrayList<>();
        lines.add(side(accounts, Role.RECEIVABLE, customerGroup, total, memo, !reversed));
        netByClass.forEach((taxClass, net) -> lines.add(side(accounts, Role.REVENUE, taxClass, net,
                memo + ", " + taxClass, reversed)));
        if (freight != null && freight.signum() != 0) {
            lines.add(side(accounts, Role.FREIGHT, null, freight, memo + ", freight", reversed));
        }
        if (freightTax != null && freightTax.signum() != 0) {
            lines.add(side(accounts, Role.TAX, null, freightTax, memo + ", tax on freight", reversed));
        }
        taxByClass.forEach((taxClass, tax) -> {
            if (tax.signum() != 0) {
                lines.add(side(accounts, Role.TAX, taxClass, tax, memo + ", tax " + taxClass, reversed));
            }
        });
        return balanced(lines);
    }

    private static Line side(AccountMap accounts, Role role, String qualifier, BigDecimal amount, String memo,
                             boolean debit) {
        return debit ? debit(accounts, role, qualifier, amount, memo) : credit(accounts, role, qualifier, amount, memo);
    }

    private static Line debit(AccountMap accounts, Role role, String qualifier, BigDecimal amount, String memo) {
        return new Line(account(accounts, role, qualifier), amount, BigDecimal.ZERO.setScale(amount.scale()), memo);
    }

    private static Line credit(AccountMap accounts, Role role, String qualifier, BigDecimal amount, String memo) {
        return new Line(account(accounts, role, qualifier), BigDecimal.ZERO.setScale(amount.scale()), amount, memo);
    }

    private static String account(AccountMap accounts, Role role, String qualifier) {
        return accounts.account(role, qualifier).orElseThrow(() -> new MissingAccount(role, qualifier));
    }

    /** @throws IllegalStateException when the document's own figures do not add up: nothing unbalanced is posted */
    static List<Line> balanced(List<Line> lines) {
        BigDecimal debits = lines.stream().map(Line::debit).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal credits = lines.stream().map(Line::credit).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (debits.compareTo(credits) != 0) {
            throw new IllegalStateException("unbalanced journal entry: debits " + debits + ", credits " + credits);
        }
        return List.copyOf(lines);
    }
}
