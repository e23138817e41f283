package io.orderflow.routes.edi.internal.gateway;

import io.orderflow.platform.api.config.AllowedPaths;
import io.orderflow.platform.api.config.ConfigurationCheck;
import io.orderflow.platform.api.error.FieldProblem;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.util.converter.Converters;

/** Refuses a gateway configuration whose folders lie outside the allowed roots, before it is kept or used. */
@Component(property = ConfigurationCheck.PID + "=" + EdiGateway.PID)
public final class GatewayConfigurationCheck implements ConfigurationCheck {

    private final AllowedPaths paths;

    @Activate
    public GatewayConfigurationCheck(@Reference AllowedPaths paths) {
        this.paths = paths;
    }

    @Override
    public List<FieldProblem> check(Map<String, Object> properties) {
        return GatewaySettings.problems(Converters.standardConverter().convert(properties).to(EdiGateway.Config.class),
                paths);
    }
}
