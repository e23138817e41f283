package io.orderflow.itests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/** A partner's folders under the distribution's {@code data/edi}, as the partner and an operator see them. */
final class EdiFiles {

    private final String partner;

    EdiFiles(String partner) {
        this.partner = partner;
    }

    /** Inside the container only: the test class is also made outside it, where karaf.data is not set. */
    Path folder(String name) {
        return Path.of(System.getProperty("karaf.data"), "edi", partner, name);
    }

    /** Drops a file the way a partner's upload does: written under a temporary name, then renamed into in/. */
    void drop(String name, String content) {
        try {
            Path part = folder("in").resolve(name + ".part");
            Files.writeString(part, content, StandardCharsets.ISO_8859_1);
            Files.move(part, folder("in").resolve(name), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The names in a folder, hidden ones left out, sorted. */
    List<String> names(String folder) {
        try (Stream<Path> files = Files.list(folder(folder))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The one file in the folder whose name contains {@code part}; fails when there is none or several. */
    String read(String folder, String part) {
        List<String> found = names(folder).stream().filter(n -> n.contains(part)).toList();
        if (found.size() != 1) {
            throw new AssertionError("expected one file with " + part + " in " + folder + ", found " + found);
        }
        return content(folder, found.get(0));
    }

    private String content(String folder, String name) {
        try {
            return Files.readString(folder(folder).resolve(name), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many files in the folder contain {@code text}. */
    long count(String folder, String text) {
        return names(folder).stream().map(name -> content(folder, name)).filter(c -> c.contains(text)).count();
    }

    /** The content of the one file in the folder that contains {@code text}; fails when there is none or several. */
    String find(String folder, String text) {
        List<String> found = names(folder).stream().map(name -> content(folder, name)).filter(c -> c.contains(text))
                .toList();
        if (found.size() != 1) {
            throw new AssertionError("expected one file with " + text + " in " + folder + ", found " + found.size());
        }
        return found.get(0);
    }

    /** The X12 segments of a file, line breaks dropped. */
    static List<String> segments(String x12) {
        return Stream.of(x12.replace("\r", "").replace("\n", "").split("~")).toList();
    }
}
