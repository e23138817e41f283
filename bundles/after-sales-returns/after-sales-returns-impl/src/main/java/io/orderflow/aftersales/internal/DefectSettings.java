package io.orderflow.aftersales.internal;

import io.orderflow.aftersales.internal.domain.DefectRules;
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
 * When the defect statistics flag a product ({@value #PID}, docs/business-rules.md §9), read by
 * {@link DefectServiceImpl} and checked before a change is kept: the same problems refuse a change and leave the
 * component unsatisfied.
 */
@Component(property = ConfigurationCheck.PID + "=" + DefectSettings.PID)
public final class DefectSettings implements ConfigurationCheck {

    static final String PID = "orderflow.after-sales.defects";

    @ObjectClassDefinition(name = "Orderflow defect statistics", description = "When recurring defects are flagged"
            + " to quality and production")
    public @interface Config {
        @AttributeDefinition(min = "0", max = "1", description = "Share of a month's shipped quantity of a product"
                + " (a fraction: 0.02 is 2 %) that its returns for the company's quality must pass to flag it")
        double flagRate() default 0.02;

        @AttributeDefinition(min = "1", description = "Quantity of a product shipped in the month below which it is"
                + " never flagged, however many come back")
        int minimumShipped() default 50;
    }

    /** @throws InvalidConfigurationException naming every attribute at fault */
    static DefectRules rules(Config config) {
        List<FieldProblem> problems = problems(Map.of("flagRate", config.flagRate(), "minimumShipped",
                config.minimumShipped()));
        if (!problems.isEmpty()) {
            throw new InvalidConfigurationException(PID, problems);
        }
        return new DefectRules(BigDecimal.valueOf(config.flagRate()), BigDecimal.valueOf(config.minimumShipped()));
    }

    @Override
    public List<FieldProblem> check(Map<String, Object> properties) {
        return problems(properties);
    }

    private static List<FieldProblem> problems(Map<String, Object> properties) {
        List<FieldProblem> problems = new ArrayList<>();
        Object rate = properties.get("flagRate");
        if (rate != null) {
            try {
                BigDecimal value = new BigDecimal(rate.toString().strip());
                if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException e) {
                problems.add(new FieldProblem("flagRate", "must be a fraction from 0 to 1 such as 0.02, got '" + rate
                        + "'"));
            }
        }
        Object shipped = properties.get("minimumShipped");
        if (shipped != null) {
            try {
                if (Integer.parseInt(shipped.toString().strip()) < 1) {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException e) {
                problems.add(new FieldProblem("minimumShipped", "must be a whole quantity of 1 or more, got '"
                        + shipped + "'"));
            }
        }
        return problems;
    }
}
