package io.orderflow.platform.internal.time;

import io.orderflow.platform.api.config.ConfigurationCheck;
import io.orderflow.platform.api.error.FieldProblem;
import java.time.DateTimeException;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Component;

/** The business zone is one Java knows: a region id such as Asia/Shanghai, or an offset such as +08:00. */
@Component(property = ConfigurationCheck.PID + "=" + BusinessClockImpl.PID)
public final class BusinessZoneCheck implements ConfigurationCheck {

    @Override
    public List<FieldProblem> check(Map<String, Object> properties) {
        Object zone = properties.get("businessZone");
        try {
            BusinessClockImpl.zone(zone == null ? null : zone.toString());
            return List.of();
        } catch (DateTimeException e) {
            return List.of(new FieldProblem("businessZone", "'" + zone + "' is not a time zone: use a region id such"
                    + " as Asia/Shanghai or Europe/Berlin, or an offset such as +08:00"));
        }
    }
}
