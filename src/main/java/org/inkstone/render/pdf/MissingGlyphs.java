package org.inkstone.render.pdf;

import org.inkstone.diagnostic.Diagnostics;
import org.inkstone.font.GlyphCoverage;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Characters no theme font can draw: listed in one warning, and replaced by 〓 (the geta mark, the
 * typesetter's sign for a missing character) so they show as a visible gap instead of falling to
 * a built-in PDF font that draws them as '#'. Invisible format characters (a zero-width joiner, an
 * emoji variation selector) that no font has are simply dropped, and so are skin-tone modifiers,
 * which a black-and-white emoji face would draw as a colour swatch after the emoji.
 */
final class MissingGlyphs {
    static final int STAND_IN = 0x3013;

    private MissingGlyphs() {}

    static void apply(Element body, GlyphCoverage coverage, Diagnostics diagnostics) {
        Coverage covered = new Coverage(coverage);
        // Text with gaps, outside formulas (their SVG holds outlines; its title is only a label): one walk that skips
        // each svg, and each character's fonts asked once (a book has some 120,000 text nodes)
        List<TextNode> texts = new ArrayList<>();
        SortedSet<Integer> missing = new TreeSet<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element e && e.nameIs("svg")) return FilterResult.SKIP_ENTIRELY;
                if (node instanceof TextNode t && t.parent() != null) {
                    String text = t.getWholeText();
                    boolean gaps = false;
                    for (int i = 0; i < text.length(); ) {
                        int cp = text.codePointAt(i);
                        if (!covered.covers(cp)) {
                            missing.add(cp);
                            gaps = true;
                        }
                        i += Character.charCount(cp);
                    }
                    if (gaps || hasToneModifier(text)) texts.add(t);
                }
                return FilterResult.CONTINUE;
            }
        }, body);
        if (texts.isEmpty()) return;
        SortedSet<Integer> shown = new TreeSet<>();
        for (int cp : missing) if (!invisible(cp)) shown.add(cp);
        String standIn = coverage.covers(STAND_IN) ? new String(Character.toChars(STAND_IN)) : "?";
        for (TextNode t : texts) {
            String s = t.getWholeText();
            StringBuilder sb = new StringBuilder(s.length());
            s.codePoints().forEach(cp -> {
                if (toneModifier(cp)) return; // a black-and-white emoji has no skin tone: the modifier would be a swatch
                if (covered.covers(cp)) sb.appendCodePoint(cp);
                else if (!invisible(cp)) sb.append(standIn);
            });
            t.text(sb.toString());
        }
        if (!shown.isEmpty()) {
            diagnostics.warn(GlyphCoverage.firstLine(shown, diagnostics.source()), "no font of the theme has "
                    + (shown.size() == 1 ? "this character: " : "these characters: ")
                    + GlyphCoverage.describe(shown, diagnostics.source(), diagnostics::place) + "; the PDF shows " + standIn + " in their place (add a font that has"
                    + " them to fonts= or print-fallback-fonts= in the theme, or replace them in the text)");
        }
    }

    /** The faces' answer for each code point, asked once: the Basic Multilingual Plane in two bit sets, the rest in a map. */
    private static final class Coverage {
        private final GlyphCoverage faces;
        private final BitSet known = new BitSet(0x10000);
        private final BitSet covered = new BitSet(0x10000);
        private final Map<Integer, Boolean> astral = new HashMap<>();

        Coverage(GlyphCoverage faces) {
            this.faces = faces;
        }

        boolean covers(int cp) {
            if (cp > 0xFFFF) return astral.computeIfAbsent(cp, faces::covers);
            if (!known.get(cp)) {
                known.set(cp);
                if (faces.covers(cp)) covered.set(cp);
            }
            return covered.get(cp);
        }
    }

    private static boolean toneModifier(int cp) {
        return cp >= 0x1F3FB && cp <= 0x1F3FF;
    }

    private static boolean hasToneModifier(String s) {
        return s.indexOf('\uD83C') >= 0 && s.codePoints().anyMatch(MissingGlyphs::toneModifier);
    }

    private static boolean invisible(int cp) {
        return Character.getType(cp) == Character.FORMAT || (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF);
    }
}
