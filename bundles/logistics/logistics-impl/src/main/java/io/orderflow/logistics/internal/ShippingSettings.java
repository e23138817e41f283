package io.orderflow.logistics.internal;

import io.orderflow.logistics.internal.domain.ShippingRules;
import io.orderflow.platform.api.config.ConfigurationCheck;
import io.orderflow.platform.api.config.InvalidConfigurationException;
import io.orderflow.platform.api.error.FieldProblem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The shipping rules' configuration ({@value #PID}), read by {@link ShipmentServiceImpl} and checked before a change
 * is kept: the same problems refuse a change and leave the component unsatisfied.
 */
@Component(property = ConfigurationCheck.PID + "=" + ShippingSettings.PID)
public final class ShippingSettings implements ConfigurationCheck {

    static final String PID = "orderflow.logistics.shipping";

    @ObjectClassDefinition(name = "Orderflow shipping rules", description = "How orders ship (docs/business-rules.md §8)")
    public @interface Config {
        @AttributeDefinition(description = "Order amount above which a vehicle of the company's own carries it, per"
                + " currency: CUR=amount. An order in a currency not listed is refused at shipment.")
        String[] dedicatedThresholds() default {"CNY=10000"};

        @AttributeDefinition(min = "0", max = "60", description = "Calendar days (business zone) a dedicated vehicle is"
                + " booked before its departure, at least")
        int bookingLeadDays() default 3;

        @AttributeDefinition(min = "1", max = "60", description = "Calendar days express takes")
        int expressDays() default 3;

        @AttributeDefinition(description = "GS1 company prefix (7 to 10 digits) for the packages' SSCC-18 codes;"
                + " empty: no SSCC")
        String gs1CompanyPrefix() default "";
    }

    /** The rules and the SSCC prefix ("" for none) of a valid configuration. */
    record Settings(ShippingRules rules, String gs1CompanyPrefix) {
    }

    /** @throws InvalidConfigurationException naming every attribute at fault */
    static Settings of(Config config) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("dedicatedThresholds", config.dedicatedThresholds());
        properties.put("bookingLeadDays", config.bookingLeadDays());
        properties.put("expressDays", config.expressDays());
        properties.put("gs1CompanyPrefix", config.gs1CompanyPrefix());
        List<FieldProblem> problems = problems(properties);
        if (!problems.isEmpty()) {
            throw new InvalidConfigurationException(PID, problems);
        }
        return new Settings(new ShippingRules(thresholds(config.dedicatedThresholds(), new ArrayList<>()),
                config.bookingLeadDays(), config.expressDays()), config.gs1CompanyPrefix().strip());
    }

    @Override
    public List<FieldProblem> check(Map<String, Object> properties) {
        return problems(properties);
    }

    private static List<FieldProblem> problems(Map<String, Object> properties) {
        List<FieldProblem> problems = new ArrayList<>();
        Object thresholds = properties.get("dedicatedThresholds");
        if (thresholds != null) {
            thresholds(thresholds instanceof String[] list ? list : thresholds.toString().split(","), problems);
        }
        days(properties, "bookingLeadDays", 0, problems);
        days(properties, "expressDays", 1, problems);
        Object prefix = properties.get("gs1CompanyPrefix");
        if (prefix != null && !prefix.toString().isBlank() && !prefix.toString().strip().matches("\\d{7,10}")) {
            problems.add(new FieldProblem("gs1CompanyPrefix", "must be 7 to 10 digits, or empty for no SSCC"));
        }
        return problems;
    }

    private static Map<String, BigDecimal> thresholds(String[] entries, List<FieldProblem> problems) {
        Map<String, BigDecimal> thresholds = new LinkedHashMap<>();
        for (String entry : entries) {
            String[] parts = entry.strip().split("=", 2);
            try {
                BigDecimal amount = new BigDecimal(parts[1].strip());
                if (!parts[0].strip().matches("[A-Z]{3}") || amount.signum() <= 0) {
                    throw new NumberFormatException();
                }
                thresholds.put(parts[0].strip(), amount);
            } catch (RuntimeException e) {
                problems.add(new FieldProblem("dedicatedThresholds", "'" + entry + "' is not CUR=amount with a"
                        + " currency code such as CNY and an amount above 0"));
            }
        }
        return thresholds;
    }

    private static void days(Map<String, Object> properties, String name, int min, List<FieldProblem> problems) {
        Object value = properties.get(name);
        if (value == null) {
            return;
        }
        try {
            int days = Integer.parseInt(value.toString().strip());
            if (days < min || days > 60) {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(name, "must be a whole number of days from " + min + " to 60, got '"
                    + value + "'"));
        }
    }
}
