package org.inkstone.cli;

import org.inkstone.TestDocs;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.inkstone.render.epub.EpubCheckResult;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code inkstone themes} lists the themes with their descriptions, aligned; {@code themes --new NAME} writes
 * a starter theme that extends another, which builds features.md to every output (EPUBCheck clean, the
 * WeChat fragment only inline styles); it refuses an existing folder and a bad name.
 */
class ThemesCommandTest {
    @TempDir Path dir;
    @RegisterExtension final ConsoleCapture console = new ConsoleCapture();

    private int run(String... args) {
        return Main.run(args);
    }

    @Test
    void listsEveryThemeWithItsDescriptionAligned() {
        assertEquals(0, run("themes", "--new", "mine", "--dir", dir.toString()));
        console.reset();
        assertEquals(0, run("themes", "--dir", dir.toString()));
        List<String> lines = console.out().lines().toList();
        assertTrue(lines.get(0).matches("default +bundled +Restrained long-read typography for Chinese prose.*"), lines.get(0));
        String mine = lines.stream().filter(l -> l.startsWith("mine ")).findFirst().orElseThrow(() -> new AssertionError(lines));
        assertTrue(mine.matches("mine +themes/mine/ +My own theme, based on default\\. \\[extends default]"), mine);
        int column = lines.get(0).indexOf("Restrained");
        assertEquals(column, mine.indexOf("My own theme"), "descriptions start in one column:\n" + console.out());
        assertTrue(console.out().contains("inkstone build FILE.md --theme NAME"), console.out());
    }

    @Test
    void aNewThemeBuildsFeaturesToEveryOutput() throws IOException {
        assertEquals(0, run("themes", "--new", "mine", "--dir", dir.toString()));
        Path theme = dir.resolve("themes/mine");
        for (String file : List.of("theme.properties", "base.css", "print.css", "wechat.css")) {
            assertTrue(console.out().contains("wrote " + theme.resolve(file)), console.out());
        }
        assertTrue(console.out().contains("inkstone build " + dir.resolve("FILE.md") + " --theme mine --to html,pdf,epub,wechat"), console.out());
        String properties = Files.readString(theme.resolve("theme.properties"));
        assertTrue(properties.contains("\nextends=default\n") && properties.contains("\nname=mine\n")
                && properties.contains("\ndescription=My own theme, based on default.\n"), properties);
        assertTrue(properties.contains("\n#accent=#") && properties.contains("\n#fonts="), "commented examples: " + properties);
        assertTrue(Files.readString(theme.resolve("wechat.css")).contains("inline style"), "each starter sheet says what it styles");

        TestDocs.copyFolder(Path.of("src/test/resources/corpus"), dir);
        Path out = dir.resolve("out");
        console.reset();
        assertEquals(0, run("build", dir.resolve("features.md").toString(), "--theme", "mine", "--offline",
                "--to", "html,pdf,epub,wechat", "--out", out.toString()), console.err());
        assertFalse(console.err().contains("error"), console.err());

        EpubCheckResult check = EpubCheckResult.check(out.resolve("features.epub"));
        assertTrue(check.clean(), check.summary());
        try (PDDocument pdf = Loader.loadPDF(out.resolve("features.pdf").toFile())) {
            assertTrue(pdf.getNumberOfPages() > 1);
        }
        Element wechat = Jsoup.parseBodyFragment(Files.readString(out.resolve("features.wechat.html"))).body();
        assertTrue(wechat.select("[class], [id], style, script").isEmpty(), "WeChat: only inline styles");
        assertFalse(wechat.select("[style]").isEmpty());
        String html = Files.readString(out.resolve("features.html"));
        assertTrue(html.contains("mine: base.css, shared by every output"), "the web page carries the starter's base.css after the parent's");
    }

    @Test
    void aThemeFromAnotherUserThemeExtendsItBesideIt() throws IOException {
        assertEquals(0, run("themes", "--new", "first", "--dir", dir.toString()));
        Files.writeString(dir.resolve("themes/first/base.css"), ".ink-document h2 { color: #123456; }\n");
        assertEquals(0, run("themes", "--new", "second", "--from", "first", "--dir", dir.toString()));
        assertTrue(Files.readString(dir.resolve("themes/second/theme.properties")).contains("\nextends=../first\n"));
        Path md = dir.resolve("a.md");
        Files.writeString(md, "# 标题\n\n## 小节\n\n正文。\n");
        assertEquals(0, run("build", md.toString(), "--theme", "second", "--to", "wechat", "--out", dir.resolve("out").toString()), console.err());
        Element h2 = Jsoup.parseBodyFragment(Files.readString(dir.resolve("out/a.wechat.html"))).selectFirst("h2");
        assertTrue(h2.attr("style").contains("color: #123456"), h2.attr("style"));
    }

    @Test
    void refusesAnExistingFolderABadNameAndAnUnknownParent() throws IOException {
        Path existing = Files.createDirectories(dir.resolve("themes/mine"));
        Files.writeString(existing.resolve("base.css"), "kept");
        assertEquals(1, run("themes", "--new", "mine", "--dir", dir.toString()));
        assertTrue(console.err().contains(existing + "/ already exists; choose another name, or remove that folder first"), console.err());
        assertEquals("kept", Files.readString(existing.resolve("base.css")));
        try (Stream<Path> files = Files.list(existing)) {
            assertEquals(1, files.count());
        }
        console.reset();
        assertEquals(2, run("themes", "--new", "my theme", "--dir", dir.toString()));
        assertTrue(console.err().contains("--new takes a name of letters, digits, - and _"), console.err());
        console.reset();
        assertEquals(2, run("themes", "--new", "other", "--from", "nosuch", "--dir", dir.toString()));
        assertTrue(console.err().contains("--from: unknown theme 'nosuch'; available: academic, book, default, sans, vivid"), console.err());
        assertFalse(Files.exists(dir.resolve("themes/other")));
        console.reset();
        assertEquals(2, run("themes", "--from", "default"));
        assertTrue(console.err().contains("--from goes with --new NAME"), console.err());
    }

}
