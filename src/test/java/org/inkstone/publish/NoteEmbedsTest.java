package org.inkstone.publish;

import org.inkstone.asset.AssetPolicy;
import org.inkstone.diagnostic.Diagnostic;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.inkstone.publish.NoteEmbedFolder.count;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Obsidian note embeds ({@link NoteEmbedFolder}) in the web page and the WeChat fragment, the warnings
 * they give, and the finer points: nesting depth, a note embedding its own section, images of a note in a
 * subfolder, a note in GBK, a note outside the folder, two notes of one name.
 */
class NoteEmbedsTest {
    @TempDir static Path dir;
    static Inkstone.Result result;
    static Document page;
    static Element wechat;

    @BeforeAll
    static void build() throws IOException {
        Path host = NoteEmbedFolder.write(dir.resolve("库"));
        result = build(host, "html", "wechat");
        page = Jsoup.parse(Files.readString(dir.resolve("out/读书笔记.html")), "", Parser.xmlParser());
        wechat = Jsoup.parseBodyFragment(Files.readString(dir.resolve("out/读书笔记.wechat.html"))).body();
    }

    private static Inkstone.Result build(Path input, String... formats) {
        Inkstone.Result r = Inkstone.builder().formats(formats).output(input.getParent().getParent().resolve("out"))
                .home(Path.of("")).clock(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC))
                .assets(AssetPolicy.defaults().withOffline(true)).build().publish(input);
        assertNull(r.failure(), r.failure());
        return r;
    }

    private static List<String> warnings(Inkstone.Result r) {
        return r.diagnostics().stream().map(Diagnostic::format).toList();
    }

    @Test
    void eachEmbedBringsItsTextOnceAndNothingElse() {
        String article = page.selectFirst("article").text();
        for (String text : NoteEmbedFolder.EMBEDDED) assertEquals(1, count(article, text), text + " in " + article);
        for (String text : NoteEmbedFolder.LEFT_OUT) assertEquals(0, count(article, text), text + " in " + article);
        assertTrue(article.contains("宿主的结尾一句。"), article);
        assertEquals(0, page.select("figure, .image-missing").size(), "no embed is taken for an image");
    }

    @Test
    void theSectionRunsToTheNextHeadingOfItsLevelAndTheBlockIsTheListItem() {
        List<String> headings = page.select("h1, h2, h3").eachText();
        assertEquals(List.of("读书笔记", "摘录一节", "修改的步骤", "细节", "摘录一块", "找不到的", "循环"), headings);
        Element item = page.selectFirst("li:contains(好文章是改出来的)");
        assertEquals(1, item.parent().children().size(), "the item alone in its list");
        assertEquals("好文章是改出来的。", item.text());
    }

    @Test
    void headingIdsStayUnique() {
        List<String> ids = page.select("[id]").eachAttr("id");
        assertEquals(ids.size(), new HashSet<>(ids).size(), ids.toString());
    }

    @Test
    void theEmbeddedNotesFootnoteIsNumberedWithTheHosts() {
        List<String> notes = page.select("section.footnotes li").eachText();
        assertEquals(2, notes.size(), notes.toString());
        assertTrue(notes.get(0).startsWith("宿主自己的脚注"), notes.toString());
        assertTrue(notes.get(1).startsWith("快速切换的脚注内容"), notes.toString());
        assertEquals(List.of("1", "2"), page.select("sup.footnote-ref").eachText());
    }

    @Test
    void unresolvedEmbedsShowTheNotesNameMarkedForThemes() {
        assertEquals(NoteEmbedFolder.FALLBACKS, page.select("span.note-embed-missing").eachText());
        for (Element e : page.select("span.note-embed-missing")) assertEquals("p", e.parent().tagName());
    }

    @Test
    void eachUnresolvedEmbedWarnsAtItsLineAndTheLoopNamesItsChain() {
        Path host = dir.resolve("库/读书笔记.md");
        List<String> w = warnings(result);
        assertTrue(w.contains(host + ":17: warning: note '不存在的笔记.md' to embed not found in the document's folder ("
                + dir.resolve("库") + ") or its subfolders; check the name, or copy the note into that folder. The embed is"
                + " shown as the note's name"), w.toString());
        assertTrue(w.contains(host + ":19: warning: heading '没有的标题' not found in 笔记/写作方法.md (its headings: 写作方法、"
                + "初稿、修改的步骤、细节、发表); check the spelling. The embed is shown as the note's name"), w.toString());
        assertTrue(w.stream().anyMatch(m -> m.startsWith(host + ":21: warning: block ^mei-you not found in 笔记/写作方法.md")), w.toString());
        assertTrue(w.contains(dir.resolve("库/笔记/循环乙.md") + ":3: warning: embed loop: 读书笔记.md → 循环甲.md → 笔记/循环乙.md"
                + " → 循环甲.md embeds itself again; the embed is shown as the note's name. Remove the embed that closes the loop"),
                w.toString());
        assertEquals(4, w.size(), w.toString());
    }

    @Test
    void theWechatFragmentHasTheTextOnceAndAStyledFallback() {
        String text = wechat.text();
        for (String t : NoteEmbedFolder.EMBEDDED) assertEquals(1, count(text, t), t + " in " + text);
        for (String t : NoteEmbedFolder.LEFT_OUT) assertEquals(0, count(text, t), t + " in " + text);
        for (String t : NoteEmbedFolder.FALLBACKS) assertTrue(text.contains(t), t);
        assertTrue(wechat.select("[class], [id], style, script").isEmpty(), "only inline styles");
        Element fallback = wechat.select("span").stream().filter(s -> s.text().equals("不存在的笔记")).findFirst().orElseThrow();
        assertTrue(fallback.attr("style").contains("color"), fallback.outerHtml());
    }

    @Test
    void embedsNestAtMostEightDeep() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("深/文"));
        for (int i = 1; i <= 10; i++) Files.writeString(folder.resolve("层" + i + ".md"), "第" + i + "层。\n\n![[层" + (i + 1) + "]]\n");
        Files.writeString(folder.resolve("层11.md"), "最底层。\n");
        Inkstone.Result r = build(folder.resolve("层1.md"), "html");
        String text = Jsoup.parse(Files.readString(dir.resolve("深/out/层1.html"))).text();
        assertTrue(text.contains("第 9 层。") && !text.contains("第 10 层。"), text); // Han–Latin spacing, on by default
        assertTrue(warnings(r).stream().anyMatch(m -> m.startsWith(folder.resolve("层9.md") + ":3: warning: embeds nest more than 8"
                + " notes deep (层1.md → 层2.md")), warnings(r).toString());
    }

    @Test
    void aNoteEmbedsItsOwnSectionAndItsImagesComeFromItsFolder() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("自/文"));
        Files.createDirectories(folder.resolve("子/图"));
        Files.write(folder.resolve("子/图/点.png"), java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="));
        Files.writeString(folder.resolve("子/带图.md"), "![示意](图/点.png)\n");
        Files.writeString(folder.resolve("主.md"), "# 主\n\n![[#附录]]\n\n![[带图]]\n\n## 附录\n\n附录的话。\n");
        Inkstone.Result r = build(folder.resolve("主.md"), "html");
        Document html = Jsoup.parse(Files.readString(dir.resolve("自/out/主.html")));
        assertEquals(2, count(html.text(), "附录的话。"), html.text());
        assertEquals(1, html.select("figure img").size(), html.select("figure").outerHtml());
        assertEquals(List.of(), warnings(r));
    }

    @Test
    void aNoteInGbkIsReadWithAWarningNamingIt() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("码/文"));
        Files.write(folder.resolve("旧笔记.md"), "用记事本保存的旧笔记，编码是国标。\n".repeat(3).getBytes(Charset.forName("GB18030")));
        Files.writeString(folder.resolve("主.md"), "![[旧笔记]]\n");
        Inkstone.Result r = build(folder.resolve("主.md"), "html");
        assertTrue(Jsoup.parse(Files.readString(dir.resolve("码/out/主.html"))).text().contains("用记事本保存的旧笔记"));
        assertTrue(warnings(r).stream().anyMatch(m -> m.startsWith(folder.resolve("旧笔记.md") + ": warning: read as GB18030")),
                warnings(r).toString());
    }

    @Test
    void aNoteOutsideTheFolderIsNotEmbedded() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("外/文"));
        Files.writeString(dir.resolve("外/秘密.md"), "不该出现的秘密。\n", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("主.md"), "![[../秘密]]\n\n![[秘密]]\n");
        Inkstone.Result r = build(folder.resolve("主.md"), "html");
        String text = Jsoup.parse(Files.readString(dir.resolve("外/out/主.html"))).text();
        assertTrue(!text.contains("不该出现的秘密"), text);
        List<String> w = warnings(r);
        assertTrue(w.get(0).startsWith(folder.resolve("主.md") + ":1: warning: note '../秘密.md' lies outside the document's folder"), w.toString());
        assertTrue(w.get(1).startsWith(folder.resolve("主.md") + ":3: warning: note '秘密.md' to embed not found"), w.toString());
    }

    @Test
    void twoNotesOfOneNameTheNearestIsEmbeddedWithAWarning() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("重/文"));
        Files.createDirectories(folder.resolve("甲/乙"));
        Files.writeString(folder.resolve("甲/同名.md"), "浅处的同名笔记。\n");
        Files.writeString(folder.resolve("甲/乙/同名.md"), "深处的同名笔记。\n");
        Files.writeString(folder.resolve("主.md"), "![[同名]]\n\n![[甲/乙/同名]]\n");
        Inkstone.Result r = build(folder.resolve("主.md"), "html");
        String text = Jsoup.parse(Files.readString(dir.resolve("重/out/主.html"))).text();
        assertTrue(text.indexOf("浅处的同名笔记") < text.indexOf("深处的同名笔记") && text.indexOf("浅处的同名笔记") >= 0, text);
        assertEquals(Set.of(folder.resolve("主.md") + ":1: warning: several notes are named '同名.md' (甲/同名.md, 甲/乙/同名.md);"
                + " embedding 甲/同名.md. Write the note's path, as ![[folder/同名]], to choose another"), Set.copyOf(warnings(r)));
    }

    @Test
    void aNoteEmbeddedTwiceKeepsItsHeadingIdsUnique() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("双/文"));
        Files.writeString(folder.resolve("术语.md"), "## 术语表 {#glossary}\n\n术语的解释。\n");
        Files.writeString(folder.resolve("主.md"), "# 主\n\n![[术语]]\n\n![[术语#术语表]]\n\n[回到术语表](#glossary)\n");
        build(folder.resolve("主.md"), "html");
        Document html = Jsoup.parse(Files.readString(dir.resolve("双/out/主.html")));
        assertEquals(List.of("主", "glossary", "glossary-1"), html.select("h1, h2").eachAttr("id"));
        assertEquals("#glossary", html.selectFirst("a:contains(回到术语表)").attr("href"));
    }
}
