package io.orderflow.finance.internal;

import io.orderflow.finance.internal.domain.AgeingBuckets;
import io.orderflow.finance.internal.domain.CurrencyRules;
import io.orderflow.platform.api.config.ConfigurationCheck;
import io.orderflow.platform.api.config.InvalidConfigurationException;
import io.orderflow.platform.api.error.FieldProblem;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

/**
 * Finance's money rules ({@value #PID}), checked before a change is kept: the same problems refuse a change and leave
 * the components unsatisfied.
 */
@Component(property = ConfigurationCheck.PID + "=" + FinanceSettings.PID)
public final class FinanceSettings implements ConfigurationCheck {

    static final String PID = "orderflow.finance.settlement";

    @ObjectClassDefinition(name = "Orderflow finance settlement", description = "Money rules (docs/business-rules.md §5)")
    public @interface Config {
        @AttributeDefinition(description = "How a computed amount (a prepayment share, a tax) is rounded to its"
                + " currency's ISO 4217 decimals", options = {@Option(value = "HALF_UP"), @Option(value = "HALF_EVEN"),
                @Option(value = "HALF_DOWN"), @Option(value = "UP"), @Option(value = "DOWN")})
        String roundingMode() default "HALF_UP";

        @AttributeDefinition(description = "Upper bounds in days overdue of the receivables' ageing buckets, rising;"
                + " 30,60,90,120 gives not yet due, 1-30, 31-60, 61-90, 91-120, over 120")
        String ageingBounds() default "30,60,90,120";
    }

    /** The rules of a valid configuration. */
    record Settings(CurrencyRules currencies, AgeingBuckets ageing) {
    }

    /** @throws InvalidConfigurationException naming every attribute at fault */
    static Settings of(Config config) {
        List<FieldProblem> problems = problems(Map.of("roundingMode", config.roundingMode(), "ageingBounds",
                config.ageingBounds()));
        if (!problems.isEmpty()) {
            throw new InvalidConfigurationException(PID, problems);
        }
        return new Settings(new CurrencyRules(RoundingMode.valueOf(config.roundingMode().strip())),
                AgeingBuckets.of(config.ageingBounds()));
    }

    @Override
    public List<FieldProblem> check(Map<String, Object> properties) {
        return problems(properties);
    }

    private static List<FieldProblem> problems(Map<String, Object> properties) {
        List<FieldProblem> problems = new ArrayList<>();
        Object rounding = properties.get("roundingMode");
        if (rounding != null && !List.of("HALF_UP", "HALF_EVEN", "HALF_DOWN", "UP", "DOWN")
                .contains(rounding.toString().strip())) {
            problems.add(new FieldProblem("roundingMode", "must be HALF_UP, HALF_EVEN, HALF_DOWN, UP or DOWN, got '"
                    + rounding + "'"));
        }
        Object bounds = properties.get("ageingBounds");
        if (bounds != null) {
            try {
                AgeingBuckets.of(bounds.toString());
            } catch (IllegalArgumentException wrong) {
                problems.add(new FieldProblem("ageingBounds", wrong.getMessage()));
            }
        }
        return problems;
    }
}
