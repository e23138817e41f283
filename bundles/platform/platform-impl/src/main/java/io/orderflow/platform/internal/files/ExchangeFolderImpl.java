package io.orderflow.platform.internal.files;

import io.orderflow.platform.api.config.AllowedPaths;
import io.orderflow.platform.api.error.ValidationException;
import io.orderflow.platform.api.exchange.ExchangeFolder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.regex.Pattern;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The exchange folder, created (private to this account) when missing. */
@Component(service = ExchangeFolder.class, configurationPid = ExchangeFolderImpl.PID)
@Designate(ocd = ExchangeFolderImpl.Config.class)
public final class ExchangeFolderImpl implements ExchangeFolder {

    static final String PID = "orderflow.platform.exchange";

    @ObjectClassDefinition(name = "Orderflow exchange folder",
            description = "Where shell commands read the files they import and write the files they export")
    public @interface Config {
        @AttributeDefinition(description = "The folder, inside the writable roots of orderflow.platform.paths;"
                + " empty for ${karaf.data}/exchange")
        String directory() default "";

        @AttributeDefinition(min = "1", max = "268435456", description = "Largest file read, in bytes")
        int maxFileBytes() default 8 * 1024 * 1024;
    }

    static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]{0,127}");
    private static final String FIELD = "file";
    private static final Logger LOG = LoggerFactory.getLogger(ExchangeFolderImpl.class);

    private final Path folder;
    private final int maxBytes;

    @Activate
    public ExchangeFolderImpl(@Reference AllowedPaths paths, Config config) throws IOException {
        this(paths.writableFolder(config.directory().isBlank()
                ? System.getProperty("karaf.data", "data") + "/exchange" : config.directory()), config.maxFileBytes());
    }

    ExchangeFolderImpl(Path folder, int maxBytes) throws IOException {
        this.folder = folder;
        this.maxBytes = maxBytes;
        PrivateFiles.createFolder(folder);
        LOG.info("Exchange folder for shell imports and exports: {}", folder);
    }

    @Override
    public Path location() {
        return folder;
    }

    @Override
    public String read(String name) {
        Path file = folder.resolve(checked(name));
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            throw new ValidationException(FIELD, "there is no file " + name + " in the exchange folder " + folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!attributes.isRegularFile()) {
            throw new ValidationException(FIELD, name + " in the exchange folder is not a regular file; links and"
                    + " folders are not read");
        }
        // NOFOLLOW_LINKS again when opening: the name may have become a link since it was looked at
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            return text(in, name);
        } catch (IOException e) {
            throw new ValidationException(FIELD, name + " in the exchange folder cannot be read: "
                    + e.getClass().getSimpleName());
        }
    }

    @Override
    public String read(String name, InputStream standardInput) throws IOException {
        if ((name == null) == (standardInput == null)) {
            throw new ValidationException(FIELD, "name a file of the exchange folder, or read the standard input");
        }
        if (name != null) {
            return read(name);
        }
        String text = text(standardInput, "the standard input");
        if (text.isEmpty()) {
            throw new ValidationException(FIELD, "the standard input is empty (Karaf's own client gives commands"
                    + " none: use OpenSSH, or a file in the exchange folder " + folder + ")");
        }
        return text;
    }

    private String text(InputStream in, String what) throws IOException {
        byte[] bytes = in.readNBytes(maxBytes + 1);
        if (bytes.length > maxBytes) {
            throw new ValidationException(FIELD, what + " is larger than the limit of " + maxBytes + " bytes");
        }
        try {
            return Utf8.decode(bytes);
        } catch (Utf8.NotUtf8Exception e) {
            throw new ValidationException(FIELD, what + " " + e.getMessage());
        }
    }

    @Override
    public Path write(String name, Content content) throws IOException {
        Path target = folder.resolve(checked(name));
        Path temporary = Files.createTempFile(folder, ".writing-", ".tmp"); // owner-only, never an existing file
        try {
            try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                content.writeTo(out);
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static String checked(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new ValidationException(FIELD, "must be the plain name of a file in the exchange folder (letters,"
                    + " digits, '.', '-' and '_', at most 128, not starting with '.'), not a path");
        }
        return name;
    }
}
