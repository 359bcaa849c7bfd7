package org.inkstone.render.epub;

import org.inkstone.diagnostic.Diagnostics;
import org.inkstone.render.LocalizedLabels;
import org.jsoup.nodes.Element;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Makes the shared writer's article valid EPUB 3 XHTML. The writer's own markup already is; what
 * this fixes comes from raw HTML in the Markdown (which HTML browsers forgive and EPUBCheck does
 * not) and from features e-readers render poorly:
 * <ul>
 *   <li>task-list check boxes become ☐ / ☑ (many readers show no form controls);</li>
 *   <li>obsolete HTML ({@code <center>}, {@code <font>}, {@code align=}, {@code <a name>} …) becomes CSS and ids;</li>
 *   <li>inline styles that load files ({@code url(…)}) are removed (an EPUB references nothing outside itself);</li>
 *   <li>a block element inside a paragraph or other phrasing element becomes a {@code <span>};</li>
 *   <li>a repeated id keeps only its first element.</li>
 * </ul>
 */
final class XhtmlConformance {
    private static final Set<String> PHRASING_ONLY = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "span", "em", "strong",
            "b", "i", "u", "s", "del", "mark", "sub", "sup", "code", "small", "q", "cite", "abbr", "label", "pre", "dt",
            "kbd", "samp", "var", "dfn", "time", "bdi", "bdo", "summary", "rt", "rp", "ruby", "caption");
    private static final Set<String> FLOW_CONTAINERS = Set.of("div", "li", "td", "th", "dd", "blockquote", "section",
            "article", "aside", "figure", "figcaption", "body", "details", "header", "footer", "nav", "main");
    private static final Set<String> FLOW_ONLY = Set.of("div", "p", "ul", "ol", "dl", "table", "blockquote", "pre", "figure",
            "aside", "section", "article", "nav", "header", "footer", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "details",
            "address", "main", "li", "dt", "dd", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "colgroup", "col",
            "figcaption", "summary");

    private final LocalizedLabels labels;
    private final Diagnostics diagnostics;
    private final Set<String> removed = new TreeSet<>();

    XhtmlConformance(LocalizedLabels labels, Diagnostics diagnostics) {
        this.labels = labels;
        this.diagnostics = diagnostics;
    }

    void apply(Element root) {
        taskBoxes(root);
        obsolete(root);
        blocksInPhrasing(root);
        uniqueIds(root);
        if (!removed.isEmpty()) {
            diagnostics.warn(0, "raw HTML: " + String.join("; ", removed) + " (not possible in an EPUB)");
        }
    }

    private void taskBoxes(Element root) {
        for (Element box : root.select("li.task-item > input[type=checkbox]")) {
            boolean done = box.hasAttr("checked");
            box.replaceWith(new Element("span").addClass("task-box").attr("role", "img")
                    .attr("aria-label", done ? labels.taskDone() : labels.taskOpen()).text(done ? "☑" : "☐"));
        }
    }

    private void obsolete(Element root) {
        for (Element e : root.select("*")) {
            switch (e.normalName()) {
                case "center" -> { e.tagName("div"); addStyle(e, "text-align: center"); }
                case "font" -> {
                    e.tagName("span");
                    if (e.hasAttr("color")) addStyle(e, "color: " + e.attr("color").replaceAll("[;\"'<>]", ""));
                    if (e.hasAttr("face")) addStyle(e, "font-family: " + e.attr("face").replaceAll("[;\"'<>]", ""));
                    e.removeAttr("color").removeAttr("face").removeAttr("size");
                }
                case "strike" -> e.tagName("s");
                case "tt" -> e.tagName("code");
                default -> { }
            }
            if (e.hasAttr("align")) {
                String a = e.attr("align").strip().toLowerCase(Locale.ROOT);
                if (!e.normalName().equals("img") && a.matches("left|right|center|justify")) addStyle(e, "text-align: " + a);
                e.removeAttr("align");
            }
            if (e.hasAttr("valign")) {
                String v = e.attr("valign").strip().toLowerCase(Locale.ROOT);
                if (v.matches("top|middle|bottom|baseline")) addStyle(e, "vertical-align: " + v);
                e.removeAttr("valign");
            }
            for (String dim : new String[] {"width", "height"}) {
                if (!e.hasAttr(dim)) continue;
                String v = e.attr(dim).strip();
                boolean img = e.normalName().equals("img");
                if (img && v.matches("\\d+")) continue;
                if (v.matches("\\d+(\\.\\d+)?%?")) addStyle(e, dim + ": " + v + (v.endsWith("%") ? "" : "px"));
                e.removeAttr(dim);
            }
            if (e.normalName().equals("a") && e.hasAttr("name")) {
                if (!e.hasAttr("id") && e.attr("name").matches("\\S+")) e.id(e.attr("name"));
                e.removeAttr("name");
            }
            if (e.hasAttr("style") && e.attr("style").toLowerCase(Locale.ROOT).contains("url(")) {
                e.removeAttr("style");
                removed.add("removed a style that loads a file with url(…)");
            }
        }
    }

    private static void addStyle(Element e, String declaration) {
        String style = e.attr("style").strip();
        e.attr("style", style.isEmpty() ? declaration : style + (style.endsWith(";") ? " " : "; ") + declaration);
    }

    /** A block element whose nearest container only takes phrasing content (a {@code <div>} inside a {@code <p>}). */
    private void blocksInPhrasing(Element root) {
        for (Element e : root.select("*")) {
            if (e == root || !FLOW_ONLY.contains(e.normalName()) || !insidePhrasing(e)) continue;
            if (e.normalName().equals("hr")) {
                e.remove();
                continue;
            }
            e.tagName("span");
            removed.add("turned a block element inside a paragraph or heading into inline text");
        }
    }

    private static boolean insidePhrasing(Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            String name = p.normalName();
            if (PHRASING_ONLY.contains(name)) return true;
            if (FLOW_CONTAINERS.contains(name) || name.equals("ul") || name.equals("ol") || name.equals("dl")
                    || name.equals("table") || name.equals("tbody") || name.equals("thead") || name.equals("tr")) return false;
        }
        return false;
    }

    private static void uniqueIds(Element root) {
        Set<String> seen = new HashSet<>();
        for (Element e : root.select("[id]")) {
            if (!seen.add(e.id())) e.removeAttr("id");
        }
    }
}
