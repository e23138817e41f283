package io.orderflow.warehouse.internal;

import io.orderflow.warehouse.internal.domain.Allocator.OtherWarehouses;
import java.lang.annotation.Annotation;

/** The components' configurations as the persistence tests build them. */
final class TestConfigs {

    private TestConfigs() {
    }

    /** Reservations with the default rule: the customer's region first, then the others by priority. */
    static ReservationServiceImpl.Config reservationsByPriority() {
        return new ReservationServiceImpl.Config() {
            @Override
            public OtherWarehouses otherWarehouses() {
                return OtherWarehouses.BY_PRIORITY;
            }

            @Override
            public Class<? extends Annotation> annotationType() {
                return ReservationServiceImpl.Config.class;
            }
        };
    }
}
