package org.inkstone.render.wechat;

import org.inkstone.cli.Main;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fragment a user pastes into the Official Account editor, built from {@code features.md}
 * through the real command line, checked against what the editor keeps and drops.
 */
class WechatFragmentTest {
    private static final Path FEATURES = Path.of("src/test/resources/corpus/features.md");
    private static final Set<String> FORBIDDEN_TAGS = Set.of("style", "script", "iframe", "object", "embed", "link",
            "meta", "input", "button", "form", "textarea", "select", "template", "noscript", "frame", "frameset",
            "math", "base", "video", "audio", "source", "defs", "use", "clippath", "foreignobject", "image", "a:svg");
    private static final Pattern MARKER = Pattern.compile("^(•|◦|▪|\\d+\\.|☐|☑)\u00a0$");

    @TempDir static Path out;
    static String raw;
    static Element root;
    static Document html;

    @BeforeAll
    static void build() throws Exception {
        assertEquals(0, Main.run("build", FEATURES.toString(), "--to", "html,wechat", "--out", out.toString()));
        raw = Files.readString(out.resolve("features.wechat.html"));
        Document fragment = Jsoup.parseBodyFragment(raw);
        assertEquals(1, fragment.body().childrenSize(), "one root element");
        root = fragment.body().child(0);
        html = Jsoup.parse(Files.readString(out.resolve("features.html")), "", Parser.xmlParser());
    }

    @Test
    void oneRootSectionWithTheBodyTextStyle() {
        assertEquals("section", root.normalName());
        assertEquals(1, raw.strip().lines().count(), "one line: no pretty-printing whitespace for the editor to keep");
        String style = root.attr("style");
        assertTrue(style.contains("font-size: 16px"), style);
        assertTrue(style.contains("color: #2b2926"), style);
        assertTrue(style.contains("line-height"), style);
        assertTrue(raw.endsWith("</section>\n"));
    }

    @Test
    void nothingTheEditorDropsOrThatCouldRunIsLeft() {
        for (Element e : root.getAllElements()) {
            assertFalse(FORBIDDEN_TAGS.contains(e.normalName()), "forbidden tag <" + e.normalName() + ">");
            for (Attribute a : e.attributes()) {
                String key = a.getKey().toLowerCase(Locale.ROOT);
                String value = a.getValue().toLowerCase(Locale.ROOT).replaceAll("\\s", "");
                boolean formulaLabel = key.equals("aria-label") && e.normalName().equals("svg");
                assertFalse(key.equals("class") || key.equals("id") || key.startsWith("on") || key.startsWith("data-")
                        || (key.startsWith("aria-") && !formulaLabel), "attribute " + key + " on <" + e.normalName() + ">");
                assertFalse(value.contains("javascript:"), key + "=" + a.getValue());
                if (key.equals("style")) {
                    assertFalse(value.matches("(^|.*;)position:.*"), "position in " + a.getValue());
                    assertFalse(value.contains("var("), "unresolved variable in " + a.getValue());
                    assertFalse(value.contains("--"), "custom property left in " + a.getValue());
                }
            }
        }
        assertFalse(raw.contains("<!--"), "no comments");
    }

    @Test
    void formulasAreSelfContainedInlineSvg() {
        List<Element> svgs = root.select("svg");
        assertEquals(4, svgs.size(), "the four formulas of features.md");
        for (Element svg : svgs) {
            assertEquals("img", svg.attr("role"));
            assertFalse(svg.attr("aria-label").isBlank(), "labelled with its TeX");
            assertTrue(Integer.parseInt(svg.attr("width")) <= WechatPreviewPage.CONTENT_WIDTH_PX);
            assertTrue(Integer.parseInt(svg.attr("height")) > 0);
            assertFalse(svg.attr("viewBox").isBlank(), "viewBox kept, with its case");
            assertEquals("currentColor", svg.attr("fill"));
            for (Element e : svg.getAllElements()) {
                assertTrue(Set.of("svg", "title", "path").contains(e.normalName()), e.normalName());
                assertFalse(e.hasAttr("id"));
            }
            assertFalse(svg.outerHtml().contains("url(#"));
        }
        assertTrue(raw.contains("</path>"), "HTML serialisation, as the browser copies it");
        assertFalse(raw.contains("\\int_0^1 x^2 \\, dx</code>"), "rendered, not shown as source");
    }

