package io.orderflow.routes.edi.internal.partner;

import io.orderflow.platform.api.config.AllowedPaths;
import io.orderflow.platform.api.config.ConfigurationCheck;
import io.orderflow.platform.api.error.FieldProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.util.converter.Converters;

/** Refuses a partner profile the gateway could not run, before it is kept or used. */
@Component(property = ConfigurationCheck.PID + "=" + PartnerProfile.PID)
public final class PartnerConfigurationCheck implements ConfigurationCheck {

    private final AllowedPaths paths;

    @Activate
    public PartnerConfigurationCheck(@Reference AllowedPaths paths) {
        this.paths = paths;
    }

    /** The switches: a value converted to a boolean is false unless it reads "true", so a typo would switch off. */
    private static final List<String> SWITCHES = List.of("ta1", "newlineAfterSegment", "dispatchAdvice",
            "invoices", "proofOfDelivery");

    @Override
    public List<FieldProblem> check(Map<String, Object> properties) {
        List<FieldProblem> problems = new ArrayList<>(PartnerProfile.problems(Converters.standardConverter()
                .convert(properties).to(PartnerProfile.Config.class), paths));
        for (String name : SWITCHES) {
            Object value = properties.get(name);
            if (value != null && !(value instanceof Boolean)
                    && !value.toString().strip().matches("(?i)true|false")) {
                problems.add(new FieldProblem(name, "'" + value + "' must be true or false"));
            }
        }
        return problems;
    }
}
