package org.inkstone.render.html;

import org.inkstone.render.xhtml.FragmentIds;
import org.jsoup.nodes.Element;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The links and images of a web book's pages, once the book is cut into pages. A link to
 * {@code #id} (between chapters, to a footnote and back, in a {@code [TOC]}) stays {@code #id} when
 * the id is on the same page and becomes {@code ../part2/water.html#id} when it is on another; a
 * fragment no page holds is left as it is (the writer has warned about it). Local images were
 * linked from the book's folder; a page in a subfolder gets one {@code ../} per folder in front.
 */
final class PageLinks {
    private PageLinks() {}

    static void resolve(List<WebPage> pages) {
        Map<String, String> pageOf = new HashMap<>();
        for (WebPage page : pages) {
            for (Element e : page.article().select("[id]")) pageOf.putIfAbsent(e.id(), page.file());
        }
        for (WebPage page : pages) {
            for (Element a : page.article().select("a[href^=#]")) {
                String href = a.attr("href");
                String target = pageOf.get(FragmentIds.decoded(href.substring(1)));
                if (target != null && !target.equals(page.file())) a.attr("href", PageUrls.between(page.file(), target) + href);
            }
        }
    }

    /** @param localImages the {@code src} of every local image, as linked from the book's folder */
    static void rebaseImages(List<WebPage> pages, Set<String> localImages) {
        for (WebPage page : pages) {
            String up = PageUrls.toRoot(page.file());
            if (up.isEmpty()) continue;
            for (Element img : page.article().select("img[src]")) {
                if (localImages.contains(img.attr("src"))) img.attr("src", up + img.attr("src"));
            }
        }
    }
}
