package io.orderflow.salesorder.internal.review;

import io.orderflow.salesorder.api.ApprovalRule;
import java.util.Comparator;
import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/** The approval rules configured now, in rank order. */
@Component(service = ApprovalMatrix.class)
public final class ApprovalMatrix {

    @Reference(service = ApprovalRuleComponent.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<ApprovalRuleComponent> rules;

    /** As Declarative Services builds it: the rules come and go with their configurations. */
    public ApprovalMatrix() {
    }

    /** Fixed rules, outside OSGi (the persistence test). */
    public ApprovalMatrix(List<ApprovalRuleComponent> rules) {
        this.rules = List.copyOf(rules);
    }

    public List<ApprovalRule> rules() {
        List<ApprovalRuleComponent> current = rules;
        return current == null ? List.of() : current.stream().map(ApprovalRuleComponent::rule)
                .sorted(Comparator.comparingInt(ApprovalRule::rank).thenComparing(ApprovalRule::name)).toList();
    }
}
