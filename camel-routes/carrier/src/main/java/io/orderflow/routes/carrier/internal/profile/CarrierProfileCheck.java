package io.orderflow.routes.carrier.internal.profile;

import io.orderflow.platform.api.config.ConfigurationCheck;
import io.orderflow.platform.api.error.FieldProblem;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.osgi.util.converter.Converters;

/** Refuses a carrier profile the component would refuse, before a change from REST, the shell or etc/ is kept. */
@Component(property = ConfigurationCheck.PID + "=" + CarrierProfile.PID)
public final class CarrierProfileCheck implements ConfigurationCheck {

    @Override
    public List<FieldProblem> check(Map<String, Object> properties) {
        return CarrierProfile.problems(Converters.standardConverter().convert(properties)
                .to(CarrierProfile.Config.class));
    }
}
