package io.orderflow.aftersales.internal;

import io.orderflow.aftersales.api.ReturnReason;
import io.orderflow.aftersales.internal.domain.ReturnPolicy;
import io.orderflow.platform.api.config.ConfigurationCheck;
import io.orderflow.platform.api.config.InvalidConfigurationException;
import io.orderflow.platform.api.error.FieldProblem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Returns ({@value #PID}): the return policy, the evidence a return keeps and when goods are overdue. Checked before a
 * change is kept.
 */
@Component(property = ConfigurationCheck.PID + "=" + ReturnSettings.PID)
public final class ReturnSettings implements ConfigurationCheck {

    static final String PID = "orderflow.after-sales.returns";
    /** The column keeps at most 16 MiB (BLOB(16M)), and the REST endpoint takes no more. */
    private static final int MAX_FILE_BYTES = 16 * 1024 * 1024;

    @ObjectClassDefinition(name = "Orderflow returns", description = "The return policy, evidence files and receipts")
    public @interface Config {
        @AttributeDefinition(min = "0", max = "3650", description = "Calendar days after delivery within which the"
                + " policy takes goods back when the company's quality is not at fault")
        int policyDays() default 30;

        @AttributeDefinition(description = "The reasons the policy takes goods back for (QUALITY_DEFECT,"
                + " TRANSIT_DAMAGE, WRONG_ITEM, NOT_WANTED, OTHER)")
        String[] policyReasons() default {"QUALITY_DEFECT", "TRANSIT_DAMAGE", "WRONG_ITEM", "NOT_WANTED"};

        @AttributeDefinition(min = "0", max = "20", description = "Most evidence files one return keeps")
        int evidenceFiles() default 5;

        @AttributeDefinition(min = "1024", max = "16777216", description = "Largest evidence file in bytes")
        int evidenceBytes() default 10 * 1024 * 1024;

        @AttributeDefinition(min = "1", max = "365", description = "Days after authorisation after which goods not"
                + " yet back are listed as overdue")
        int receiptDays() default 14;
    }

    /** A valid configuration's rules. */
    record Settings(ReturnPolicy policy, int evidenceFiles, int evidenceBytes, int receiptDays) {
    }

    /** @throws InvalidConfigurationException naming every attribute at fault */
    static Settings of(Config config) {
        List<FieldProblem> problems = problems(Map.of("policyDays", config.policyDays(), "policyReasons",
                config.policyReasons(), "evidenceFiles", config.evidenceFiles(), "evidenceBytes",
                config.evidenceBytes(), "receiptDays", config.receiptDays()));
        if (!problems.isEmpty()) {
            throw new InvalidConfigurationException(PID, problems);
        }
        return new Settings(new ReturnPolicy(config.policyDays(), reasons(config.policyReasons())),
                config.evidenceFiles(), config.evidenceBytes(), config.receiptDays());
    }

    @Override
    public List<FieldProblem> check(Map<String, Object> properties) {
        return problems(properties);
    }

    private static Set<ReturnReason> reasons(String[] names) {
        Set<ReturnReason> reasons = EnumSet.noneOf(ReturnReason.class);
        Arrays.stream(names).map(String::strip).filter(n -> !n.isEmpty()).map(ReturnReason::valueOf)
                .forEach(reasons::add);
        return reasons;
    }

    private static List<FieldProblem> problems(Map<String, Object> properties) {
        List<FieldProblem> problems = new ArrayList<>();
        Object reasons = properties.get("policyReasons");
        if (reasons != null) {
            String[] names = reasons instanceof String[] list ? list : reasons.toString().split(",");
            try {
                reasons(names);
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("policyReasons", "each must be one of "
                        + Arrays.toString(ReturnReason.values()) + ", got " + Arrays.toString(names)));
            }
        }
        ConfigurationCheck.wholeNumber(properties, "policyDays", 0, 3650, problems);
        ConfigurationCheck.wholeNumber(properties, "evidenceFiles", 0, 20, problems);
        ConfigurationCheck.wholeNumber(properties, "evidenceBytes", 1024, MAX_FILE_BYTES, problems);
        ConfigurationCheck.wholeNumber(properties, "receiptDays", 1, 365, problems);
        return problems;
    }
}
