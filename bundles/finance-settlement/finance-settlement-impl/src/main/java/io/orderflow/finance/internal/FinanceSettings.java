package io.orderflow.finance.internal;

import io.orderflow.finance.internal.domain.AgeingBuckets;
import io.orderflow.finance.internal.domain.CurrencyRules;
import io.orderflow.platform.api.config.ConfigurationCheck;
import io.orderflow.platform.api.config.InvalidConfigurationException;
import io.orderflow.platform.api.error.FieldProblem;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
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

        @AttributeDefinition(required = false, description = "Tax rate per product tax class (master data), as"
                + " CLASS=rate with the rate a fraction: STANDARD=0.13. A class not listed is invoiced without tax;"
                + " none listed, no tax at all")
        String[] taxRates() default {};
    }

    /** The rules of a valid configuration; {@code taxRates} by tax class. */
    record Settings(CurrencyRules currencies, AgeingBuckets ageing, Map<String, BigDecimal> taxRates) {

        /** The rate of a product's tax class; zero for none or one not configured. */
        BigDecimal taxRate(String taxClass) {
            return taxClass == null ? BigDecimal.ZERO : taxRates.getOrDefault(taxClass, BigDecimal.ZERO);
        }
    }

    /** @throws InvalidConfigurationException naming every attribute at fault */
    static Settings of(Config config) {
        String[] rates = config.taxRates() == null ? new String[0] : config.taxRates();
        List<FieldProblem> problems = problems(Map.of("roundingMode", config.roundingMode(), "ageingBounds",
                config.ageingBounds(), "taxRates", rates));
        if (!problems.isEmpty()) {
            throw new InvalidConfigurationException(PID, problems);
        }
        return new Settings(new CurrencyRules(RoundingMode.valueOf(config.roundingMode().strip())),
                AgeingBuckets.of(config.ageingBounds()), taxRates(rates, new ArrayList<>()));
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
        Object rates = properties.get("taxRates");
        if (rates != null) {
            taxRates(rates instanceof String[] list ? list : rates.toString().split(","), problems);
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

    /** {@code CLASS=rate} entries read, each problem added; a blank entry is none. */
    private static Map<String, BigDecimal> taxRates(String[] entries, List<FieldProblem> problems) {
        Map<String, BigDecimal> rates = new HashMap<>();
        for (String entry : entries) {
            if (entry == null || entry.isBlank()) {
                continue;
            }
            String[] parts = entry.strip().split("=", 2);
            try {
                BigDecimal rate = new BigDecimal(parts[1].strip());
                if (!parts[0].strip().matches("[A-Za-z0-9_-]{1,40}") || rate.signum() < 0
                        || rate.compareTo(BigDecimal.ONE) >= 0 || rate.scale() > 4
                        || rates.put(parts[0].strip(), rate) != null) {
                    throw new NumberFormatException();
                }
            } catch (ArrayIndexOutOfBoundsException | NumberFormatException e) {
                problems.add(new FieldProblem("taxRates", "each entry is CLASS=rate, a class once, the rate a fraction"
                        + " from 0 below 1 with at most 4 decimals (STANDARD=0.13); got '" + entry + "'"));
            }
        }
        return rates;
    }
}
