package io.orderflow.warehouse.internal.domain;

import io.orderflow.platform.api.security.Roles;
import io.orderflow.warehouse.api.TransferStatus;
import java.util.Map;
import java.util.Optional;

/**
 * What people do with a transfer request (docs/business-rules.md §4.3), and at which status each of it can be done by
 * whom: a sales-manager decides first, then the sales-director; a rejection sends the request back for a recount; an
 * approved one is picked, shipped and received by the warehouse.
 */
public enum TransferAction {
    APPROVE("approve", Map.of(
            TransferStatus.PROPOSED, new Step(Roles.SALES_MANAGER, TransferStatus.MANAGER_APPROVED),
            TransferStatus.MANAGER_APPROVED, new Step(Roles.SALES_DIRECTOR, TransferStatus.APPROVED))),
    REJECT("reject", Map.of(
            TransferStatus.PROPOSED, new Step(Roles.SALES_MANAGER, TransferStatus.RECOUNT_REQUIRED),
            TransferStatus.MANAGER_APPROVED, new Step(Roles.SALES_DIRECTOR, TransferStatus.RECOUNT_REQUIRED))),
    RECOUNT("close after a recount", Map.of(
            TransferStatus.RECOUNT_REQUIRED, new Step(Roles.WAREHOUSE, TransferStatus.RECOUNTED))),
    PICK("pick", Map.of(TransferStatus.APPROVED, new Step(Roles.WAREHOUSE, TransferStatus.PICKED))),
    SHIP("ship", Map.of(TransferStatus.PICKED, new Step(Roles.WAREHOUSE, TransferStatus.SHIPPED))),
    RECEIVE("receive", Map.of(TransferStatus.SHIPPED, new Step(Roles.WAREHOUSE, TransferStatus.RECEIVED)));

    /** Who may take the action at a status, and the status it leads to. */
    public record Step(String role, TransferStatus next) {
    }

    private final String verb;
    private final Map<TransferStatus, Step> steps;

    TransferAction(String verb, Map<TransferStatus, Step> steps) {
        this.verb = verb;
        this.steps = steps;
    }

    public String verb() {
        return verb;
    }

    /** The step this action is at {@code status}; empty when the action cannot be taken there. */
    public Optional<Step> at(TransferStatus status) {
        return Optional.ofNullable(steps.get(status));
    }

    /** The statuses at which the action can be taken, for the message of a refusal. */
    public String allowedAt() {
        return steps.keySet().stream().sorted().map(Enum::name).reduce((a, b) -> a + " or " + b).orElseThrow();
    }
}
