package io.orderflow.routes.edi.internal.transport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A partner's {@code out/} folder. A file appears whole or not at all: it is written under a hidden name and moved
 * into place, so a partner's pickup never sees half a file.
 */
public final class FolderOutbox implements Outbox {

    private final Path folder;

    public FolderOutbox(Path folder) {
        this.folder = folder;
    }

    @Override
    public void write(String name, byte[] content) {
        Path target = PartnerFolders.inside(folder, name);
        Path part = folder.resolve("." + target.getFileName() + ".part");
        try {
            Files.write(part, content);
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }
}
