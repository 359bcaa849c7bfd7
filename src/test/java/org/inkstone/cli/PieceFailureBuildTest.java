package org.inkstone.cli;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A code block that ended every build (prism4j's markup grammar on an empty {@code <script></script>})
 * now builds to every output with its text intact; and one input of several that fails leaves the
 * others built.
 */
class PieceFailureBuildTest {
    private static final String SCRIPT_LINE = "<script type=\"module\" src=\"./foo.js\"></script>";
    private static final String DOC = "# 模块脚本\n\n在页面里引入模块：\n\n```html\n" + SCRIPT_LINE + "\n```\n\n"
            + "空的样式与脚本：\n\n```html\n<style></style>\n<script src=x></script>\n<script>let n = 1;</script>\n```\n\n结尾一段。\n";

    @TempDir Path dir;
    @RegisterExtension final ConsoleCapture console = new ConsoleCapture();

    private String err() {
        return console.err();
    }

    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void anEmptyScriptElementInAnHtmlFenceBuildsToEveryOutput() throws Exception {
        Path md = write("script.md", DOC);
        Path outDir = dir.resolve("out");
        int code = Main.run(new String[] {"build", md.toString(), "--to", "html,wechat,epub,pdf", "--out", outDir.toString()});
        assertEquals(0, code, err());
        assertFalse(err().contains("error"), err());

        Document html = Jsoup.parse(outDir.resolve("script.html").toFile(), "UTF-8");
        List<Element> pres = html.select("pre.code-block");
        assertEquals(2, pres.size());
        assertEquals(SCRIPT_LINE, pres.get(0).selectFirst("code").wholeText());
        assertTrue(pres.get(0).hasClass("highlighted"), "highlighted, not fallen back to plain");
        assertEquals("let n = 1;", String.join("", pres.get(1).select("span.tok-script").eachText()));
        assertTrue(html.text().contains("结尾一段。"));

        Document wechat = Jsoup.parse(outDir.resolve("script.wechat.html").toFile(), "UTF-8");
        assertTrue(wechat.select("pre code").stream().anyMatch(e -> e.wholeText().replace('\u00a0', ' ').contains(SCRIPT_LINE)),
                "the WeChat HTML shows the line as written (its spaces are no-break spaces)");
        assertTrue(wechat.text().contains("结尾一段。"));

        String chapters = epubText(outDir.resolve("script.epub"));
        assertTrue(chapters.contains(SCRIPT_LINE), chapters);
        assertTrue(chapters.contains("结尾一段。"));

        try (PDDocument pdf = Loader.loadPDF(outDir.resolve("script.pdf").toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true); // the code's runs are drawn colour by colour, not in reading order
            String text = stripper.getText(pdf).replaceAll("\\s+", "");
            assertTrue(text.contains(SCRIPT_LINE.replaceAll("\\s+", "")), text);
            assertTrue(text.contains("<scriptsrc=x></script>"), text);
            assertTrue(text.contains("结尾一段。"), text);
        }
    }

    /** The whole text of every XHTML page in the EPUB, each code block's text as written. */
    private static String epubText(Path epub) throws Exception {
        StringBuilder all = new StringBuilder();
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            List<? extends ZipEntry> entries = Collections.list(zip.entries());
            for (ZipEntry e : entries) {
                if (!e.getName().endsWith(".xhtml")) continue;
                String xhtml = new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
                Document page = Jsoup.parse(xhtml, "", Parser.xmlParser());
                for (Element code : page.select("pre code")) all.append(code.wholeText()).append('\n');
                all.append(page.text()).append('\n');
            }
        }
        return all.toString();
    }

    @Test
    void oneInputThatFailsLeavesTheOthersBuilt() throws Exception {
        Path first = write("first.md", "# 一\n\n第一篇。\n");
        Path broken = dir.resolve("broken.md");
        Files.write(broken, new byte[] {'#', ' ', 0, 1, 2, (byte) 0xff, (byte) 0xfe, 0, '\n'});
        Path last = write("last.md", DOC);
        Path outDir = dir.resolve("out");
        int code = Main.run(new String[] {"build", first.toString(), broken.toString(), last.toString(),
                "--to", "html,epub", "--out", outDir.toString()});
        assertEquals(1, code, "one input failed");
        assertTrue(err().contains("broken.md"), err());
        assertFalse(err().contains("Exception"), err());
        List<String> built = new ArrayList<>();
        for (String name : List.of("first.html", "first.epub", "last.html", "last.epub", "broken.html", "broken.epub")) {
            if (Files.exists(outDir.resolve(name))) built.add(name);
        }
        assertEquals(List.of("first.html", "first.epub", "last.html", "last.epub"), built);
        assertNotNull(Jsoup.parse(outDir.resolve("last.html").toFile(), "UTF-8").selectFirst("pre.highlighted"));
    }

    /**
     * An SVG whose {@code <use>} refers to the group around it: Batik, drawing it into the PDF,
     * recursed for minutes. Now it is a placeholder in the outputs that embed it (EPUB, PDF), with a warning at its line, the
     * rest is built; with --strict the build fails and writes nothing.
     */
    @Test
    void anSvgImageThatNeverEndsIsAPlaceholderAndStrictWritesNothing() throws Exception {
        write("loop.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\""
                + " width=\"100\" height=\"100\"><g id=\"a\"><rect width=\"5\" height=\"5\"/><use xlink:href=\"#a\" x=\"6\"/></g></svg>");
        Path md = write("loop.md", "# 循环\n\n前一段。\n\n![循环图](loop.svg)\n\n后一段。\n");
        Path outDir = dir.resolve("out");
        int code = Main.run(new String[] {"build", md.toString(), "--to", "html,wechat,epub,pdf", "--out", outDir.toString()});
        assertEquals(0, code, err());
        assertTrue(err().contains("loop.md:5: warning: image 'loop.svg' cannot be drawn (a reference to '#a' leads back"
                + " into that element, so drawing it never ends); fix or replace it"), err());
        // the web page links the file (a browser ignores such a reference); the EPUB and PDF embed it, so they show the placeholder
        assertTrue(Jsoup.parse(outDir.resolve("loop.html").toFile(), "UTF-8").text().contains("后一段。"));
        String book = epubText(outDir.resolve("loop.epub"));
        assertTrue(book.contains("循环图") && book.contains("后一段。"), book);
        try (ZipFile zip = new ZipFile(outDir.resolve("loop.epub").toFile())) {
            assertTrue(Collections.list(zip.entries()).stream().noneMatch(e -> e.getName().endsWith(".svg")), "not embedded");
        }
        try (PDDocument pdf = Loader.loadPDF(outDir.resolve("loop.pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("循环图") && text.contains("前一段。") && text.contains("后一段。"), text);
        }

        Path strictOut = dir.resolve("strict");
        console.reset();
        code = Main.run(new String[] {"build", md.toString(), "--to", "html,pdf", "--strict", "--out", strictOut.toString()});
        assertEquals(1, code);
        assertTrue(err().contains("loop.md:5: warning: image 'loop.svg' cannot be drawn"), err());
        assertTrue(err().contains("with --strict; nothing was written"), err());
        assertFalse(Files.exists(strictOut.resolve("loop.html")) || Files.exists(strictOut.resolve("loop.pdf")));
    }
}
