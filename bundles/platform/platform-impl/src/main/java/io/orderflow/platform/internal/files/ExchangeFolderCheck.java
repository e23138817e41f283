package io.orderflow.platform.internal.files;

import io.orderflow.platform.api.config.AllowedPaths;
import io.orderflow.platform.api.config.ConfigurationCheck;
import io.orderflow.platform.api.error.FieldProblem;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The exchange folder only inside the writable roots. */
@Component(property = ConfigurationCheck.PID + "=" + ExchangeFolderImpl.PID)
public final class ExchangeFolderCheck implements ConfigurationCheck {

    private final AllowedPaths paths;

    @Activate
    public ExchangeFolderCheck(@Reference AllowedPaths paths) {
        this.paths = paths;
    }

    @Override
    public List<FieldProblem> check(Map<String, Object> properties) {
        Object directory = properties.get("directory");
        if (directory == null || directory.toString().isBlank()) {
            return List.of();
        }
        return paths.writableProblem(directory.toString().strip()).map(p -> List.of(new FieldProblem("directory", p)))
                .orElse(List.of());
    }
}
