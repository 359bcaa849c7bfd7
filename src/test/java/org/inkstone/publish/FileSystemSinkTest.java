package org.inkstone.publish;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Outputs are written whole and all or nothing, leave no temporary files, and are readable like any saved file. */
class FileSystemSinkTest {
    @TempDir Path dir;

    /** The real file operations, except that the n-th write or move fails as a full disk does. */
    private static FileSystemSink.Storage failingAt(String operation, int n) {
        AtomicInteger count = new AtomicInteger();
        return new FileSystemSink.Storage() {
            @Override
            public void write(Path file, byte[] content) throws IOException {
                if (operation.equals("write") && count.incrementAndGet() == n) {
                    Files.write(file, Arrays.copyOf(content, content.length / 2));
                    throw new FileSystemException(file.toString(), null, "No space left on device");
                }
                FileSystemSink.Storage.FILES.write(file, content);
            }

            @Override
            public void move(Path from, Path to) throws IOException {
                if (operation.equals("move") && count.incrementAndGet() == n) {
                    throw new FileSystemException(from.toString(), to.toString(), "Input/output error");
                }
                FileSystemSink.Storage.FILES.move(from, to);
            }
        };
    }

    private static Map<String, byte[]> build(String version) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String name : List.of("a.html", "a.wechat.html", "a.epub", "a.pdf")) {
            files.put(name, (version + " of " + name).getBytes(StandardCharsets.UTF_8));
        }
        return files;
    }

    /** Every file in the folder, by name, with its bytes as text. */
    private static Map<String, String> contents(Path folder) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (var files = Files.list(folder)) {
            for (Path p : files.toList()) {
                out.put(p.getFileName().toString(), Files.isDirectory(p) ? "<folder>" : Files.readString(p));
            }
        }
        return out;
    }

    @Test
    void aWriteThatFailsHalfWayReplacesNothing() throws Exception {
        Path out = dir.resolve("out");
        new FileSystemSink(out).writeAll(build("old"));
        Files.delete(out.resolve("a.pdf")); // one output that did not exist before
        Map<String, String> before = contents(out);
        var e = assertThrows(FileSystemSink.WriteFailure.class,
                () -> new FileSystemSink(out, failingAt("write", 3)).writeAll(build("new")));
        assertEquals(out.resolve("a.epub") + ": error: cannot write (No space left on device); nothing was replaced,"
                + " the earlier outputs are unchanged", e.getMessage());
        assertEquals(before, contents(out), "every earlier output as it was, no .part file left");
    }

    @Test
    void aMoveThatFailsPutsBackTheFilesAlreadyMoved() throws Exception {
        Path out = dir.resolve("out");
        new FileSystemSink(out).writeAll(build("old"));
        Files.delete(out.resolve("a.wechat.html"));
        Map<String, String> before = contents(out);
        var e = assertThrows(FileSystemSink.WriteFailure.class,
                () -> new FileSystemSink(out, failingAt("move", 4)).writeAll(build("new")));
        assertEquals(out.resolve("a.pdf") + ": error: cannot write (Input/output error); nothing was replaced,"
                + " the earlier outputs are unchanged", e.getMessage());
        assertEquals(before, contents(out), "the three files moved before are put back (or removed when new)");
    }

    @Test
    void aFolderInTheWayOfTheThirdOutputReplacesNothing() throws Exception {
        Path out = dir.resolve("out");
        new FileSystemSink(out).writeAll(build("old"));
        Files.delete(out.resolve("a.epub"));
        Files.createDirectories(out.resolve("a.epub"));
        Files.writeString(out.resolve("a.epub/keep.txt"), "mine");
        Map<String, String> before = contents(out);
        var e = assertThrows(FileSystemSink.WriteFailure.class, () -> new FileSystemSink(out).writeAll(build("new")));
        assertEquals(out.resolve("a.epub") + ": error: cannot write (a folder of that name is in the way); nothing was"
                + " replaced, the earlier outputs are unchanged", e.getMessage());
        assertEquals(before, contents(out));
        assertEquals("mine", Files.readString(out.resolve("a.epub/keep.txt")));
    }

    @Test
    void anOutputFolderThatIsAFileOrUnderAFileSaysSo() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.txt"), "mine");
        var e = assertThrows(FileSystemSink.WriteFailure.class, () -> new FileSystemSink(file).writeAll(build("new")));
        assertEquals(file + ": error: the output folder is a file, not a folder; name another folder with --out;"
                + " nothing was written", e.getMessage());
        Path below = file.resolve("out");
        e = assertThrows(FileSystemSink.WriteFailure.class, () -> new FileSystemSink(below).writeAll(build("new")));
        assertEquals(below + ": error: the output folder cannot be created: " + file + " is a file, not a folder;"
                + " name another folder with --out; nothing was written", e.getMessage());
        assertEquals("mine", Files.readString(file));
    }

    @Test
    void allFilesAreReplacedWhenEveryWriteSucceeds() throws Exception {
        Path out = dir.resolve("out");
        new FileSystemSink(out).writeAll(build("old"));
        new FileSystemSink(out).writeAll(build("new"));
        Map<String, String> expected = new TreeMap<>();
        build("new").forEach((name, bytes) -> expected.put(name, new String(bytes, StandardCharsets.UTF_8)));
        assertEquals(expected, contents(out), "the new files and nothing else (no .part, no .old)");
    }

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
