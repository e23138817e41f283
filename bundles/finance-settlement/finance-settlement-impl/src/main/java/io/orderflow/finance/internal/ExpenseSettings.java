package io.orderflow.finance.internal;

import io.orderflow.finance.internal.domain.CurrencyRules;
import io.orderflow.finance.internal.domain.ExpenseChain;
import io.orderflow.platform.api.config.ConfigurationCheck;
import io.orderflow.platform.api.config.InvalidConfigurationException;
import io.orderflow.platform.api.error.FieldProblem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Expense claims ({@value #PID}): the supervisor's limit above which the president decides, and how many receipt
 * files of what size a claim keeps. Checked before a change is kept.
 */
@Component(property = ConfigurationCheck.PID + "=" + ExpenseSettings.PID)
public final class ExpenseSettings implements ConfigurationCheck {

    static final String PID = "orderflow.finance.expenses";
    private static final int MAX_RECEIPT_BYTES = 64 * 1024 * 1024;

    @ObjectClassDefinition(name = "Orderflow expense claims", description = "The approval chain's limit and receipts")
    public @interface Config {
        @AttributeDefinition(description = "The supervisor's limit: a claim approved at more than this goes to the"
                + " president after the finance check, and so does every claim in another currency than the limit's")
        String supervisorLimit() default "5000";

        @AttributeDefinition(description = "ISO 4217 currency of the supervisor's limit")
        String limitCurrency() default "CNY";

        @AttributeDefinition(min = "0", max = "50", description = "Most receipt files one claim keeps")
        int maxReceipts() default 5;

        @AttributeDefinition(min = "1024", max = "67108864", description = "Largest receipt file in bytes")
        int maxReceiptBytes() default 5 * 1024 * 1024;
    }

    /** A valid configuration's rules. */
    record Settings(ExpenseChain chain, int maxReceipts, int maxReceiptBytes) {
    }

    /** @throws InvalidConfigurationException naming every attribute at fault */
    static Settings of(Config config) {
        List<FieldProblem> problems = problems(Map.of("supervisorLimit", config.supervisorLimit(), "limitCurrency",
                config.limitCurrency(), "maxReceipts", config.maxReceipts(), "maxReceiptBytes",
                config.maxReceiptBytes()));
        if (!problems.isEmpty()) {
            throw new InvalidConfigurationException(PID, problems);
        }
        return new Settings(new ExpenseChain(new BigDecimal(config.supervisorLimit().strip()),
                config.limitCurrency().strip()), config.maxReceipts(), config.maxReceiptBytes());
    }

    @Override
    public List<FieldProblem> check(Map<String, Object> properties) {
        return problems(properties);
    }

    private static List<FieldProblem> problems(Map<String, Object> properties) {
        List<FieldProblem> problems = new ArrayList<>();
        Object limit = properties.get("supervisorLimit");
        if (limit != null) {
            try {
                if (new BigDecimal(limit.toString().strip()).signum() < 0) {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException e) {
                problems.add(new FieldProblem("supervisorLimit", "must be an amount of 0 or more such as 5000, got '"
                        + limit + "'"));
            }
        }
        Object currency = properties.get("limitCurrency");
        if (currency != null) {
            try {
                CurrencyRules.scale(currency.toString().strip());
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("limitCurrency", e.getMessage()));
            }
        }
        ConfigurationCheck.wholeNumber(properties, "maxReceipts", 0, 50, problems);
        ConfigurationCheck.wholeNumber(properties, "maxReceiptBytes", 1024, MAX_RECEIPT_BYTES, problems);
        return problems;
    }
}
