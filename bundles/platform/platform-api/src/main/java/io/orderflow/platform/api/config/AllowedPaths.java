package io.orderflow.platform.api.config;

import java.nio.file.Path;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Where configuration may point Orderflow (PID {@code orderflow.platform.paths}): folders it creates and writes only
 * inside the writable roots ({@code ${karaf.data}} by default), files it reads only inside the readable roots
 * ({@code ${karaf.data}} and {@code ${karaf.etc}} by default). A relative path is taken from {@code ${karaf.base}}.
 * Links are resolved before the check, so a link inside a root that leads out of it does not pass.
 */
@ProviderType
public interface AllowedPaths {

    /** Why Orderflow may not write in the folder {@code path}, or empty when it may. */
    Optional<String> writableProblem(String path);

    /** Why Orderflow may not read the file {@code path}, or empty when it may. */
    Optional<String> readableProblem(String path);

    /**
     * The absolute, normalised folder {@code path}.
     *
     * @throws IllegalArgumentException with {@link #writableProblem(String)}'s reason when it is not allowed
     */
    Path writableFolder(String path);

    /**
     * The absolute, normalised file {@code path}.
     *
     * @throws IllegalArgumentException with {@link #readableProblem(String)}'s reason when it is not allowed
     */
    Path readableFile(String path);
}
