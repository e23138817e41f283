package io.orderflow.platform.internal.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.orderflow.platform.api.error.ValidationException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FilesTest {

    @TempDir
    Path home;

    @Test
    void strictUtf8RefusesOverlongFormsAndEncodedSurrogates() throws Exception {
        assertEquals("a/é", Utf8.decode("a/é".getBytes(StandardCharsets.UTF_8)));
        assertEquals("bom", Utf8.decode(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'b', 'o', 'm'}));
        assertEquals("is not valid UTF-8 (byte 1)", assertThrows(Utf8.NotUtf8Exception.class,
                () -> Utf8.decode(new byte[] {'a', (byte) 0xC0, (byte) 0xAF})).getMessage());
        assertThrows(Utf8.NotUtf8Exception.class, () -> Utf8.decode(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}));
        assertThrows(Utf8.NotUtf8Exception.class, () -> Utf8.decode(new byte[] {'a', (byte) 0xE2, (byte) 0x82}));
    }

    @Test
    void pathsOutsideTheRootsOrLeadingOutThroughALinkAreRefused() throws Exception {
        Path data = Files.createDirectories(home.resolve("data"));
        Path etc = Files.createDirectories(home.resolve("etc"));
        Files.createSymbolicLink(data.resolve("to-etc"), etc);
        AllowedPathsImpl paths = new AllowedPathsImpl(home, new String[0], new String[0], data, etc);
        assertTrue(paths.writableProblem(data.resolve("edi").toString()).isEmpty());
        assertTrue(paths.writableProblem("data/edi/new").isEmpty(), "relative to the installation");
        assertTrue(paths.writableProblem("/etc").orElseThrow().startsWith("/etc is outside the folders Orderflow may write in"));
        assertTrue(paths.writableProblem("data/../etc").isPresent());
        assertTrue(paths.writableProblem("data/to-etc/edi").isPresent(), "a link out of the root");
        assertTrue(paths.readableProblem(etc.resolve("known_hosts").toString()).isEmpty());
        assertTrue(paths.readableProblem("/etc/shadow").isPresent());
        assertTrue(paths.writableProblem("data/a\u0000b").orElseThrow().contains("is not a path"));
        assertEquals(data.resolve("x"), paths.writableFolder("data/x"));
        assertThrows(IllegalArgumentException.class, () -> paths.writableFolder("/tmp"));
    }

    @Test
    void theExchangeFolderReadsOnlyPlainNamesOfRegularFiles() throws Exception {
        Path folder = home.resolve("exchange");
        ExchangeFolderImpl exchange = new ExchangeFolderImpl(folder, 64);
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)));
        Files.writeString(folder.resolve("orders.csv"), "a,b\n");
        assertEquals("a,b\n", exchange.read("orders.csv"));
        for (String bad : new String[] {"../etc/passwd", "/etc/shadow", ".hidden", "a/b", "", "x\u0000"}) {
            ValidationException refused = assertThrows(ValidationException.class, () -> exchange.read(bad), bad);
            assertTrue(refused.problems().get(0).problem().startsWith("must be the plain name of a file"), bad);
        }
        Files.createSymbolicLink(folder.resolve("link.csv"), Path.of("/etc/hostname"));
        assertTrue(assertThrows(ValidationException.class, () -> exchange.read("link.csv")).getMessage()
                .contains("not a regular file"));
        assertTrue(assertThrows(ValidationException.class, () -> exchange.read("missing.csv")).getMessage()
                .contains("there is no file missing.csv in the exchange folder"));
        Files.write(folder.resolve("big.csv"), new byte[65]);
        assertTrue(assertThrows(ValidationException.class, () -> exchange.read("big.csv")).getMessage()
                .contains("larger than the limit of 64 bytes"));
        Files.write(folder.resolve("latin1.csv"), new byte[] {'c', 'a', 'f', (byte) 0xE9});
        assertTrue(assertThrows(ValidationException.class, () -> exchange.read("latin1.csv")).getMessage()
                .contains("latin1.csv is not valid UTF-8 (byte 3)"));
    }

    @Test
    void writingReplacesALinkInsteadOfFollowingIt() throws Exception {
        Path folder = home.resolve("exchange");
        ExchangeFolderImpl exchange = new ExchangeFolderImpl(folder, 1024);
        Path outside = Files.writeString(home.resolve("outside.txt"), "keep");
        Files.createSymbolicLink(folder.resolve("archive.csv"), outside);
        Path written = exchange.write("archive.csv", out -> out.write("month,orders\n"));
        assertEquals("keep", Files.readString(outside));
        assertEquals("month,orders\n", Files.readString(written));
        assertTrue(Files.isRegularFile(written, java.nio.file.LinkOption.NOFOLLOW_LINKS));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(written)));
        assertThrows(ValidationException.class, () -> exchange.write("../x.csv", out -> out.write("x")));
        try (var left = Files.list(folder)) {
            assertEquals(1, left.count(), "no temporary file left");
        }
    }
}
