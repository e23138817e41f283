package io.orderflow.aftersales.internal.domain;

import io.orderflow.aftersales.api.ReturnReason;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a return both reviewers approved is authorised (docs/business-rules.md §9): always when quality found the
 * company's own quality at fault; otherwise only when the return policy allows it: a reason the policy takes back,
 * within its days (calendar days in the business zone) of the delivery.
 *
 * @param days    how many calendar days after delivery goods may come back
 * @param reasons the reasons the policy takes goods back for
 */
public record ReturnPolicy(int days, Set<ReturnReason> reasons) {

    /** Why the policy refuses the return, in words the customer is told; empty when it is authorised. */
    public Optional<String> refusal(ReturnReason reason, boolean companyQuality, LocalDate deliveredOn,
                                    LocalDate today) {
        if (companyQuality) {
            return Optional.empty();
        }
        if (!reasons.contains(reason)) {
            return Optional.of("the return policy does not take goods back for " + reason
                    + " when the company's quality is not at fault");
        }
        long since = ChronoUnit.DAYS.between(deliveredOn, today);
        if (since > days) {
            return Optional.of("the goods were delivered on " + deliveredOn + ", " + since + " days ago; the return"
                    + " policy takes them back within " + days + " days");
        }
        return Optional.empty();
    }
}
