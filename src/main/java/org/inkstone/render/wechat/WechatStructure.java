package org.inkstone.render.wechat;

import org.inkstone.render.LocalizedLabels;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The WeChat-specific reshaping done before the theme is inlined, so the theme can style what it
 * adds (each new element gets a class): literal list markers, code lines as {@code <br>} and
 * no-break spaces, links the editor would refuse turned into numbered references, footnotes as
 * numbered notes, and nothing the reader must not see (editor notes). The writer leaves the title
 * out ({@link org.inkstone.render.xhtml.XhtmlSettings#titleShown()}): it belongs in the editor's own title field.
 */
final class WechatStructure {
    private static final String[] BULLETS = {"•", "◦", "▪"};
    private static final int MAX_INDENT_DEPTH = 3;

    private final LocalizedLabels words;

    /** @param language the document's language, for the words added (notes, references) */
    WechatStructure(String language) {
        this.words = LocalizedLabels.of(language);
    }

    void apply(Element article) {
        article.select(".editor-note").remove();
        article.select("nav.toc a").unwrap();
        footnotes(article);
        links(article);
        lists(article);
        codeBlocks(article);
        softBreaks(article);
    }

    /** Line breaks left in running text (source soft breaks) become spaces: the editor has no use for them. */
    private static void softBreaks(Element article) {
        for (TextNode text : deepTextNodes(article)) {
            if (text.getWholeText().indexOf('\n') < 0 || insidePre(text)) continue;
            text.text(text.getWholeText().replace("\r\n", " ").replace('\n', ' '));
        }
    }

    private static boolean insidePre(Node node) {
        for (Node p = node.parentNode(); p != null; p = p.parentNode()) {
            if (p instanceof Element e && e.normalName().equals("pre")) return true;
        }
        return false;
    }

    // ------------------------------------------------------------ footnotes

    private void footnotes(Element article) {
        for (Element sup : article.select("sup.footnote-ref")) {
            Element a = sup.selectFirst("a");
            String n = a == null ? sup.text() : a.text();
            sup.empty().text(words.noteMark(n));
        }
        Element section = article.selectFirst("section.footnotes");
        if (section == null) return;
        Element notes = new Element("section").addClass("footnotes");
        notes.appendElement("p").addClass("footnotes-title").text(words.footnotes());
        int n = 0;
        for (Element li : section.select("> ol > li")) {
            n++;
            li.select("a.footnote-back").remove();
            Element note = notes.appendElement("section").addClass("footnote");
            for (Node child : new ArrayList<>(li.childNodes())) note.appendChild(child);
            Element first = note.firstElementChild();
            Element target = first != null && first.normalName().equals("p") ? first : note.prependElement("p");
            target.prependChild(new Element("span").addClass("footnote-number").text(words.noteMark(String.valueOf(n)) + "\u00a0"));
            trimTrailingSpace(note);
        }
        section.replaceWith(notes);
    }

    private static void trimTrailingSpace(Element e) {
        for (Element p : e.select("p")) {
            Node last = p.childNodeSize() == 0 ? null : p.childNode(p.childNodeSize() - 1);
            if (last instanceof TextNode t) t.text(t.getWholeText().stripTrailing());
        }
    }

    // ------------------------------------------------------------ links

    private void links(Element article) {
        Map<String, Integer> numbers = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        for (Element a : article.select("a[href]")) {
            String href = a.attr("href").strip();
            if (isWeixin(href)) continue;
            if (!href.regionMatches(true, 0, "http://", 0, 7) && !href.regionMatches(true, 0, "https://", 0, 8)) {
                a.unwrap(); // in-page anchors, mailto:, relative files: nowhere to go inside WeChat
                continue;
            }
            String text = a.text().strip();
            if (text.isEmpty() && a.selectFirst("img") != null) text = a.selectFirst("img").attr("alt");
            if (showsItself(text, href)) {
                // the reader sees the address; a span lets the theme break it anywhere (.url)
                a.tagName("span").clearAttributes().addClass("url");
                continue;
            }
            int number = numbers.computeIfAbsent(href, k -> numbers.size() + 1);
            labels.putIfAbsent(href, text);
            Element mark = new Element("sup").addClass("link-ref").text("[" + number + "]");
            Element figure = a.closest("figure");
            if (figure != null) {
                Element caption = figure.selectFirst("figcaption");
                if (caption != null) caption.appendChild(mark);
                a.unwrap();
            } else {
                a.after(mark);
                a.tagName("span").addClass("link-text").clearAttributes().addClass("link-text");
            }
        }
        if (numbers.isEmpty()) return;
        Element refs = article.appendElement("section").addClass("references");
        refs.appendElement("p").addClass("references-title").text(words.references());
        numbers.forEach((href, n) -> {
            Element p = refs.appendElement("p").addClass("reference");
            p.appendElement("span").addClass("reference-number").text("[" + n + "]");
            String label = labels.get(href);
            if (!label.isEmpty() && !showsItself(label, href)) p.appendText(label + words.colon());
            p.appendElement("span").addClass("reference-url").text(href);
        });
    }

    static boolean isWeixin(String href) {
        try {
            String host = URI.create(href.strip()).getHost();
            return host != null && host.toLowerCase(Locale.ROOT).equals("mp.weixin.qq.com");
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** A link whose text is its own address (a bare URL) needs no reference: the reader sees it. */
    private static boolean showsItself(String text, String href) {
        return bare(text).equals(bare(href));
    }

    private static String bare(String url) {
        String s = url.strip().toLowerCase(Locale.ROOT).replaceFirst("^https?://", "");
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    // ------------------------------------------------------------ lists

    private static void lists(Element article) {
        for (Element list : article.select("ul, ol")) {
            int depth = list.parents().stream().filter(p -> p.normalName().equals("ul") || p.normalName().equals("ol")).toList().size() + 1;
            boolean ordered = list.normalName().equals("ol");
            int number = ordered && list.hasAttr("start") ? parseStart(list.attr("start")) : 1;
            list.addClass("list").addClass("list-depth-" + Math.min(depth, MAX_INDENT_DEPTH));
            if (depth > MAX_INDENT_DEPTH) list.addClass("list-flat");
            for (Element li : list.children()) {
                if (!li.normalName().equals("li")) continue;
                li.addClass("list-item");
                String marker;
                Element box = li.selectFirst("> input[type=checkbox]");
                if (box != null) {
                    marker = box.hasAttr("checked") ? "☑" : "☐";
                    Node after = box.nextSibling();
                    if (after instanceof TextNode t) t.text(t.getWholeText().stripLeading());
                    box.remove();
                } else if (ordered) {
                    marker = number + ".";
                } else {
                    marker = BULLETS[(Math.min(depth, MAX_INDENT_DEPTH) - 1)];
                }
                number++;
                Element first = li.firstElementChild();
                boolean loose = first != null && first.normalName().equals("p") && first == li.childNode(0);
                Element target = loose ? first : li;
                target.prependChild(new Element("span").addClass("list-marker").text(marker + "\u00a0"));
            }
        }
    }

    private static int parseStart(String s) {
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    // ------------------------------------------------------------ code

    /** Every line break becomes {@code <br>}, every space and tab a no-break space: the editor keeps both. */
    private static void codeBlocks(Element article) {
        for (Element code : article.select("pre.code-block > code")) {
            for (TextNode text : deepTextNodes(code)) {
                String[] lines = text.getWholeText().split("\n", -1);
                Node anchor = text;
                for (int i = 0; i < lines.length; i++) {
                    if (i > 0) {
                        Element br = new Element("br");
                        anchor.after(br);
                        anchor = br;
                    }
                    TextNode piece = new TextNode(lines[i].replace("\t", "    ").replace(' ', '\u00a0'));
                    anchor.after(piece);
                    anchor = piece;
                }
                text.remove();
            }
        }
    }

    private static List<TextNode> deepTextNodes(Element e) {
        List<TextNode> out = new ArrayList<>();
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t) out.add(t);
            else if (n instanceof Element child) out.addAll(deepTextNodes(child));
        }
        return out;
    }
}