    @Test
    void everyTextBearingElementIsStyledOrInheritsFromTheRoot() {
        List<String> unstyled = new ArrayList<>();
        for (Element e : root.getAllElements()) {
            boolean ownText = e.textNodes().stream().anyMatch(t -> !t.isBlank());
            if (!ownText) continue;
            Element styled = e;
            while (styled != null && !styled.hasAttr("style")) styled = styled.parent();
            if (styled == null || !(styled == root || root.getAllElements().contains(styled))) unstyled.add(e.normalName());
        }
        assertTrue(unstyled.isEmpty(), "text outside any styled element: " + unstyled);
        for (String tag : List.of("p", "h1", "h2", "h3", "figcaption", "td", "th", "pre", "blockquote", "code")) {
            for (Element e : root.select(tag)) assertTrue(e.hasAttr("style"), "<" + tag + "> has its own style: " + e.text());
        }
    }

    @Test
    void listItemsCarryLiteralMarkers() {
        List<Element> markers = root.select("span").stream()
                .filter(s -> s.childrenSize() == 0 && MARKER.matcher(s.wholeText()).matches()).toList();
        assertEquals(html.select("li").size() - html.select("section.footnotes li").size(), markers.size(),
                "one marker per list item (footnotes become notes)");
        List<String> texts = markers.stream().map(m -> m.wholeText().replace("\u00a0", "")).toList();
        assertTrue(texts.containsAll(List.of("•", "◦", "▪", "1.", "2.", "☐", "☑")), texts.toString());
        for (Element m : markers) assertTrue(m.attr("style").contains("color"), "markers are coloured: " + m.attr("style"));
    }

    @Test
    void codeBlocksKeepLinesAndIndentation() {
        List<Element> sourceBlocks = html.select("pre.code-block > code");
        List<Element> blocks = root.select("pre");
        assertEquals(sourceBlocks.size(), blocks.size());
        Matcher pre = Pattern.compile("<pre[^>]*>(.*?)</pre>", Pattern.DOTALL).matcher(raw);
        for (int i = 0; i < blocks.size(); i++) {
            assertTrue(pre.find());
            String source = sourceBlocks.get(i).wholeText();
            String[] lines = source.split("\n", -1);
            int lineCount = source.endsWith("\n") ? lines.length - 1 : lines.length;
            String inner = pre.group(1);
            assertEquals(lineCount - 1, countOf(inner, "<br>"), "block " + i + ": <br> = lines - 1");
            assertFalse(inner.contains("\n"), "no raw newlines for the editor to collapse");
            String[] htmlLines = inner.replaceAll("</?code[^>]*>", "").split("<br>", -1);
            for (int k = 0; k < lineCount; k++) {
                if (lines[k].startsWith(" ") || lines[k].startsWith("\t")) {
                    assertTrue(htmlLines[k].replaceAll("^(<span[^>]*>)+", "").startsWith("&nbsp;"),
                            "leading space kept as &nbsp; in block " + i + " line " + k + ": " + htmlLines[k]);
                }
            }
            String style = blocks.get(i).attr("style");
            assertTrue(style.contains("overflow-x: auto"), style);
            assertTrue(style.contains("white-space: nowrap"), "code scrolls, it does not wrap: " + style);
            assertEquals(source.replaceAll("[\\s\u00a0]+", ""), blocks.get(i).wholeText().replaceAll("[\\s\u00a0]+", ""),
                    "block " + i + " keeps every character");
        }
    }

