package org.inkstone.render.wechat;

import org.inkstone.render.xhtml.AllowedUrls;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The last step, after the theme is inlined: only what the WeChat editor keeps remains. One root
 * {@code <section>}; block containers become sections; no class, id, data-, aria- or event
 * attributes, no link or image address the {@link AllowedUrls} rule refuses; no {@code <style>},
 * {@code <script>} or form controls.
 */
final class WechatCleanup {
    private static final Set<String> TO_SECTION = Set.of("article", "ul", "ol", "li", "aside", "nav", "header", "footer",
            "div", "dl", "dd", "details");
    private static final Set<String> TO_PARAGRAPH = Set.of("dt", "summary");
    private static final Set<String> TO_SPAN = Set.of("mark", "del", "s", "ins", "kbd", "abbr", "var", "samp", "small", "cite",
            "dfn", "time", "u");
    private static final Set<String> REMOVE = Set.of("style", "script", "input", "button", "form", "iframe", "object",
            "embed", "link", "meta", "template");
    private static final Set<String> KEEP_ATTRIBUTES = Set.of("style", "src", "alt", "href", "width", "height", "colspan",
            "rowspan");
    /** Formulas are inline SVG: outlines only, no ids, no references (the math renderer makes them so). */
    private static final Set<String> SVG_TAGS = Set.of("svg", "path", "title");
    private static final Set<String> SVG_ATTRIBUTES = Set.of("xmlns", "viewbox", "width", "height", "d", "fill",
            "fill-rule", "stroke", "stroke-width", "role", "aria-label", "style", "color", "preserveaspectratio");

    private WechatCleanup() {}

    /** Cleans {@code article} in place and returns it as the root section. */
    static Element apply(Element article) {
        for (Element e : article.select(String.join(", ", REMOVE))) e.remove();
        for (Element svg : article.select("svg")) {
            for (Element e : svg.getAllElements()) if (!SVG_TAGS.contains(e.normalName())) e.remove();
        }
        Set<Element> svgContent = svgContent(article);
        for (Element e : article.getAllElements()) {
            String tag = e.normalName();
            boolean inSvg = SVG_TAGS.contains(tag) && (tag.equals("svg") || svgContent.contains(e));
            if (TO_SECTION.contains(tag)) e.tagName("section");
            else if (TO_PARAGRAPH.contains(tag)) e.tagName("p");
            else if (TO_SPAN.contains(tag)) e.tagName("span");
            List<String> drop = new ArrayList<>();
            for (Attribute a : e.attributes()) {
                String key = a.getKey().toLowerCase(Locale.ROOT);
                if (!(inSvg ? SVG_ATTRIBUTES : KEEP_ATTRIBUTES).contains(key)) drop.add(a.getKey());
                else if (key.equals("href") && !AllowedUrls.link(a.getValue())) drop.add(a.getKey());
                else if (key.equals("src") && !AllowedUrls.image(a.getValue())) drop.add(a.getKey());
                else if (key.equals("href") && !e.normalName().equals("a")) drop.add(a.getKey());
                else if (key.equals("style") && AllowedUrls.scriptStyle(a.getValue())) drop.add(a.getKey());
            }
            drop.forEach(e::removeAttr);
        }
        return article;
    }

    /**
     * Every element inside an {@code <svg>}, found in one pass over each formula's subtree (asking each
     * element for its ancestors' subtrees made a paragraph of n formulas take n² time).
     */
    private static Set<Element> svgContent(Element article) {
        Set<Element> inside = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Element svg : article.select("svg")) {
            if (inside.contains(svg)) continue;
            for (Element e : svg.getAllElements()) if (e != svg) inside.add(e);
        }
        return inside;
    }
}
