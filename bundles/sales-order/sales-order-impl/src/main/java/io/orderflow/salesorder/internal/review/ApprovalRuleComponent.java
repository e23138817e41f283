package io.orderflow.salesorder.internal.review;

import io.orderflow.platform.api.config.InvalidConfigurationException;
import io.orderflow.salesorder.api.ApprovalRule;
import io.orderflow.salesorder.api.ApprovalRule.Condition;
import io.orderflow.platform.api.security.Roles;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * One rule of the approval matrix, from one factory configuration {@code orderflow.sales-order.approval-rule~<name>}
 * (etc/orderflow.sales-order.approval-rule~<name>.cfg). Rules are data: adding, changing or deleting a configuration
 * changes the matrix at run time.
 */
@Component(service = ApprovalRuleComponent.class, configurationPid = "orderflow.sales-order.approval-rule",
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = ApprovalRuleComponent.Config.class, factory = true)
public final class ApprovalRuleComponent {

    @ObjectClassDefinition(name = "Orderflow approval rule", description = "One rule of the sales order approval matrix")
    public @interface Config {
        @AttributeDefinition(description = "When it applies", options = {
            @org.osgi.service.metatype.annotations.Option(value = "CUSTOMER_ORDER"),
            @org.osgi.service.metatype.annotations.Option(value = "JOINT_REVIEW"),
            @org.osgi.service.metatype.annotations.Option(value = "EXCEPTIONAL"),
            @org.osgi.service.metatype.annotations.Option(value = "CUSTOM"),
            @org.osgi.service.metatype.annotations.Option(value = "STOCK_UP")})
        String condition();

        @AttributeDefinition(description = "The roles that approve, comma-separated, in order")
        String roles();

        @AttributeDefinition(description = "Rules apply in ascending rank")
        int rank() default 100;

        @AttributeDefinition(description = "The roles may decide in any order")
        boolean parallel() default false;

        @AttributeDefinition(description = "An approval under this rule is refused while the customer is over the credit limit")
        boolean creditCheck() default false;

        @AttributeDefinition(description = "JOINT_REVIEW: the order amount above which the rule applies", required = false)
        String amountAbove() default "";
    }

    private final ApprovalRule rule;

    @Activate
    public ApprovalRuleComponent(Config config, Map<String, Object> properties) {
        String pid = String.valueOf(properties.get("service.pid"));
        String name = pid.contains("~") ? pid.substring(pid.indexOf('~') + 1) : pid;
        List<String> roles = config.roles() == null ? List.of()
                : Arrays.stream(config.roles().split(",")).map(String::strip).filter(r -> !r.isEmpty()).toList();
        if (roles.isEmpty() || !roles.stream().allMatch(Roles.BUSINESS::contains)) {
            throw new InvalidConfigurationException(pid, "roles", "must name business roles, got '" + config.roles() + "'");
        }
        Condition condition;
        try {
            condition = Condition.valueOf(config.condition());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidConfigurationException(pid, "condition", "must be one of " + Arrays.toString(Condition.values()));
        }
        BigDecimal amountAbove;
        try {
            amountAbove = config.amountAbove().isBlank() ? null : new BigDecimal(config.amountAbove().strip());
        } catch (NumberFormatException e) {
            throw new InvalidConfigurationException(pid, "amountAbove", "must be a decimal amount, got '" + config.amountAbove()
                    + "'");
        }
        this.rule = new ApprovalRule(name, condition, roles, config.rank(), config.parallel(), config.creditCheck(), amountAbove);
    }

    public ApprovalRule rule() {
        return rule;
    }
}
