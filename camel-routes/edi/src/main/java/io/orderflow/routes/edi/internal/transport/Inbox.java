package io.orderflow.routes.edi.internal.transport;

import io.orderflow.platform.api.text.Text;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a partner's {@code in/} folder hands over: regular files with safe names, looked at without following links.
 * Everything else (a link, a folder, a device, a name that is not valid UTF-8 or not safe) is moved out of the way
 * into {@code rejected/} by {@link #sweep()}, with a reason, so that nothing stays in {@code in/} silently. Hidden
 * names and the usual partial-upload names are left alone: they are still being written.
 */
public final class Inbox {

    /** ASCII letters and digits first, then also space and {@code ._+=,@()#-}; at most 200 characters. */
    static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9 ._+=,@()#-]{0,199}");
    static final List<String> PARTIAL = List.of(".tmp", ".part", ".filepart", ".partial", ".crdownload");

    /** An entry moved out of {@code in/}: its name as far as it can be shown, where it went, and why. */
    public record Refused(String name, Path movedTo, String reason) {
    }

    private final PartnerFolders folders;

    public Inbox(PartnerFolders folders) {
        this.folders = folders;
    }

    /** The extensions the file consumer leaves alone, for its {@code excludeExt} option. */
    public static String partialExtensions() {
        return String.join(",", PARTIAL.stream().map(e -> e.substring(1)).toList());
    }

    /** True for a regular file with a safe name, looked at without following links. */
    public static boolean takes(Path file) {
        return refusal(file) == null && !ignored(file.getFileName().toString());
    }

    /** Moves every entry of {@code in/} that will not be taken into {@code rejected/}, with a reason file each. */
    public List<Refused> sweep() throws IOException {
        List<Refused> refused = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folders.folder(PartnerFolders.IN))) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                String reason = ignored(name) ? null : refusal(entry);
                if (reason != null) {
                    // the entry itself moves (a link stays a link), by the bytes of its name, whatever they are
                    Path target = folders.folder(PartnerFolders.REJECTED).resolve(Instant.now().toEpochMilli() + "-"
                            + PartnerFolders.safeName(name));
                    Files.move(entry, target, LinkOption.NOFOLLOW_LINKS);
                    String shown = Text.printable(name);
                    refused.add(new Refused(shown.length() > 200 ? shown.substring(0, 200) + "…" : shown, target,
                            reason));
                }
            }
        }
        return refused;
    }

    /** Why an entry of {@code in/} is not taken, or null when it is a regular file with a safe name. */
    static String refusal(Path entry) {
        String name = entry.getFileName().toString();
        if (name.indexOf('\uFFFD') >= 0) {
            return "its name is not valid UTF-8";
        }
        if (!SAFE_NAME.matcher(name).matches()) {
            return "its name is not safe: only ASCII letters, digits, space and ._+=,@()#- are taken, at most 200";
        }
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return "it cannot be looked at (" + e.getClass().getSimpleName() + ")";
        }
        if (attributes.isSymbolicLink()) {
            return "it is a symbolic link (to " + Text.printable(target(entry)) + "); links are never followed";
        }
        if (attributes.isDirectory()) {
            return "it is a folder; only files are taken";
        }
        return attributes.isRegularFile() ? null : "it is not a regular file (a device, pipe or socket)";
    }

    private static boolean ignored(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return name.startsWith(".") || PARTIAL.stream().anyMatch(lower::endsWith);
    }

    private static String target(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException e) {
            return "?";
        }
    }
}
