package io.orderflow.routes.erp.internal;

import io.orderflow.platform.api.config.ConfigurationCheck;
import io.orderflow.platform.api.error.FieldProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Component;

/** The ERP link's configuration, checked before a change is kept: an address the client may call. */
@Component(property = ConfigurationCheck.PID + "=" + ErpSettings.PID)
public final class ErpSettingsCheck implements ConfigurationCheck {

    @Override
    public List<FieldProblem> check(Map<String, Object> properties) {
        List<FieldProblem> problems = new ArrayList<>();
        Object address = properties.get("address");
        if (address != null && !address.toString().isBlank()) {
            try {
                JournalClient.checkedAddress(address.toString());
            } catch (IllegalArgumentException wrong) {
                problems.add(new FieldProblem("address", wrong.getMessage()));
            }
        }
        return problems;
    }
}
