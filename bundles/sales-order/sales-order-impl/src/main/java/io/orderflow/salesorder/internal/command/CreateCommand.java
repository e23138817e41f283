package io.orderflow.salesorder.internal.command;

import io.orderflow.platform.api.text.SafePrintStream;
import io.orderflow.platform.api.error.ValidationException;
import io.orderflow.platform.api.security.ActorContext;
import io.orderflow.salesorder.api.Channel;
import io.orderflow.salesorder.api.IntakeResult;
import io.orderflow.salesorder.api.OrderDraft;
import io.orderflow.salesorder.api.OrderDraft.AddressDraft;
import io.orderflow.salesorder.api.OrderDraft.LineDraft;
import io.orderflow.salesorder.api.OrderDraft.MoneyDraft;
import io.orderflow.salesorder.api.SalesOrderService;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/**
 * {@code sales-order:create}: enters an order taken by phone or e-mail. It goes through the same intake as REST,
 * with channel SHELL.
 */
@Service
@Command(scope = "sales-order", name = "create", description = "Enters a sales order")
public class CreateCommand implements Action {

    @Reference
    private SalesOrderService orders;

    @Reference
    private ActorContext actors;

    @Option(name = "--customer", required = true, description = "Customer id, e.g. CUST-A")
    private String customer;

    @Option(name = "--po", required = true, description = "The customer's PO number")
    private String po;

    @Option(name = "--delivery", required = true, description = "Requested delivery date, e.g. 2026-12-20")
    private String delivery;

    @Option(name = "--line", required = true, multiValued = true,
            description = "A line as PRODUCT:QUANTITY:UNIT_PRICE:CURRENCY[:SPECIFICATION], e.g. LED-LAMP:100:25.00:CNY:4000K")
    private List<String> lines;

    @Option(name = "--street", required = true, description = "Delivery address, first line")
    private String street;

    @Option(name = "--city", required = true, description = "Delivery city")
    private String city;

    @Option(name = "--postal-code", description = "Delivery postal code")
    private String postalCode;

    @Option(name = "--country", description = "Delivery country, ISO 3166 code (default CN)")
    private String country = "CN";

    @Option(name = "--terms", description = "Payment terms; the customer's standard terms when absent")
    private String terms;

    @Option(name = "--type", description = "CUSTOMER or STOCK_UP")
    private String type;

    @Option(name = "--custom", description = "A custom (non-standard) product")
    private boolean custom;

    @Option(name = "--installation", description = "Needs on-site installation")
    private boolean installation;

    @Option(name = "--ship-before-payment", description = "Asks to ship before payment (exceptional)")
    private boolean shipBeforePayment;

    @Option(name = "--policy-exception", description = "Reason of a policy exception")
    private String policyException;

    @Override
    public Object execute() {
        OrderDraft draft = new OrderDraft(customer, po, delivery, new AddressDraft(street, null, city, postalCode, country),
                terms, type, custom, installation, shipBeforePayment,
                policyException == null ? null : new OrderDraft.PolicyException(policyException), null, parseLines());
        IntakeResult result = orders.create(draft, Channel.SHELL, actors.current());
        return SafePrintStream.text((result.created() ? "Created " : "Already known as ") + result.order().number() + " ("
                + result.order().status() + ", total " + result.order().total() + ", "
                + result.order().flags().size() + " review flag(s))");
    }

    private List<LineDraft> parseLines() {
        List<LineDraft> drafts = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String[] parts = lines.get(i).split(":", 5);
            if (parts.length < 4) {
                throw new ValidationException("--line " + (i + 1), "must be PRODUCT:QUANTITY:UNIT_PRICE:CURRENCY[:SPECIFICATION]");
            }
            BigDecimal quantity;
            try {
                quantity = new BigDecimal(parts[1]);
            } catch (NumberFormatException e) {
                throw new ValidationException("--line " + (i + 1), "quantity must be a number, got " + parts[1]);
            }
            drafts.add(new LineDraft(parts[0], parts.length == 5 ? parts[4] : null, quantity,
                    new MoneyDraft(parts[2], parts[3])));
        }
        return drafts;
    }
}
