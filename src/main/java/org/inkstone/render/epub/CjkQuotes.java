package org.inkstone.render.epub;

import org.inkstone.diagnostic.Diagnostics;
import org.inkstone.font.ChinesePunctuationFace;
import org.inkstone.font.FontCache;
import org.inkstone.font.FontFace;
import org.inkstone.render.xhtml.CjkMarks;
import org.inkstone.render.xhtml.TextRuns;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;

/**
 * Full-width Chinese quotes in the EPUB, as the PDF sets them. LXGW WenKai, the
 * embedded face, draws {@code “ ” ‘ ’} as narrow Latin quotes; in Chinese text they should take a full
 * em, the mark on the inner side of its square, as {@code （ ）} do. The text itself never changes:
 * <ul>
 *   <li>{@link #wrap} puts each Chinese quote of the book's text ({@link CjkMarks#chineseQuotes}, decided
 *   over a whole block's text in reading order, inline elements included, as the PDF's step does: a quote
 *   whose partner sits in another text node, {@code “<strong>重点</strong>”}, is judged as a pair) in a
 *   {@code <span class="cjk-quote">}. Code, preformatted text, formulas and footnote references are left
 *   alone and count as neither Chinese nor Latin. Quotes in Latin text ({@code He said “hi”.}) stay as they are.</li>
 *   <li>{@link #embed} adds the {@link ChinesePunctuationFace} derived from each face of the body family
 *   (quotes only, nothing halved; made once per font version in the {@link FontCache}) as one more font
 *   file, with its {@code @font-face} and the rule {@code .cjk-quote { font-family: "Inkstone CJK
 *   Punctuation", <the body stack> }}. Without embedded fonts ({@code --no-embed-fonts}) there is no
 *   rule: the spans are plain spans and the reader's fonts draw the quotes.</li>
 * </ul>
 * Unlike OpenHTMLtoPDF, reading systems break lines across inline elements' edges by the text's own
 * rules, so the span holds the quote alone.
 */
final class CjkQuotes {
    static final String CLASS = "cjk-quote";

    private CjkQuotes() {}

    /** Wraps the Chinese quotes under {@code root}. @return how many were wrapped */
    static int wrap(Element root) {
        List<TextRuns.Run> runs = TextRuns.of(root, e -> e.hasClass("footnote-ref"));
        int wrapped = 0;
        for (TextRuns.Run run : runs) wrapped += rewrite(run);
        return wrapped;
    }

    private static int rewrite(TextRuns.Run run) {
        if (run.nodes().isEmpty()) return 0;
        BitSet quotes = CjkMarks.chineseQuotes(run.text());
        if (quotes.isEmpty()) return 0;
        int wrapped = 0;
        for (int n = 0; n < run.nodes().size(); n++) {
            TextNode node = run.nodes().get(n);
            int from = run.start(n);
            int to = from + node.getWholeText().length();
            int next = quotes.nextSetBit(from);
            if (next < 0 || next >= to) continue;
            String text = node.getWholeText();
            int plain = 0;
            for (int i = next; i >= 0 && i < to; i = quotes.nextSetBit(i + 1)) {
                int at = i - from;
                if (plain < at) node.before(new TextNode(text.substring(plain, at)));
                node.before(new Element("span").addClass(CLASS).appendChild(new TextNode(String.valueOf(text.charAt(at)))));
                plain = at + 1;
                wrapped++;
            }
            if (plain < text.length()) node.before(new TextNode(text.substring(plain)));
            node.remove();
        }
        return wrapped;
    }

    /**
     * The derived faces as font files and the CSS that uses them (none when the body family's faces lack
     * the curly quotes or cannot be read: the quotes then keep the body face, with a warning).
     *
     * @param faces     the theme's faces
     * @param bodyStack the theme's body font stack ({@code body-font}), "" when it names none
     * @param monoFamily the code family, never the body family
     */
    static BookFonts.Embedded embed(FontCache cache, List<FontFace> faces, String bodyStack, String monoFamily,
                                    Diagnostics diagnostics) {
        String body = bodyFamily(faces, bodyStack, monoFamily);
        if (body == null) return BookFonts.Embedded.none();
        List<Resource> files = new ArrayList<>();
        StringBuilder css = new StringBuilder();
        long total = 0;
        for (FontFace face : faces) {
            if (!face.family().equals(body)) continue;
            byte[] derived;
            try {
                derived = cache.chinesePunctuation(cache.faces().load(face), ""); // made once per face version
            } catch (RuntimeException e) { // FontException among them
                diagnostics.warn(0, face.file() + ": no full-width Chinese quotes can be made from this face ("
                        + e.getMessage() + "); the EPUB's quotes keep its narrow ones");
                continue;
            }
            String suffix = face.weight() + (face.italic() ? "-italic" : "");
            String href = "fonts/inkstone-cjk-quotes-" + suffix + ".ttf";
            files.add(new Resource("font-cjk-quotes-" + suffix, href, "font/ttf", "", derived));
            total += derived.length;
            css.append("@font-face {\n  font-family: \"").append(ChinesePunctuationFace.FAMILY).append("\";\n")
                    .append("  font-style: ").append(face.italic() ? "italic" : "normal").append(";\n")
                    .append("  font-weight: ").append(face.weight()).append(";\n")
                    .append("  src: url(\"../").append(href).append("\") format(\"truetype\");\n}\n");
        }
        if (files.isEmpty()) return BookFonts.Embedded.none();
        String stack = bodyStack.isBlank() ? "\"" + body.replace("\"", "") + "\", serif" : bodyStack.strip();
        css.append("/* Chinese curly quotes, full width (the face holds only ‘ ’ “ ”; the rest falls to the body stack) */\n")
                .append(".").append(CLASS).append(" {\n  font-family: \"").append(ChinesePunctuationFace.FAMILY)
                .append("\", ").append(stack).append(";\n}\n");
        return new BookFonts.Embedded(files, css.toString(), total);
    }

    /** The first family of the body stack that a theme face has; else the first family that is not the code family. */
    static String bodyFamily(List<FontFace> faces, String bodyStack, String monoFamily) {
        for (String name : bodyStack.split(",")) {
            String family = name.strip().replaceAll("^[\"']|[\"']$", "");
            for (FontFace f : faces) if (f.family().equalsIgnoreCase(family)) return f.family();
        }
        for (FontFace f : faces) {
            String lower = f.family().toLowerCase(Locale.ROOT);
            if (!f.family().equalsIgnoreCase(monoFamily) && !lower.contains("mono")) return f.family();
        }
        return null;
    }
}
