package org.inkstone.render.pdf;

import org.inkstone.render.xhtml.CjkEmphasis;
import org.inkstone.theme.Colour;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * 着重号 in the PDF: OpenHTMLtoPDF knows no {@code text-emphasis}, so before layout each character of the
 * writer's {@code .emphasis-dots} text that takes a dot ({@link CjkEmphasis#takesDot}: not punctuation or a
 * space) is put in a {@code <span class="emphasis-dot">} of its own, whose background is a dot centred below
 * it. The dot is an image (a page artifact), never a character: the text layer reads exactly as the source,
 * and a justified line, which spreads its characters, moves each dot with its character.
 *
 * <p>Only characters are wrapped; the punctuation between them stays in the text. Text in code, formulas and
 * footnote references is left as it is.
 */
final class EmphasisDots {
    /** The class of a character's span. */
    static final String DOT_CLASS = "emphasis-dot";
    /** Where the dot image is registered in the {@link ResourceStore}. */
    static final String DOT_PATH = "emphasis-dot.png";
    private static final String LEFT_ALONE = "code, kbd, samp, sup.footnote-ref, span.math-inline, svg";
    /** Pixels across the dot image: drawn at about 0.15em, it is finer than the printer's dots at any text size. */
    private static final int DOT_PIXELS = 48;

    private EmphasisDots() {}

    /**
     * Wraps each dotted character of {@code article} and, when there is one, registers the dot, drawn in
     * {@code ink} (the text colour, {@code #rrggbb}), in {@code resources}.
     *
     * @return the CSS that draws the dots, for before the theme's (which may change their size or place);
     *         "" when nothing is dotted
     */
    static String apply(Element article, ResourceStore resources, String ink) {
        int wrapped = 0;
        for (Element dotted : article.select("." + CjkEmphasis.DOTS.cssClass())) {
            if (dotted.parents().stream().anyMatch(p -> p.hasClass(CjkEmphasis.DOTS.cssClass()))) continue;
            for (TextNode text : texts(dotted)) wrapped += wrap(text);
        }
        if (wrapped == 0) return "";
        String uri = resources.put(DOT_PATH, dot(Colour.parse(ink).map(Colour::rgb).orElse(0)));
        return ".ink-document span." + DOT_CLASS + " {\n"
                + "  background-image: url(\"" + uri + "\");\n"
                + "  background-repeat: no-repeat;\n"
                + "  background-size: 0.15em 0.15em;\n"
                + "  background-position: 50% 100%;\n"
                + "  padding-bottom: 0.12em;\n"
                + "}\n";
    }

    /** The text nodes under {@code dotted}, without those in code, formulas and note references. */
    private static List<TextNode> texts(Element dotted) {
        List<TextNode> texts = new ArrayList<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override public FilterResult head(Node node, int depth) {
                if (node instanceof Element e && e.is(LEFT_ALONE)) return FilterResult.SKIP_ENTIRELY;
                if (node instanceof TextNode t) texts.add(t);
                return FilterResult.CONTINUE;
            }
        }, dotted);
        return texts;
    }

    /** Puts each dotted character of {@code text} in a span; returns how many. */
    private static int wrap(TextNode text) {
        String s = text.getWholeText();
        List<Node> pieces = new ArrayList<>();
        int plainFrom = 0;
        int count = 0;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            int end = i + Character.charCount(c);
            if (CjkEmphasis.takesDot(c)) {
                if (plainFrom < i) pieces.add(new TextNode(s.substring(plainFrom, i)));
                pieces.add(new Element("span").addClass(DOT_CLASS).appendText(s.substring(i, end)));
                plainFrom = end;
                count++;
            }
            i = end;
        }
        if (count == 0) return 0;
        if (plainFrom < s.length()) pieces.add(new TextNode(s.substring(plainFrom)));
        for (Node piece : pieces) text.before(piece);
        text.remove();
        return count;
    }

    /** A filled round dot in {@code ink}, antialiased on a transparent square, as PNG bytes. */
    static byte[] dot(int ink) {
        BufferedImage image = new BufferedImage(DOT_PIXELS, DOT_PIXELS, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(new Color(ink));
            g.fill(new Ellipse2D.Double(0, 0, DOT_PIXELS, DOT_PIXELS));
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException("the emphasis dot could not be drawn: " + e.getMessage(), e);
        }
        return png.toByteArray();
    }
}
