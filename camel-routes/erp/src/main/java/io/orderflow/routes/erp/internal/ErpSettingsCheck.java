package io.orderflow.routes.erp.internal;

import io.orderflow.platform.api.config.AllowedPaths;
import io.orderflow.platform.api.config.ConfigurationCheck;
import io.orderflow.platform.api.error.FieldProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The ERP link's configuration, checked before a change is kept: an address the client may call, and a trusted
 * certificates file that may be read and holds certificates.
 */
@Component(property = ConfigurationCheck.PID + "=" + ErpSettings.PID)
public final class ErpSettingsCheck implements ConfigurationCheck {

    private final AllowedPaths paths;

    @Activate
    public ErpSettingsCheck(@Reference AllowedPaths paths) {
        this.paths = paths;
    }

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
        Object trusted = properties.get("trustedCertificates");
        try {
            TrustedCertificates.named(trusted == null ? null : trusted.toString(), paths);
        } catch (IllegalArgumentException wrong) {
            problems.add(new FieldProblem("trustedCertificates", wrong.getMessage()));
        }
        return problems;
    }
}