    @Test
    void highlightedCodeCarriesItsColoursInline() {
        Element java = root.select("pre").stream().filter(p -> p.text().replace('\u00a0', ' ').contains("public final class Hello")).findFirst()
                .orElseThrow();
        Element keyword = java.select("span").stream().filter(s -> s.text().equals("public")).findFirst().orElseThrow();
        assertTrue(keyword.attr("style").contains("color: #a3361c"), keyword.attr("style"));
        Element string = java.select("span").stream().filter(s -> s.text().startsWith("\"你好")).findFirst().orElseThrow();
        assertTrue(string.attr("style").contains("color: #3b6e2f"), string.attr("style"));
        Element comment = java.select("span").stream().filter(s -> s.text().startsWith("//")).findFirst().orElseThrow();
        assertTrue(comment.attr("style").contains("font-style: italic"), comment.attr("style"));
    }

    @Test
    void externalLinksBecomeNumberedReferencesOnce() {
        Element refs = root.select("p").stream().filter(p -> p.text().equals("参考链接")).findFirst()
                .map(Element::parent).orElse(null);
        assertNotNull(refs, "a 参考链接 section");
        Map<String, String> numbered = new LinkedHashMap<>();
        Pattern entry = Pattern.compile("^\\[(\\d+)\\]\\s*(.*?)[:：]\\s*(\\S+)$");
        for (Element p : refs.children()) {
            if (p.text().equals("参考链接")) continue;
            Matcher m = entry.matcher(p.text());
            assertTrue(m.matches(), "entry: " + p.text());
            assertEquals(String.valueOf(numbered.size() + 1), m.group(1), "numbered 1, 2, 3 … in order");
            assertFalse(numbered.containsValue(m.group(3)), "each URL listed once: " + m.group(3));
            numbered.put(m.group(1), m.group(3));
        }
        assertTrue(numbered.containsValue("https://example.com/external"));
        // The same URL linked twice in the text shares one number.
        long sharing = root.select("sup").stream().filter(s -> s.text().equals("[" + key(numbered, "https://example.com/external") + "]")).count();
        assertEquals(2, sharing);
        // Official Account links stay links; nothing else is a link, in-page anchors are gone.
        List<String> hrefs = root.select("a").eachAttr("href");
        assertFalse(hrefs.isEmpty());
        for (String href : hrefs) assertTrue(href.startsWith("https://mp.weixin.qq.com/"), href);
        assertFalse(numbered.values().stream().anyMatch(u -> u.contains("mp.weixin.qq.com")));
    }

    @Test
    void footnotesAreNumberedNotesAtTheEnd() {
        Element notes = root.select("p").stream().filter(p -> p.text().equals("注释")).findFirst()
                .map(Element::parent).orElse(null);
        assertNotNull(notes);
        assertTrue(notes.text().matches(".*注1\\s*简短的脚注内容。.*"), notes.text());
        assertTrue(notes.text().contains("注2"), notes.text());
        assertEquals(3, root.select("sup").stream().filter(s -> s.text().matches("注\\d")).count(), "three note references");
    }

    @Test
    void figuresImagesTablesAndCalloutsSurvive() {
        for (Element img : root.select("img")) {
            assertTrue(img.attr("style").contains("max-width: 100%"), img.attr("style"));
            assertFalse(img.attr("src").isBlank());
        }
        assertTrue(root.select("img[src^=data:image/png;base64,]").size() >= 1, "local images embedded as data URIs");
        assertEquals("图 1：本地图片的标题", root.select("figcaption").first().text());
        for (Element table : root.select("table")) {
            assertTrue(table.parent().attr("style").contains("overflow-x: auto"), "tables scroll sideways");
        }
        Element callout = root.select("section").stream().filter(s -> s.ownText().isEmpty()
                && s.childrenSize() > 0 && s.child(0).text().equals("自定义标题的 Obsidian 提示块")).findFirst().orElse(null);
        assertNotNull(callout, "the callout keeps its title");
        assertTrue(callout.attr("style").contains("border-left"), callout.attr("style"));
        assertTrue(callout.attr("style").contains("background"), callout.attr("style"));
    }

