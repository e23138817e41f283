package io.orderflow.platform.internal.time;

import io.orderflow.platform.api.time.BusinessClock;
import java.time.Clock;
import java.time.ZoneId;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The system clock in the configured business zone. A changed zone applies from the next call on; a zone Java does not
 * know never reaches here ({@link BusinessZoneCheck} refuses it first).
 */
@Component(service = BusinessClock.class, configurationPid = BusinessClockImpl.PID)
@Designate(ocd = BusinessClockImpl.Config.class)
public final class BusinessClockImpl implements BusinessClock {

    static final String PID = "orderflow.platform.time";

    @ObjectClassDefinition(name = "Orderflow business time", description = "The zone of the business's dates")
    public @interface Config {
        @AttributeDefinition(description = "Time zone of \"today\" in every business rule, e.g. Asia/Shanghai;"
                + " empty: the server's zone")
        String businessZone() default "";
    }

    private static final Logger LOG = LoggerFactory.getLogger(BusinessClockImpl.class);

    private volatile Clock clock;

    @Activate
    public BusinessClockImpl(Config config) {
        modified(config);
    }

    @Modified
    void modified(Config config) {
        clock = Clock.system(zone(config.businessZone()));
        LOG.info("Business zone: {}", clock.getZone());
    }

    static ZoneId zone(String configured) {
        return configured == null || configured.isBlank() ? ZoneId.systemDefault() : ZoneId.of(configured.strip());
    }

    @Override
    public Clock clock() {
        return clock;
    }
}
