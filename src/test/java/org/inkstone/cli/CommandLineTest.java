package org.inkstone.cli;

import org.inkstone.TestDocs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line as a user meets it: exit codes, one-line errors, files written or not. */
class CommandLineTest {
    @TempDir Path dir;
    @RegisterExtension final ConsoleCapture console = new ConsoleCapture();

    private int run(String... args) {
        return Main.run(args);
    }

    private String err() { return console.err(); }
    private String out() { return console.out(); }
    private Path outDir() { return dir.resolve("out"); }

    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private static long countFiles(Path folder) {
        try (var files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).count();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void assertNoStackTrace() {
        assertFalse(err().contains("\tat ") || err().contains("Exception"), "stack trace on stderr:\n" + err());
    }

    @Test
    void buildsHtmlAndReportsWarningsWithFileAndLine() throws Exception {
        Path md = write("doc.md", "# 标题\n\n正文第一段。\n\n![缺失的图](images/none.png)\n");
        assertEquals(0, run("build", md.toString(), "--out", outDir().toString()));
        assertTrue(Files.isRegularFile(outDir().resolve("doc.html")));
        assertTrue(err().contains(md + ":5: warning: image 'images/none.png' not found"), err());
        assertTrue(out().contains("wrote "), out());
        String html = Files.readString(outDir().resolve("doc.html"));
        assertTrue(html.contains("class=\"image-missing\""), "a placeholder stands where the image was");
    }

    @Test
    void missingInputIsOneClearLineAndNoOutput() {
        assertEquals(1, run("build", dir.resolve("nope.md").toString(), "--out", outDir().toString()));
        assertEquals(1, err().strip().lines().count(), err());
        assertTrue(err().contains("nope.md: error: no such file"), err());
        assertNoStackTrace();
        assertFalse(Files.exists(outDir().resolve("nope.html")));
    }

    @Test
    void aFolderWithoutAChapterListIsRefusedWithASummaryToWrite() throws Exception {
        Files.createDirectories(dir.resolve("folder.md"));
        assertEquals(1, run("build", dir.resolve("folder.md").toString(), "--out", outDir().toString()));
        assertTrue(err().startsWith(dir.resolve("folder.md") + ": error: is a folder without a book.yaml or SUMMARY.md"), err());
        assertTrue(err().contains("- [chapter1](chapter1.md)"), "an example SUMMARY.md to write:\n" + err());
        assertNoStackTrace();
        assertFalse(Files.exists(outDir()));
    }

    @Test
    void aBookFolderBuildsWithoutAProgressLineWhenStderrIsNotATerminal() {
        assertEquals(0, run("build", "src/test/resources/books/tea", "--to", "html,wechat", "--offline", "--out", outDir().toString()));
        assertTrue(Files.isRegularFile(outDir().resolve("tea/wechat/part1-green.wechat.html")), out());
        // the web book's pages and the WeChat articles, 14 + 14 files: one line for their folder
        assertEquals(List.of("wrote " + outDir().resolve("tea") + "/ (" + countFiles(outDir().resolve("tea")) + " files)"),
                out().lines().toList(), out());
        assertFalse(err().contains("\r") || err().contains("reading chapters"), "no progress line:\n" + err());
        assertTrue(err().contains("SUMMARY.md:16: warning: draft chapter"), err());
        assertNoStackTrace();
    }

    @Test
    void binaryInputIsRefused() throws Exception {
        Path png = dir.resolve("picture.md");
        Files.copy(TestDocs.RESOURCES.resolve("corpus/images/figure.png"), png);
        assertEquals(1, run("build", png.toString(), "--out", outDir().toString()));
        assertTrue(err().contains("is a binary file"), err());
        assertEquals(1, err().strip().lines().count(), err());
        assertNoStackTrace();
        assertFalse(Files.exists(outDir().resolve("picture.html")));
    }

    @Test
    void invalidFrontMatterNamesTheLineAndWritesNothing() throws Exception {
        Path md = write("bad.md", "---\ntitle: 好标题\nauthor: [未闭合\n---\n\n正文。\n");
        assertEquals(1, run("build", md.toString(), "--out", outDir().toString()));
        assertTrue(err().matches("(?s).*bad\\.md:\\d+: error: front matter is not valid YAML.*"), err());
        assertEquals(1, err().strip().lines().count(), err());
        assertNoStackTrace();
        assertFalse(Files.exists(outDir().resolve("bad.html")));
    }

    @Test
    void aFailedBuildLeavesTheEarlierOutputIntact() throws Exception {
        Path md = write("keep.md", "# 第一版\n\n内容。\n");
        assertEquals(0, run("build", md.toString(), "--out", outDir().toString()));
        byte[] before = Files.readAllBytes(outDir().resolve("keep.html"));
        Files.writeString(md, "---\ntitle: [坏\n---\n# 第二版\n");
        assertEquals(1, run("build", md.toString(), "--out", outDir().toString()));
        assertEquals(new String(before, StandardCharsets.UTF_8), Files.readString(outDir().resolve("keep.html")));
        try (var files = Files.list(outDir())) {
            assertEquals(List.of("keep.html"), files.map(p -> p.getFileName().toString()).toList(), "no temporary files left");
        }
    }

    @Test
    void outNamingAFileIsAUsageErrorWithTheReason() throws Exception {
        Path md = write("a.md", "正文\n");
        Path file = write("notes.txt", "mine");
        assertEquals(2, run("build", md.toString(), "--out", file.toString()));
        assertEquals("--out " + file + " is a file, not a folder; name a folder (it is created when missing)", err().strip());
        assertNoStackTrace();
        assertEquals("mine", Files.readString(file));
    }

    @Test
    void outThatCannotBeCreatedIsAUsageErrorWithTheReason() throws Exception {
        Path md = write("a.md", "正文\n");
        Path file = write("notes.txt", "mine");
        assertEquals(2, run("build", md.toString(), "--out", file.resolve("out").toString()));
        assertEquals("--out " + file.resolve("out") + " cannot be created: " + file.toAbsolutePath()
                + " is a file, not a folder; name a folder (it is created when missing)", err().strip());
        assertNoStackTrace();
    }

    @Test
    void aFolderInTheWayOfOneOutputFailsTheBuildAndReplacesNothing() throws Exception {
        Path md = write("all.md", "# 第一版\n\n内容。\n");
        assertEquals(0, run("build", md.toString(), "--to", "html,wechat,epub", "--offline", "--out", outDir().toString()));
        byte[] html = Files.readAllBytes(outDir().resolve("all.html"));
        byte[] wechat = Files.readAllBytes(outDir().resolve("all.wechat.html"));
        Files.delete(outDir().resolve("all.epub"));
        Files.createDirectories(outDir().resolve("all.epub"));
        Files.writeString(md, "# 第二版\n\n新的内容。\n");
        console.reset();
        assertEquals(1, run("build", md.toString(), "--to", "html,wechat,epub", "--offline", "--out", outDir().toString()));
        assertEquals(outDir().resolve("all.epub") + ": error: cannot write (a folder of that name is in the way);"
                + " nothing was replaced, the earlier outputs are unchanged", err().strip());
        assertArrayEquals(html, Files.readAllBytes(outDir().resolve("all.html")));
        assertArrayEquals(wechat, Files.readAllBytes(outDir().resolve("all.wechat.html")));
        try (var files = Files.list(outDir())) {
            assertEquals(List.of("all.epub", "all.html", "all.wechat.html", "all.wechat.preview.html"),
                    files.map(p -> p.getFileName().toString()).sorted().toList(), "no temporary files left");
        }
    }

    @Test
    void aGbkArticleIsBuiltWithAWarningNamingTheEncoding() throws Exception {
        Path md = dir.resolve("gbk.md");
        Files.write(md, "# 旧文章\n\n这篇文章是很多年前用记事本写的，那时候还没有人提起 UTF-8。\n今天重新打开，字一个也没有坏。\n"
                .getBytes(java.nio.charset.Charset.forName("GBK")));
        assertEquals(0, run("build", md.toString(), "--out", outDir().toString()));
        assertEquals(md + ": warning: read as GB18030 (not UTF-8); save the file as UTF-8 to be sure it reads the same"
                + " everywhere", err().strip());
        String html = Files.readString(outDir().resolve("gbk.html"));
        assertTrue(html.contains("这篇文章是很多年前用记事本写的") && html.contains("<h1"), html);
    }

    @Test
    void brokenUtf8IsRefusedNamingTheLine() throws Exception {
        Path md = dir.resolve("broken.md");
        byte[] bytes = "第一行\n第二行\n第三行".getBytes(StandardCharsets.UTF_8);
        bytes[bytes.length - 3] = (byte) 0xFF; // the first byte of 行
        Files.write(md, bytes);
        assertEquals(1, run("build", md.toString(), "--out", outDir().toString()));
        assertTrue(err().startsWith(md + ":3: error: not UTF-8 text: byte 0xFF at column 3"), err());
        assertNoStackTrace();
        assertFalse(Files.exists(outDir().resolve("broken.html")));
    }

    @Test
    void unknownFormatIsAUsageError() throws Exception {
        Path md = write("a.md", "正文\n");
        assertEquals(2, run("build", md.toString(), "--to", "docx", "--out", outDir().toString()));
        assertTrue(err().contains("unknown output format 'docx'"), err());
        assertFalse(Files.exists(outDir()));
    }

    @Test
    void aBadOptionValueIsAUsageErrorNamingTheOption() throws Exception {
        Path md = write("a.md", "正文\n");
        String[][] cases = {{"--accent", "blue", "--accent: accent colour 'blue' is not of the form #RRGGBB"},
                {"--font-size", "30px", "--font-size: font size '30px' must be between 14px and 18px"},
                {"--page-size", "A3", "--page-size takes A4, A5, B5, Letter; not 'A3'"},
                {"--toc", "maybe", "--toc takes auto, on or off"},
                {"--cjk-spacing", "maybe", "--cjk-spacing takes auto, on or off"},
                {"--split-level", "3", "--split-level takes 1 or 2"}};
        for (String[] c : cases) {
            assertEquals(2, run("build", md.toString(), c[0], c[1], "--out", outDir().toString()), c[0]);
            assertTrue(err().contains(c[2]), err());
            assertFalse(Files.exists(outDir()), "nothing written for " + c[0]);
        }
    }

    @Test
    void anUnknownFormatAmongKnownOnesIsRefusedNotSkipped() throws Exception {
        Path md = write("a.md", "正文\n");
        assertEquals(2, run("build", md.toString(), "--to", "html,docx", "--out", outDir().toString()));
        assertTrue(err().contains("unknown output format 'docx'"), err());
        assertFalse(Files.exists(outDir().resolve("a.html")), "nothing is built when one format is refused");
    }

    @Test
    void strictTurnsWarningsIntoAFailureAndWritesNothing() throws Exception {
        Path md = write("s.md", "```java\nint x;\n");
        assertEquals(1, run("build", md.toString(), "--strict", "--out", outDir().toString()));
        assertTrue(err().contains("s.md:1: warning: this code fence is never closed"), err());
        assertTrue(err().contains("with --strict; nothing was written"), err());
        assertFalse(Files.exists(outDir().resolve("s.html")));
        Path clean = write("c.md", "干净的文档。\n");
        assertEquals(0, run("build", clean.toString(), "--strict", "--out", outDir().toString()));
    }

    @Test
    void notesFlagShowsEditorNotesAsReviewerNotes() throws Exception {
        Path md = write("n.md", "正文。\n\n<!-- 评注建议：再想想 -->\n");
        assertEquals(0, run("build", md.toString(), "--out", outDir().toString()));
        assertFalse(Files.readString(outDir().resolve("n.html")).contains("评注建议"));
        assertEquals(0, run("build", md.toString(), "--notes", "--out", outDir().toString()));
        String html = Files.readString(outDir().resolve("n.html"));
        assertTrue(html.contains("<aside class=\"editor-note\"><span class=\"editor-note-label\">审阅批注</span> 评注建议：再想想</aside>"), html);
    }

    @Test
    void helpAndVersion() {
        assertEquals(0, run("build", "--help"));
        assertTrue(out().contains("--strict") && out().contains("--notes") && out().contains("--to"), out());
        console.reset();
        assertEquals(0, run("--version"));
        assertTrue(out().startsWith("inkstone "), out());
        assertEquals(2, run());
        assertEquals(2, run("build"));
    }

    @Test
    void theTopLevelHelpListsEveryCommandAndAMistypedOneIsSuggested() {
        assertEquals(0, run("--help"));
        for (String command : new String[] {"build", "serve", "themes", "help"}) {
            assertTrue(out().lines().anyMatch(l -> l.strip().startsWith(command + " ")), command + " in\n" + out());
        }
        console.reset();
        assertEquals(0, run("help", "serve"));
        assertTrue(out().startsWith("Usage: inkstone serve"), out());
        console.reset();
        assertEquals(0, run("serve", "--help"));
        assertTrue(out().startsWith("Usage: inkstone serve"), out());
        assertEquals(2, run("biuld", "a.md"));
        assertTrue(err().contains("Did you mean: inkstone build"), err());
    }

    @Test
    void unknownThemeIsAUsageErrorNamingTheAvailableOnes() throws Exception {
        Path md = write("t.md", "正文\n");
        assertEquals(2, run("build", md.toString(), "--theme", "nosuch", "--out", outDir().toString()));
        assertTrue(err().contains("unknown theme 'nosuch'; available: academic, book, default, sans, vivid"), err());
    }
}
