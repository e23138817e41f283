package io.orderflow.finance.internal;

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
 * The prepayment before production ({@value #PID}, docs/business-rules.md §2.3): the {@code PREPAY_<n>} share of the
 * terms, and for a custom order at least {@code customOrderPercent}; the larger of the two. Checked before a change is
 * kept.
 */
@Component(property = ConfigurationCheck.PID + "=" + PrepaymentSettings.PID)
public final class PrepaymentSettings implements ConfigurationCheck {

    static final String PID = "orderflow.finance.prepayment";

    @ObjectClassDefinition(name = "Orderflow prepayment", description = "What is paid before production")
    public @interface Config {
        @AttributeDefinition(min = "0", max = "100", description = "Percent of a custom order's total to be paid"
                + " before production")
        int customOrderPercent() default 30;
    }

    /**
     * The share of an order's total due before production, in percent.
     *
     * @param termsPercent what the terms ask ({@code PREPAY_<n>}), 0 for other terms
     * @throws InvalidConfigurationException when the configured share is not 0-100
     */
    static int requiredPercent(Config config, int termsPercent, boolean custom) {
        int customPercent = config.customOrderPercent();
        if (customPercent < 0 || customPercent > 100) {
            throw new InvalidConfigurationException(PID, List.of(problem(customPercent)));
        }
        return Math.max(termsPercent, custom ? customPercent : 0);
    }

    @Override
    public List<FieldProblem> check(Map<String, Object> properties) {
        List<FieldProblem> problems = new ArrayList<>();
        Object percent = properties.get("customOrderPercent");
        if (percent != null) {
            try {
                int value = Integer.parseInt(percent.toString().strip());
                if (value < 0 || value > 100) {
                    problems.add(problem(value));
                }
            } catch (NumberFormatException notANumber) {
                problems.add(new FieldProblem("customOrderPercent", "must be a whole percent 0-100, got '" + percent
                        + "'"));
            }
        }
        return problems;
    }

    private static FieldProblem problem(int value) {
        return new FieldProblem("customOrderPercent", "must be 0-100, got " + value);
    }
}
