package io.orderflow.routes.edi.internal.transport;

import io.orderflow.routes.edi.internal.partner.Partner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A partner's folders under the gateway's base folder: {@code in} (files picked up), {@code out} (files for it),
 * {@code processed}, {@code rejected} (with a {@code .reason.txt} each) and {@code quarantine} (duplicates held).
 */
public record PartnerFolders(Path root) {

    public static final String IN = "in";
    public static final String OUT = "out";
    public static final String PROCESSED = "processed";
    public static final String REJECTED = "rejected";
    public static final String QUARANTINE = "quarantine";
    private static final int MAX_NAME = 120;

    public static PartnerFolders of(Path base, Partner partner) {
        return new PartnerFolders(inside(base, partner.id()));
    }

    public Path folder(String name) {
        return root.resolve(name);
    }

    /** Creates the folders that are missing. */
    public PartnerFolders create() {
        try {
            for (String name : List.of(IN, OUT, PROCESSED, REJECTED, QUARANTINE)) {
                Files.createDirectories(folder(name));
            }
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the folders of " + root, e);
        }
    }

    /** A file name fit for our folders: letters, digits, dot, dash and underscore, nothing hidden, not too long. */
    public static String safeName(String name) {
        String safe = name.replaceAll("[^A-Za-z0-9._-]", "_").replaceFirst("^\\.+", "_");
        return safe.isEmpty() ? "_" : safe.substring(0, Math.min(safe.length(), MAX_NAME));
    }

    /** The file {@code name} in {@code folder}, refused when the name would lead out of it. */
    static Path inside(Path folder, String name) {
        Path target = folder.resolve(safeName(name)).normalize();
        if (!target.getParent().equals(folder.normalize())) {
            throw new IllegalArgumentException("file name " + name + " leads out of " + folder);
        }
        return target;
    }
}
