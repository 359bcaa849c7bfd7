package org.inkstone.publish;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Outputs are written whole, leave no temporary files, and are readable like any saved file. */
class FileSystemSinkTest {
    @TempDir Path dir;

    @Test
    void writesWholeFilesReadableByOthers() throws Exception {
        Path out = new FileSystemSink(dir.resolve("out")).write("a.html", "<p>一</p>".getBytes(StandardCharsets.UTF_8));
        assertArrayEquals("<p>一</p>".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(out));
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
        try (var files = Files.list(dir.resolve("out"))) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
    }

    @Test
    void aReplacedFileKeepsItsPermissions() throws Exception {
        Path out = dir.resolve("a.pdf");
        Files.writeString(out, "old");
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rw-rw-r--"));
        new FileSystemSink(dir).write("a.pdf", new byte[] {1, 2, 3});
        assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(out));
    }

    @Test
    void refusesNamesOutsideTheFolder() {
        FileSystemSink sink = new FileSystemSink(dir.resolve("out"));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> sink.write("../x.html", new byte[0]));
        assertFalse(Files.exists(dir.resolve("x.html")));
    }
}
