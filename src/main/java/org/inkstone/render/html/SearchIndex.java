package org.inkstone.render.html;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The web book's search index, built with the book: {@code search-index.js}, a script that assigns
 * {@code window.inkstoneSearchIndex} an array with one entry per heading of every page,
 * {@code {page, anchor, chapter, title, text}} (the page relative to the book's folder, the heading's
 * id, the chapter's title, the heading's text, and the text up to the next heading). A script
 * rather than JSON, so that a page opened from disk ({@code file://}, where {@code fetch} is refused)
 * can load it with a {@code <script>} element. Notes, line numbers and note marks are left out.
 */
final class SearchIndex {
    /** The global the index is assigned to, which {@code book.js} reads. */
    static final String VARIABLE = "inkstoneSearchIndex";

    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    /** One searchable stretch of a page. */
    record Entry(String page, String anchor, String chapter, String title, String text) {}

    private SearchIndex() {}

    static List<Entry> entries(List<WebPage> pages) {
        List<Entry> entries = new ArrayList<>();
        for (WebPage page : pages) {
            String chapter = page.chapter().title();
            String anchor = "";
            String title = chapter;
            StringBuilder text = new StringBuilder();
            boolean open = false;
            for (Element block : page.article().children()) {
                if (block.hasClass("footnotes")) continue;
                if (HEADINGS.contains(block.normalName())) {
                    if (open) entries.add(new Entry(page.file(), anchor, chapter, title, text.toString().strip()));
                    anchor = block.id();
                    title = textOf(block);
                    text.setLength(0);
                    open = true;
                    continue;
                }
                String own = textOf(block);
                if (own.isEmpty()) continue;
                if (!text.isEmpty()) text.append(' ');
                text.append(own);
                open = true;
            }
            if (open) entries.add(new Entry(page.file(), anchor, chapter, title, text.toString().strip()));
        }
        return entries;
    }

    /**
     * The text a reader would search for, as {@link Element#text()} gives it (blocks and line breaks
     * apart, white space collapsed) but without line numbers, note marks, links back from notes and
     * editor notes' labels; read in one pass, without copying the block.
     */
    private static String textOf(Element block) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.filter(new NodeFilter() {
            @Override public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    out.append(t.getWholeText());
                } else if (node instanceof Element e) {
                    if (leftOut(e)) return FilterResult.SKIP_ENTIRELY;
                    if (e.isBlock() || e.nameIs("br")) out.append(' ');
                }
                return FilterResult.CONTINUE;
            }

            @Override public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e && e.isBlock()) out.append(' ');
                return FilterResult.CONTINUE;
            }
        }, block);
        return WHITE_SPACE.matcher(out).replaceAll(" ").strip();
    }

    private static boolean leftOut(Element e) {
        return e.hasClass("line-number") || e.hasClass("editor-note-label")
                || e.nameIs("sup") && e.hasClass("footnote-ref") || e.nameIs("a") && e.hasClass("footnote-back");
    }

    /** {@code search-index.js}. */
    static String script(List<Entry> entries) {
        StringBuilder out = new StringBuilder("window.").append(VARIABLE).append(" = [");
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            out.append(i == 0 ? "\n" : ",\n")
                    .append("{\"page\":").append(json(e.page()))
                    .append(",\"anchor\":").append(json(e.anchor()))
                    .append(",\"chapter\":").append(json(e.chapter()))
                    .append(",\"title\":").append(json(e.title()))
                    .append(",\"text\":").append(json(e.text())).append('}');
        }
        return out.append("\n];\n").toString();
    }

    /**
     * {@code s} as a JSON string that is also valid JavaScript: quotes, backslashes, control
     * characters, U+2028/U+2029 and unpaired surrogates escaped; other characters as they are (the
     * file is UTF-8, like the pages that load it).
     */
    static String json(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c == '\n') {
                b.append("\\n");
            } else if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029' || unpaired(s, i)) {
                b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }

    private static boolean unpaired(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        if (Character.isLowSurrogate(c)) return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
        return false;
    }
}
