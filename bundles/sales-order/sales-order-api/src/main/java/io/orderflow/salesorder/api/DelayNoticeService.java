package io.orderflow.salesorder.api;

import io.orderflow.platform.api.security.Actor;
import java.time.LocalDate;
import org.osgi.annotation.versioning.ProviderType;

/** Telling the customer of a production delay within the notice period (docs/business-rules.md §3.4). */
@ProviderType
public interface DelayNoticeService {

    /**
     * Records that the customer was told of the order's open delays: they leave the "delay notices due" list, the new
     * date becomes the promised one ({@code sales-order/PROMISED_DATE_CHANGED}, which the EDI gateway answers with an
     * order response change for EDI customers), and the compensation is kept.
     *
     * @param newDate null for the date production reported
     * @throws io.orderflow.platform.api.error.ForbiddenException without the role sales-rep or sales-assistant
     * @throws io.orderflow.platform.api.error.ConflictException  when no delay of the order waits for a notice
     */
    DelayNotice notifyCustomer(String orderNumber, LocalDate newDate, String compensation, Actor actor);
}
