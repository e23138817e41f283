package io.orderflow.routes.edi.internal.gateway;

import io.orderflow.platform.api.config.AllowedPaths;
import io.orderflow.platform.api.config.InvalidConfigurationException;
import io.orderflow.platform.api.error.FieldProblem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The gateway's configuration, checked.
 *
 * @param base where the partners' folders are
 */
record GatewaySettings(Path base, long maxFileBytes, long pollDelayMillis, long readLockCheckMillis,
                       int ackOverdueHours, int maxAttempts) {

    /** @throws IllegalArgumentException naming every problem */
    static GatewaySettings of(EdiGateway.Config config, AllowedPaths paths) {
        List<FieldProblem> problems = new ArrayList<>(problems(config, paths));
        if (config.maxFileBytes() < 1 || config.pollDelayMillis() < 1 || config.readLockCheckMillis() < 1
                || config.ackOverdueHours() < 1 || config.maxAttempts() < 1) {
            problems.add(new FieldProblem("limits", "sizes, delays, hours and attempts must be at least 1"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidConfigurationException(EdiGateway.PID, problems);
        }
        return new GatewaySettings(paths.writableFolder(base(config)), config.maxFileBytes(), config.pollDelayMillis(),
                config.readLockCheckMillis(), config.ackOverdueHours(), config.maxAttempts());
    }

    /**
     * What metatype cannot check, by attribute: the folder inside the writable roots. The platform asks it before a
     * change is kept (ranges are metatype's).
     */
    static List<FieldProblem> problems(EdiGateway.Config config, AllowedPaths paths) {
        return paths.writableProblem(base(config)).map(p -> List.of(new FieldProblem("baseDirectory", p)))
                .orElse(List.of());
    }

    private static String base(EdiGateway.Config config) {
        return config.baseDirectory() == null || config.baseDirectory().isBlank()
                ? System.getProperty("karaf.data", "data") + "/edi" : config.baseDirectory();
    }
}
