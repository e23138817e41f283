package io.orderflow.finance.internal;

import io.orderflow.finance.internal.domain.AccountMap;
import io.orderflow.platform.api.config.ConfigurationCheck;
import io.orderflow.platform.api.config.InvalidConfigurationException;
import io.orderflow.platform.api.error.FieldProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The account mapping of the postings ({@value #PID}), checked before a change is kept. The defaults follow the
 * common Chinese chart of accounts; a site maps its own ledger's codes.
 */
@Component(property = ConfigurationCheck.PID + "=" + PostingSettings.PID)
public final class PostingSettings implements ConfigurationCheck {

    static final String PID = "orderflow.finance.postings";

    @ObjectClassDefinition(name = "Orderflow postings", description = "General ledger accounts of the ERP postings")
    public @interface Config {
        @AttributeDefinition(description = "ROLE=code, or ROLE.QUALIFIER=code for a customer group (RECEIVABLE), a"
                + " tax class (REVENUE, TAX), a payment method (BANK) or an expense category (EXPENSE); roles"
                + " RECEIVABLE, REVENUE, FREIGHT, TAX, BANK, EXPENSE, PAYABLE")
        String[] accounts() default {"RECEIVABLE=1122", "REVENUE=6001", "FREIGHT=6051", "TAX=2221", "BANK=1002",
                "BANK.CASH=1001", "EXPENSE=6602", "PAYABLE=2241"};
    }

    /** @throws InvalidConfigurationException naming each unreadable entry */
    static AccountMap of(Config config) {
        List<String> problems = new ArrayList<>();
        AccountMap accounts = AccountMap.of(config.accounts() == null ? new String[0] : config.accounts(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidConfigurationException(PID, problems.stream().map(p -> new FieldProblem("accounts", p))
                    .toList());
        }
        return accounts;
    }

    @Override
    public List<FieldProblem> check(Map<String, Object> properties) {
        Object accounts = properties.get("accounts");
        List<String> problems = new ArrayList<>();
        if (accounts != null) {
            AccountMap.of(accounts instanceof String[] list ? list : accounts.toString().split(","), problems);
        }
        return problems.stream().map(p -> new FieldProblem("accounts", p)).toList();
    }
}
