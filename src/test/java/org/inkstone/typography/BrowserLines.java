package org.inkstone.typography;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The lines a browser laid out, read back with JavaScript: every character of the text under a root element
 * (code blocks, which scroll rather than wrap, and formulas aside) is measured with
 * {@code Range.getClientRects}, and the characters of each block are cut into lines where the next one starts
 * further left and lower than the one before it (a wrap). Superscripts stay on their line; collapsed white
 * space, which has no box, is left out.
 */
final class BrowserLines {
    /** A Latin word this long may stand alone on a phone's line. */
    static final int LONG_WORD = 30;
    /**
     * Returns {@code [[{c, l, r, t, b, em, plain, n, wide}, …], …]}: the lines, each its characters with their box
     * (CSS pixels), font size, whether the character is plain text (not in code, a link, a superscript or a formula),
     * where Han–Latin spacing applies, the number of its text node (so that pairs across an element's edge can be
     * told apart) and whether it is in a table (which may scroll sideways).
     */
    private static final String SCRIPT = """
            const done = arguments[arguments.length - 1];
            const root = document.querySelector(arguments[0]);
            document.fonts.ready.then(() => {
              const skip = 'pre, script, style, svg, .math-display, .math-inline, [hidden]';
              const notPlain = 'code, kbd, a, sup, sub, .math-inline';
              const lines = [];
              let line = null, prev = null, block = null, node = 0;
              const blockOf = el => {
                for (let e = el; e && e !== root; e = e.parentElement) {
                  const d = getComputedStyle(e).display;
                  if (!d.startsWith('inline')) return e;
                }
                return root;
              };
              const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
                acceptNode: n => n.parentElement.closest(skip) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT
              });
              const range = document.createRange();
              for (let t = walker.nextNode(); t; t = walker.nextNode()) {
                node++;
                const el = t.parentElement;
                const b = blockOf(el);
                const em = parseFloat(getComputedStyle(el).fontSize);
                const plain = !el.closest(notPlain);
                const wide = !!el.closest('table');
                const s = t.data;
                for (let i = 0; i < s.length; ) {
                  const cp = s.codePointAt(i);
                  const n = cp > 0xffff ? 2 : 1;
                  range.setStart(t, i);
                  range.setEnd(t, i + n);
                  const rects = range.getClientRects();
                  const ch = s.substring(i, i + n);
                  i += n;
                  if (rects.length === 0 || rects[0].width === 0) continue;
                  const r = rects[0];
                  const c = {c: ch, l: r.left, r: r.right, t: r.top, b: r.bottom, em: em, plain: plain, n: node, wide: wide};
                  const wrapped = prev && r.left < prev.r - 0.5 && r.top > prev.t + 1;
                  if (!line || b !== block || wrapped) {
                    line = [];
                    lines.push(line);
                    block = b;
                  }
                  line.push(c);
                  prev = c;
                }
              }
              done(lines);
            });
            """;

    private BrowserLines() {}

    /**
     * A laid-out character: its text (one code point), box in CSS pixels, font size, whether it is plain text, the
     * number of its text node, and whether it is in a table.
     */
    record Glyph(String text, double left, double right, double top, double bottom, double em, boolean plain, int node,
                 boolean inTable) {}

    /** One line: its characters in order. */
    record Line(List<Glyph> glyphs) {
        String text() {
            StringBuilder s = new StringBuilder();
            for (Glyph g : glyphs) s.append(g.text());
            return s.toString();
        }
    }

    /** Opens {@code page} in a window {@code width} CSS pixels wide and reads the lines under {@code root}. */
    static List<Line> read(WebDriver driver, Path page, int width, String root) {
        driver.manage().window().setSize(new Dimension(width, 900));
        driver.get(page.toUri().toString());
        long inner = ((Number) ((JavascriptExecutor) driver).executeScript("return window.innerWidth;")).longValue();
        if (inner != width) throw new AssertionError("the window is " + inner + " px wide, not " + width);
        return read(driver, root);
    }

