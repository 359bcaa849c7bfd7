package org.inkstone.render.epub;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.BitSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The characters a book shows, sorted by the face that draws them: every character for the regular
 * face; those in headings, {@code <strong>}, table heads and the like for the bold face; those in
 * code and math for the monospaced face; those in {@code <em>} for an italic face. Each set also
 * holds printable ASCII and common Chinese punctuation, so a reader's own additions (list numbers,
 * quotation marks) still find a glyph.
 */
final class UsedCharacters {
    private static final Set<String> BOLD_TAGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6", "strong", "b", "th", "dt", "summary");
    private static final Set<String> BOLD_CLASSES = Set.of("callout-title", "toc-title", "editor-note-label", "title");
    private static final Set<String> MONO_TAGS = Set.of("code", "pre", "kbd", "samp", "tt");
    private static final Set<String> ITALIC_TAGS = Set.of("em", "i", "cite", "dfn", "var");
    private static final String COMMON = "“”‘’，。、：；！？（）《》〈〉「」『』【】—–…·•○●■□☐☑↩→←\u00a0\u3000©®°×÷±";
    private static final Pattern CSS_CONTENT = Pattern.compile("content\\s*:\\s*\"([^\"]*)\"");

    final BitSet all = new BitSet();
    final BitSet bold = new BitSet();
    final BitSet mono = new BitSet();
    final BitSet italic = new BitSet();
    /** Whether any text is shown in the monospaced face at all (code); without, that face is not embedded. */
    boolean monoUsed;

    UsedCharacters() {
        for (BitSet set : new BitSet[] {all, bold, mono, italic}) {
            set.set(0x20, 0x7f);
            COMMON.codePoints().forEach(set::set);
        }
    }

    /** Everything shown inside {@code root}. */
    void add(Element root) {
        walk(root, false, false, false);
    }

    /** Text shown with the body face only (page titles, metadata that appears as text). */
    void addText(String text) {
        text.codePoints().forEach(all::set);
    }

    /** Characters the style sheet adds with {@code content: "…"}. */
    void addCss(String css) {
        Matcher m = CSS_CONTENT.matcher(css);
        while (m.find()) {
            m.group(1).codePoints().forEach(cp -> {
                all.set(cp);
                bold.set(cp);
            });
        }
    }

    private void walk(Node node, boolean inBold, boolean inMono, boolean inItalic) {
        if (node instanceof TextNode t) {
            if (inMono && !t.isBlank()) monoUsed = true;
            t.getWholeText().codePoints().forEach(cp -> {
                all.set(cp);
                if (inBold) bold.set(cp);
                if (inMono) mono.set(cp);
                if (inItalic) italic.set(cp);
            });
            return;
        }
        if (!(node instanceof Element e)) return;
        String name = e.normalName();
        if (name.equals("svg")) return; // formulas are outlines: their label and title are not drawn with a font
        boolean b = inBold || BOLD_TAGS.contains(name) || e.classNames().stream().anyMatch(BOLD_CLASSES::contains);
        boolean m = inMono || MONO_TAGS.contains(name);
        boolean i = inItalic || ITALIC_TAGS.contains(name);
        if (name.equals("img")) addText(e.attr("alt"));
        for (Node child : e.childNodes()) walk(child, b, m, i);
    }
}
