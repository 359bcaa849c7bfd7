package org.inkstone.render.xhtml;

import org.inkstone.diagnostic.Diagnostics;
import org.inkstone.diagnostic.Failure;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Makes raw HTML from the Markdown safe and well-formed: safe tags, their plain attributes and
 * inline styles survive; scripts, event handlers, frames and forms go, with a warning that names
 * what was removed. A link ({@code href}, {@code cite}) the {@link AllowedUrls} rule refuses loses
 * its target, with the same warning at its line as a Markdown link; an {@code <img src>} is judged
 * by {@link ImageElements}, which every caller runs on the result, with Markdown images. Elements of
 * the result know where they were written in the input ({@link Element#sourceRange()}). HTML it
 * fails on is shown as escaped text, with a warning.
 */
final class RawHtmlSanitizer {
    private static final String[] TAGS = {
            "a", "abbr", "b", "bdi", "bdo", "blockquote", "br", "caption", "center", "cite", "code", "col", "colgroup",
            "dd", "del", "details", "dfn", "div", "dl", "dt", "em", "figcaption", "figure", "font", "h1", "h2", "h3", "h4",
            "h5", "h6", "hr", "i", "img", "ins", "kbd", "li", "mark", "ol", "p", "pre", "q", "rp", "rt", "ruby", "s",
            "samp", "section", "small", "span", "strike", "strong", "sub", "summary", "sup", "table", "tbody", "td",
            "tfoot", "th", "thead", "time", "tr", "tt", "u", "ul", "var", "wbr", "aside", "article", "header", "footer",
            "nav", "input", "label"};
    /** Attributes that link somewhere ({@code src} is an image's, judged with the images). */
    private static final Set<String> LINK_ATTRIBUTES = Set.of("href", "cite");

    private static final Safelist SAFELIST = build();

    private static Safelist build() {
        Safelist s = new Safelist().addTags(TAGS)
                .addAttributes(":all", "class", "style", "title", "lang", "dir", "align", "valign", "width", "height",
                        "role", "aria-label", "aria-hidden", "data-kind", "data-lang")
                .addAttributes("a", "href", "id", "name", "rel")
                .addAttributes("sup", "id")
                .addAttributes("li", "id")
                .addAttributes("img", "src", "alt")
                .addAttributes("ol", "start", "type", "reversed")
                .addAttributes("td", "colspan", "rowspan").addAttributes("th", "colspan", "rowspan", "scope")
                .addAttributes("col", "span").addAttributes("colgroup", "span")
                .addAttributes("font", "color", "size", "face")
                .addAttributes("input", "type", "checked", "disabled")
                .addAttributes("time", "datetime")
                .addAttributes("details", "open")
                .addAttributes("blockquote", "cite").addAttributes("q", "cite");
        return s;
    }

    private final Diagnostics diagnostics;
    private final Function<String, org.jsoup.nodes.Document> parser;

    RawHtmlSanitizer(Diagnostics diagnostics) {
        this(diagnostics, RawHtmlSanitizer::parse);
    }

    /** With this HTML parser instead of jsoup's (tests give one that fails). */
    RawHtmlSanitizer(Diagnostics diagnostics, Function<String, org.jsoup.nodes.Document> parser) {
        this.diagnostics = diagnostics;
        this.parser = parser;
    }

    /** The safe nodes of the source's HTML, ready to be moved into the output tree; its text, when it cannot be made safe. */
    List<Node> clean(RawHtmlSource source) {
        try {
            return sanitise(source);
        } catch (RuntimeException | StackOverflowError e) {
            diagnostics.warn(source.firstLine(), "raw HTML could not be read (" + Failure.describe(e) + "); it is shown as text");
            return List.of(new TextNode(source.html()));
        }
    }

    private List<Node> sanitise(RawHtmlSource source) {
        org.jsoup.nodes.Document dirty = parser.apply(source.html());
        Set<String> removed = new TreeSet<>();
        for (Element e : dirty.body().select("*")) {
            if (e == dirty.body()) continue;
            String tag = e.normalName();
            if (!SAFELIST.isSafeTag(tag)) { removed.add("<" + tag + ">"); continue; }
            for (Attribute a : e.attributes()) {
                if (!SAFELIST.isSafeAttribute(tag, e, a)) removed.add(a.getKey() + "=");
                else if (LINK_ATTRIBUTES.contains(a.getKey()) && !AllowedUrls.link(a.getValue())) {
                    diagnostics.warn(source.lineOf(e), AllowedUrls.linkRemoved(a.getValue()));
                }
                else if (a.getKey().equals("style") && AllowedUrls.scriptStyle(a.getValue())) removed.add("style=\"…script…\"");
            }
        }
        org.jsoup.nodes.Document clean = new Cleaner(SAFELIST).clean(dirty);
        for (Element e : clean.body().select("[href], [cite], [style]")) {
            for (String key : LINK_ATTRIBUTES) if (e.hasAttr(key) && !AllowedUrls.link(e.attr(key))) e.removeAttr(key);
            if (e.hasAttr("style") && AllowedUrls.scriptStyle(e.attr("style"))) e.removeAttr("style");
        }
        if (!removed.isEmpty()) {
            diagnostics.warn(source.firstLine(), "raw HTML: removed " + String.join(", ", removed)
                    + " (scripts, event handlers and unknown tags never reach the output)");
        }
        return new ArrayList<>(clean.body().childNodes());
    }

    /**
     * As {@code Jsoup.parseBodyFragment}, with each element's position in {@code html} recorded
     * ({@link Element#sourceRange()}); the cleaner's copies keep it, so a caller can tell where an
     * element of the result was written.
     */
    private static org.jsoup.nodes.Document parse(String html) {
        org.jsoup.nodes.Document doc = org.jsoup.nodes.Document.createShell("");
        doc.body().appendChildren(Parser.htmlParser().setTrackPosition(true).parseFragmentInput(html, doc.body(), ""));
        return doc;
    }
}
