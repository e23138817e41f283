package io.orderflow.platform.internal.files;

import io.orderflow.platform.api.config.AllowedPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The roots configuration may point Orderflow into, from {@code orderflow.platform.paths}. */
@Component(service = AllowedPaths.class, configurationPid = AllowedPathsImpl.PID)
@Designate(ocd = AllowedPathsImpl.Config.class)
public final class AllowedPathsImpl implements AllowedPaths {

    static final String PID = "orderflow.platform.paths";

    @ObjectClassDefinition(name = "Orderflow allowed paths",
            description = "The folders inside which configuration may point Orderflow")
    public @interface Config {
        @AttributeDefinition(description = "Folders inside which Orderflow may create and write folders (EDI partner"
                + " folders, the exchange folder); empty for ${karaf.data}")
        String[] writableRoots() default {};

        @AttributeDefinition(description = "Folders inside which Orderflow may read files it is pointed to (SFTP"
                + " known_hosts files); empty for ${karaf.data} and ${karaf.etc}")
        String[] readableRoots() default {};
    }

    private final Path base;
    private final List<Path> writableRoots;
    private final List<Path> readableRoots;

    @Activate
    public AllowedPathsImpl(Config config) {
        this(Path.of(System.getProperty("karaf.base", ".")), config.writableRoots(), config.readableRoots(),
                Path.of(System.getProperty("karaf.data", "data")), Path.of(System.getProperty("karaf.etc", "etc")));
    }

    AllowedPathsImpl(Path base, String[] writable, String[] readable, Path data, Path etc) {
        this.base = base.toAbsolutePath().normalize();
        this.writableRoots = roots(writable, List.of(data));
        this.readableRoots = roots(readable, List.of(data, etc));
    }

    private List<Path> roots(String[] configured, List<Path> defaults) {
        List<Path> roots = configured == null || configured.length == 0 ? defaults
                : Arrays.stream(configured).map(Path::of).toList();
        return roots.stream().map(r -> base.resolve(r).normalize()).toList();
    }

    @Override
    public Optional<String> writableProblem(String path) {
        return problem(path, writableRoots, "write in");
    }

    @Override
    public Optional<String> readableProblem(String path) {
        return problem(path, readableRoots, "read from");
    }

    @Override
    public Path writableFolder(String path) {
        return checked(path, writableProblem(path));
    }

    @Override
    public Path readableFile(String path) {
        return checked(path, readableProblem(path));
    }

    private Path checked(String path, Optional<String> problem) {
        problem.ifPresent(p -> {
            throw new IllegalArgumentException(p);
        });
        return base.resolve(path).normalize();
    }

    private Optional<String> problem(String path, List<Path> roots, String verb) {
        if (path == null || path.isBlank()) {
            return Optional.of("no path is given");
        }
        Path target;
        try {
            target = real(base.resolve(path).normalize());
        } catch (InvalidPathException e) {
            return Optional.of(path + " is not a path: " + e.getReason());
        } catch (IOException e) {
            return Optional.of(path + " cannot be followed to where it leads (" + e.getClass().getSimpleName() + ")");
        }
        for (Path root : roots) {
            try {
                if (target.startsWith(real(root))) {
                    return Optional.empty();
                }
            } catch (IOException e) {
                // a root that cannot be resolved admits nothing
            }
        }
        return Optional.of(path + " is outside the folders Orderflow may " + verb + ": " + roots
                + " (orderflow.platform.paths)");
    }

    /** The path with every link on its existing part resolved; the part that does not exist yet is kept as it is. */
    private static Path real(Path path) throws IOException {
        Path existing = path;
        while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return path;
        }
        return existing.toRealPath().resolve(existing.relativize(path)).normalize();
    }
}
