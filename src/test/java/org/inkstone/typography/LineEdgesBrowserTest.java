package org.inkstone.typography;

import org.inkstone.HeadlessChromium;
import org.inkstone.options.AutoSwitch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.chrome.ChromeDriver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * clreq's line edges where the reader's browser lays the lines out: the web page and the EPUB's chapter at a
 * phone's width (375 px) and a column's (720 px), and the WeChat preview at 375 px, of stress.md, features.md and
 * the example article, in headless Chromium with LXGW WenKai (the EPUB's embedded faces; the repository's for the
 * others). The lines are read back per character ({@link BrowserLines}): none starts with a closing or pause mark,
 * none ends with an opening one, no ——/…… is split, Han and Latin text keep a gap of at least
 * {@value #MIN_GAP_EM} em, no text runs past the window, and justification stretches no line apart (a long bare
 * URL breaks anywhere rather than leave a line of a few characters spread across the column).
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class LineEdgesBrowserTest {
    /** A space in LXGW WenKai is about 0.3 em; touching Han and Latin glyphs are at most a few hundredths apart. */
    static final double MIN_GAP_EM = 0.15;
    /** A justified line adds a little after each character; a Han character twice as wide stands alone in a gap. */
    static final double MAX_HAN_EMS = 2.0;
    private static final List<Path> DOCUMENTS = List.of(TypesetPdfs.STRESS, TypesetPdfs.FEATURES, TypesetPdfs.EXAMPLE);

    private static Path work;
    private static final Map<Path, TypesetPages.Built> BUILT = new LinkedHashMap<>();
    private static HeadlessChromium chromium;
    private static ChromeDriver driver;

    @BeforeAll
    static void buildAndStart() throws IOException {
        work = Files.createTempDirectory("inkstone-line-edges");
        for (Path doc : DOCUMENTS) {
            BUILT.put(doc, TypesetPages.build(doc, work.resolve(doc.getFileName().toString()), AutoSwitch.ON));
        }
        chromium = HeadlessChromium.start("the browser line-edge check", "720,900");
        driver = chromium.driver();
    }

    @AfterAll
    static void stop() throws IOException {
        try {
            if (chromium != null) chromium.close();
        } finally {
            HeadlessChromium.deleteTree(work);
        }
    }

    static Stream<Arguments> pages() {
        List<Arguments> out = new ArrayList<>();
        for (Path doc : DOCUMENTS) {
            for (int width : new int[] {375, 720}) {
                out.add(Arguments.of(doc.getFileName().toString(), "web page", width));
                out.add(Arguments.of(doc.getFileName().toString(), "EPUB", width));
            }
            out.add(Arguments.of(doc.getFileName().toString(), "WeChat preview", 375));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}, {1} at {2} px")
    @MethodSource("pages")
    void noMarkAtAForbiddenLineEdgeAndHanLatinGapsKept(String document, String output, int width) {
        List<BrowserLines.Line> lines = read(document, output, width);
        assertTrue(lines.size() > 10, "the lines were read: " + lines.size());
        List<String> texts = BrowserLines.texts(lines);
        assertEquals(List.of(), LineEdges.violations(texts), document + ", " + output + " at " + width + " px");

        // the WeChat notes' labels (注1) are the renderer's, not the author's text, and read as 图1 does
        List<BrowserLines.HanLatinGap> gaps = BrowserLines.hanLatinGaps(lines).stream()
                .filter(g -> !(output.startsWith("WeChat") && g.line().matches("注\\d.*") && g.pair().startsWith("注|"))).toList();
        assertFalse(gaps.isEmpty(), "Han and Latin text meet in " + document);
        assertEquals(List.of(), gaps.stream().filter(g -> g.ems() < MIN_GAP_EM).map(Object::toString).toList(),
                "Han–Latin meetings without a gap");

        assertEquals(List.of(), BrowserLines.overflowing(lines, width), "text past the window's edge");
        assertEquals(List.of(), BrowserLines.stretched(lines, MAX_HAN_EMS), "lines stretched apart by justification");
    }

    /** The check can fail: without Han–Latin spacing, the stress text's Han and Latin characters touch. */
    @Test
    void withoutSpacingTheGapCheckFails() {
        TypesetPages.Built off = TypesetPages.build(TypesetPdfs.STRESS, work.resolve("spacing-off"), AutoSwitch.OFF);
        List<BrowserLines.Line> lines = BrowserLines.read(driver, off.webPage(), 720, "article.ink-document");
        long touching = BrowserLines.hanLatinGaps(lines).stream().filter(g -> g.ems() < MIN_GAP_EM).count();
        assertTrue(touching >= 5, "Han–Latin meetings without a gap: " + touching);
    }

    /** The check can fail: a paragraph allowed to break anywhere puts marks at both edges, and the reader sees it. */
    @Test
    void aPageThatBreaksAnywhereFailsTheEdgeCheck() throws IOException {
        Path page = Files.writeString(work.resolve("anywhere.html"), "<!DOCTYPE html><html lang=\"zh\"><head><meta charset=\"utf-8\">"
                + "<style>" + TypesetPages.fontFaces("LXGW WenKai")
                + " p { width: 5em; font: 20px/1.5 \"LXGW WenKai\"; line-break: anywhere; }</style></head>"
                + "<body><p>一二三四，五六七八“九十一二三四五六七。”</p></body></html>");
        List<String> texts = BrowserLines.texts(BrowserLines.read(driver, page, 720, "body"));
        assertEquals(List.of("一二三四，", "五六七八“", "九十一二三", "四五六七。", "”"), texts);
        assertEquals(List.of(LineEdges.Kind.END, LineEdges.Kind.START), LineEdges.find(texts).stream().map(LineEdges.Violation::kind).toList());
    }

    private static List<BrowserLines.Line> read(String document, String output, int width) {
        TypesetPages.Built built = BUILT.entrySet().stream().filter(e -> e.getKey().getFileName().toString().equals(document))
                .findFirst().orElseThrow().getValue();
        return switch (output) {
            case "web page" -> BrowserLines.read(driver, built.webPage(), width, "article.ink-document");
            case "EPUB" -> BrowserLines.read(driver, built.epubChapter(), width, "body");
            case "WeChat preview" -> BrowserLines.read(driver, built.wechatPreview(), width, "#wechat-fragment");
            default -> throw new IllegalArgumentException(output);
        };
    }
}
