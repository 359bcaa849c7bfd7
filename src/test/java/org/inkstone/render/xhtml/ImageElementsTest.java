package org.inkstone.render.xhtml;

import org.inkstone.TestDocs;
import org.inkstone.diagnostic.Diagnostics;
import org.inkstone.model.Image;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Images in the shared writer: Markdown images and {@code <img>} written as raw HTML go through the
 * output's resolver alike, each once, with the line it was written on, and one that cannot be had
 * becomes the same placeholder.
 */
class ImageElementsTest {
    private record Call(String src, int line) {}

    /** Resolves {@code images/…} to {@code resolved/images/…} except missing and gone ones, and records every call. */
    private static final class Recording implements ImageResolver {
        final List<Call> calls = new ArrayList<>();

        @Override
        public Resolved resolve(Image image) {
            calls.add(new Call(image.src(), image.line()));
            boolean there = image.src().startsWith("images/") && !image.src().contains("missing") && !image.src().contains("gone");
            return there ? Resolved.at("resolved/" + image.src()) : Resolved.unavailable();
        }
    }

    private static Element write(String markdown, ImageResolver images) {
        Diagnostics d = new Diagnostics("t.md");
        return new XhtmlWriter(images, d).article(TestDocs.build(markdown, d));
    }

    @Test
    void everyImageIsResolvedOnceAtTheLineItWasWrittenOn() {
        Recording images = new Recording();
        write(TestDocs.RAW_HTML_IMAGES, images);
        assertEquals(List.of(new Call("images/figure.png", 4), new Call("images/missing.png", 7),
                new Call("../../../etc/passwd", 9), new Call("https://example.invalid/raw.png", 11),
                new Call("images/photo.jpg", 13), new Call("images/gone.png", 13)), images.calls);
    }

    @Test
    void rawImagesInsideABlockAreReportedAtTheirOwnLine() {
        Recording images = new Recording();
        Element article = write("""
                正文。

                <div class="gallery">
                <img src="images/one.png" alt="一">
                <img src="images/two.png" alt="二"><img src="images/missing.png">
                </div>
                """, images);
        assertEquals(List.of(new Call("images/one.png", 4), new Call("images/two.png", 5), new Call("images/missing.png", 5)),
                images.calls);
        assertEquals(List.of("resolved/images/one.png", "resolved/images/two.png"),
                article.select("div.raw-html div.gallery > img").eachAttr("src"));
        assertEquals("图片无法显示：images/missing.png", article.selectFirst("div.gallery > span.image-missing").text(),
                "without alt text the placeholder names the file");
    }

    @Test
    void aRawImageKeepsItsAttributesOrBecomesTheMarkdownPlaceholder() {
        Element article = write(TestDocs.RAW_HTML_IMAGES, new Recording());
        Element img = article.selectFirst("img[alt=居中的原始图]");
        assertEquals("resolved/images/figure.png", img.attr("src"));
        assertEquals("120", img.attr("width"), "its width stays for the outputs to size it");
        assertEquals(List.of("图片无法显示：不存在的原始图", "图片无法显示：越界的原始图", "图片无法显示：远程的原始图",
                "图片无法显示：缺失的 Markdown 图"), article.select("span.image-missing").eachText());
        Element raw = article.select("span.image-missing").get(0);
        Element markdown = article.select("span.image-missing").get(3);
        assertEquals("img", raw.attr("role"));
        assertEquals("不存在的原始图", raw.attr("aria-label"));
        assertEquals(markdown.attributes().asList().stream().map(a -> a.getKey()).toList(),
                raw.attributes().asList().stream().map(a -> a.getKey()).toList(), "the same placeholder as a Markdown image's");
        assertFalse(article.outerHtml().contains("passwd"), "nothing of the refused path reaches the output");
    }

    @Test
    void markdownImagesBetweenRawTagsAreResolvedOnceAndKeepTheirSize() {
        Recording images = new Recording();
        Element article = write("前 <span style=\"color: #c00\">红 ![[images/photo.jpg|300]]</span> 后"
                + " ![图](images/a.png \"标题\") <b>粗</b>。\n", images);
        assertEquals(List.of(new Call("images/photo.jpg", 1), new Call("images/a.png", 1)), images.calls);
        Element p = article.selectFirst("p");
        assertEquals(2, p.select("img").size(), p.outerHtml());
        Element sized = p.selectFirst("span > img");
        assertEquals("resolved/images/photo.jpg", sized.attr("src"));
        assertEquals("300", sized.attr("width"));
        assertTrue(sized.hasClass("inline-image"));
        assertEquals("标题", p.select("img").get(1).attr("title"));
        assertEquals("粗", p.selectFirst("b").text(), "the raw tags still pair up");
    }

    @Test
    void aRawImageWithoutAltTextGetsAnEmptyOne() {
        Element article = write("<img src=\"images/a.png\">\n", new Recording());
        Element img = article.selectFirst("img");
        assertTrue(img.hasAttr("alt"));
        assertEquals("", img.attr("alt"));
    }

    @Test
    void aRawImageInALineOfTextStaysInTheLine() {
        Element article = write("""
                图标 <img src="images/icon.png" alt="图标" width="16"> 在文字中间。

                <p align="center"><img src="images/figure.png" alt="居中"></p>

                文字 <a href="https://example.com"><img src="images/icon.png" alt="链接图标"></a> 与 **<img src="images/icon.png" alt="粗体图标">** 文字。

                <div>块里的文字 <img src="images/icon.png" alt="块内图标"> 继续。</div>
                """, new Recording());
        for (String alt : List.of("链接图标", "粗体图标", "块内图标")) {
            Element img = article.selectFirst("img[alt=" + alt + "]");
            assertTrue(img.hasClass("inline-image"), img.outerHtml());
        }
        Element icon = article.selectFirst("img[alt=图标]");
        assertTrue(icon.hasClass("inline-image"), icon.outerHtml());
        assertEquals("16", icon.attr("width"));
        Element figure = article.selectFirst("img[alt=居中]");
        assertFalse(figure.hasClass("inline-image"), figure.outerHtml());
    }

    @Test
    void anEditorNoteOverSeveralLinesInABlockDoesNotShiftTheLinesAfterIt() {
        Recording images = new Recording();
        write("""
                正文。

                <div>
                <!-- 两行的
                编辑批注 -->
                <img src="images/gone1.png" alt="缺">
                </div>
                """, images);
        assertEquals(List.of(new Call("images/gone1.png", 6)), images.calls);
    }
}