    @Test
    void editorNotesNeverAppear() throws Exception {
        Matcher comment = Pattern.compile("<!--(.*?)-->", Pattern.DOTALL).matcher(Files.readString(FEATURES));
        int n = 0;
        while (comment.find()) {
            n++;
            assertFalse(raw.contains(comment.group(1).strip()), "editor note leaked: " + comment.group(1));
        }
        assertTrue(n >= 3, "the fixture has editor notes");
        assertFalse(raw.contains("评注建议"));
    }

    @Test
    void hanAndLatinTextIsSpacedInWechatAsInEveryOutput() {
        assertTrue(root.text().contains("中文与 English 混排"), "WeChat output spaces Han and Latin text");
        assertTrue(html.select("p").text().contains("中文与 English 混排"), "so does the HTML output, by default");
    }

    @Test
    void previewPageHoldsTheFragmentAndACopyButton() throws Exception {
        Document page = Jsoup.parse(Files.readString(out.resolve("features.wechat.preview.html")));
        assertEquals("复制到公众号", page.getElementById("copy-button").text());
        assertTrue(page.html().contains("ClipboardItem"));
        assertTrue(page.html().contains("execCommand"));
        Element shown = page.getElementById("wechat-fragment");
        assertNotNull(shown);
        assertEquals(root.text(), shown.child(0).text());
    }

    @Test
    void imageBaseAccentAndFontSizeOptions(@TempDir Path dir) throws Exception {
        assertEquals(0, Main.run("build", FEATURES.toString(), "--to", "wechat", "--out", dir.toString(),
                "--image-base", "https://cdn.example.com/post/", "--accent", "#1f6feb", "--font-size", "15px"));
        Element r = Jsoup.parseBodyFragment(Files.readString(dir.resolve("features.wechat.html"))).body().child(0);
        assertTrue(r.attr("style").contains("font-size: 15px"), r.attr("style"));
        assertTrue(r.select("h2").first().attr("style").contains("#1f6feb"), r.select("h2").first().attr("style"));
        assertTrue(r.select("img").eachAttr("src").contains("https://cdn.example.com/post/images/figure.png"),
                r.select("img").eachAttr("src").toString());
        assertTrue(r.select("img[src^=data:]").isEmpty(), "no data URIs once the images are uploaded");
    }

    @Test
    void frontMatterSetsOptionsAndBadValuesWarn(@TempDir Path dir) throws Exception {
        Path md = dir.resolve("post.md");
        Files.writeString(md, "---\ntitle: 设置\naccent: \"#2a7ab5\"\nfont-size: 17px\n---\n\n## 小节\n\n正文。\n");
        assertEquals(0, Main.run("build", md.toString(), "--to", "wechat", "--out", dir.resolve("o").toString()));
        Element r = Jsoup.parseBodyFragment(Files.readString(dir.resolve("o/post.wechat.html"))).body().child(0);
        assertTrue(r.attr("style").contains("font-size: 17px"));
        assertTrue(r.select("h2").first().attr("style").contains("#2a7ab5"));

        Files.writeString(md, "---\ntitle: 设置\naccent: red\nfont-size: 30px\n---\n\n## 小节\n\n正文。\n");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream old = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            assertEquals(0, Main.run("build", md.toString(), "--to", "wechat", "--out", dir.resolve("o").toString()));
        } finally {
            System.setErr(old);
        }
        String messages = err.toString(StandardCharsets.UTF_8);
        assertTrue(messages.contains("post.md:3: warning: accent colour 'red'"), messages);
        assertTrue(messages.contains("post.md:4: warning: font size '30px'"), messages);
        r = Jsoup.parseBodyFragment(Files.readString(dir.resolve("o/post.wechat.html"))).body().child(0);
        assertTrue(r.attr("style").contains("font-size: 16px"), "falls back to the theme");
    }

    private static int countOf(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + part.length())) n++;
        return n;
    }

    private static String key(Map<String, String> map, String value) {
        return map.entrySet().stream().filter(e -> e.getValue().equals(value)).map(Map.Entry::getKey).findFirst().orElse("?");
    }
}