    /** Reads the lines under {@code root} of the page open in {@code driver}. */
    @SuppressWarnings("unchecked")
    static List<Line> read(WebDriver driver, String root) {
        List<List<Map<String, Object>>> raw = (List<List<Map<String, Object>>>) ((JavascriptExecutor) driver)
                .executeAsyncScript(SCRIPT, root);
        List<Line> lines = new ArrayList<>();
        for (List<Map<String, Object>> line : raw) {
            List<Glyph> glyphs = new ArrayList<>();
            for (Map<String, Object> g : line) {
                glyphs.add(new Glyph((String) g.get("c"), num(g, "l"), num(g, "r"), num(g, "t"), num(g, "b"), num(g, "em"),
                        (Boolean) g.get("plain"), (int) num(g, "n"), (Boolean) g.get("wide")));
            }
            lines.add(new Line(glyphs));
        }
        return lines;
    }

    /** The characters (outside tables, which may scroll) that reach past {@code width} CSS pixels, with their lines. */
    static List<String> overflowing(List<Line> lines, int width) {
        List<String> out = new ArrayList<>();
        for (Line line : lines) {
            for (Glyph g : line.glyphs()) {
                if (!g.inTable() && g.right() > width + 0.5) {
                    out.add(g.text() + " at " + Math.round(g.right()) + " px in \"" + line.text() + "\"");
                    break;
                }
            }
        }
        return out;
    }

    /**
     * The lines that justification stretched apart: a Han character's box (which takes the space justification adds
     * after it) more than {@code maxEms} wide. A line of a few characters before a long word that could not break
     * is stretched so; one before an English word of {@value #LONG_WORD} letters or more is left out (only
     * hyphenation could break that, and the browser hyphenates only text marked as English).
     */
    static List<String> stretched(List<Line> lines, double maxEms) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (i + 1 < lines.size() && lines.get(i + 1).text().strip().matches("[A-Za-z]{" + LONG_WORD + ",}.*")) continue;
            for (Glyph g : line.glyphs()) {
                if (Character.UnicodeScript.of(g.text().codePointAt(0)) == Character.UnicodeScript.HAN
                        && (g.right() - g.left()) / g.em() > maxEms) {
                    out.add(g.text() + " " + String.format("%.1f", (g.right() - g.left()) / g.em()) + " em wide in \"" + line.text() + "\"");
                    break;
                }
            }
        }
        return out;
    }

    /** The lines' texts, for {@link LineEdges}. */
    static List<String> texts(List<Line> lines) {
        return lines.stream().map(Line::text).toList();
    }

    /**
     * The gaps between Han characters and Latin letters or digits that meet in plain text of one text node on one
     * line (white space between them counted in the gap), each as {@code 中|J=0.27em}.
     */
    static List<HanLatinGap> hanLatinGaps(List<Line> lines) {
        List<HanLatinGap> gaps = new ArrayList<>();
        for (Line line : lines) {
            Glyph before = null;
            for (Glyph g : line.glyphs()) {
                if (g.text().isBlank()) continue;
                if (before != null && before.plain() && g.plain() && before.node() == g.node()
                        && (han(before) && latin(g) || latin(before) && han(g))) {
                    gaps.add(new HanLatinGap(before.text() + "|" + g.text(), (g.left() - before.right()) / g.em(), line.text()));
                }
                before = g;
            }
        }
        return gaps;
    }

    /** A Han–Latin meeting: the two characters, the gap between them in ems, and the line. */
    record HanLatinGap(String pair, double ems, String line) {
        @Override public String toString() {
            return pair + "=" + String.format("%.2f", ems) + "em in \"" + line + "\"";
        }
    }

    private static boolean han(Glyph g) {
        return Character.UnicodeScript.of(g.text().codePointAt(0)) == Character.UnicodeScript.HAN;
    }

    private static boolean latin(Glyph g) {
        int c = g.text().codePointAt(0);
        return c < 0x80 && Character.isLetterOrDigit(c);
    }

    private static double num(Map<String, Object> g, String key) {
        return ((Number) g.get(key)).doubleValue();
    }
}
