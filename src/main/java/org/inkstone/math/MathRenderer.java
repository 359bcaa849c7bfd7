package org.inkstone.math;

import org.inkstone.bounded.LruCache;
import org.inkstone.diagnostic.Diagnostics;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.scilab.forge.jlatexmath.TeXIcon;

import java.awt.Color;
import java.awt.Insets;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Renders TeX math to self-contained SVG with jlatexmath (layout) and Batik's SVG generator
 * (drawing), for every output: PDF, EPUB and WeChat.
 * <p>
 * One renderer caches the formulas it has rendered (at most {@value #FORMULAS_KEPT}, least recently
 * used first out), so a repeated formula costs a map look-up; outputs take theirs from the build's
 * {@link MathCache} so that a build renders each formula once for all of them. Safe to call from several threads; jlatexmath and Batik keep process-wide state, so
 * formulas are laid out one at a time across the process.
 * <p>
 * Inline math is laid out in TeX's text style, display math in display style (larger operators,
 * limits above and below), both at the font size given. Formulas wider than {@code maxWidthPx}
 * are scaled down to fit. Text in other scripts (Chinese in {@code \text{面积}}) is drawn with the
 * text font given, as outlines, so the SVG needs no font.
 */
public final class MathRenderer {
    static {
        // Fonts and Java2D are used without a display (build servers, CI).
        if (System.getProperty("java.awt.headless") == null) System.setProperty("java.awt.headless", "true");
    }

    /** jlatexmath's parser tables and Batik's number format are process-wide and not thread-safe. */
    private static final Object LAYOUT_LOCK = new Object();
    /** The colour the formula is drawn in; it stands for the ink and becomes {@code currentColor}. */
    private static final Color INK = new Color(1, 2, 3);
    private static final String INK_AS_BATIK_WRITES_IT = "rgb(1,2,3)";
    private static final int MAX_TEX_LENGTH = 20_000;
    private static boolean warm;

    private record Key(String tex, boolean display) {}

    /** The most formulas one renderer keeps. */
    public static final int FORMULAS_KEPT = 4096;

    /** A rendered formula, or the reason it could not be rendered. */
    private record Outcome(MathSvg svg, String problem) {}

    private final float fontSizePx;
    private final int maxWidthPx;
    private final byte[] textFont;
    private final LruCache<Key, Outcome> cache = LruCache.ofCount(FORMULAS_KEPT);
    private final TextFonts textFonts;
    private final Object textFontKey;
    private final AtomicInteger renders = new AtomicInteger();
    private TextFont loadedTextFont;
    private volatile String textFontProblem;

    /**
     * @param fontSizePx the size of the surrounding text in CSS px (16 for most themes)
     * @param maxWidthPx the widest a formula may be, in px (677 for WeChat), or 0 for no limit
     * @param textFont   the bytes of a TrueType font for Chinese and other scripts jlatexmath has no
     *                   font for (the theme's body font), or null for Java's default fonts
     */
    public MathRenderer(float fontSizePx, int maxWidthPx, byte[] textFont) {
        this(fontSizePx, maxWidthPx, textFont, textFont, new TextFonts(1));
    }

    /** A renderer whose text font, known by {@code textFontKey} (its file's version), comes from {@code textFonts}. */
    MathRenderer(float fontSizePx, int maxWidthPx, byte[] textFont, Object textFontKey, TextFonts textFonts) {
        if (!(fontSizePx > 0 && fontSizePx < 1000)) throw new IllegalArgumentException("font size " + fontSizePx + " px");
        if (maxWidthPx < 0) throw new IllegalArgumentException("maximum width " + maxWidthPx + " px");
        this.fontSizePx = fontSizePx;
        this.maxWidthPx = maxWidthPx;
        this.textFont = textFont;
        this.textFontKey = textFontKey;
        this.textFonts = textFonts;
    }

    /** A renderer at {@code fontSizePx}, with no width limit and no text font. */
    public MathRenderer(float fontSizePx) {
        this(fontSizePx, 0, null);
    }

    /**
     * The SVG of {@code tex}, or null when it cannot be rendered: then one warning at {@code line}
     * says why, quotes the TeX and says it is shown as TeX source (the caller shows it in code
     * style). Never throws for bad TeX.
     *
     * @param tex     the TeX source, without the {@code $} delimiters
     * @param display true for display math ({@code $$…$$}), false for inline math
     * @param line    the 1-based source line, for the warning
     */
    public MathSvg render(String tex, boolean display, int line, Diagnostics diagnostics) {
        Outcome outcome = cache.computeIfAbsent(new Key(tex, display), key -> renderNow(key.tex, key.display));
        if (outcome.problem != null) {
            diagnostics.warn(line, "formula " + quote(tex) + " cannot be rendered (" + outcome.problem
                    + "); shown as TeX source");
        }
        if (textFontProblem != null) diagnostics.warn(0, textFontProblem);
        return outcome.svg;
    }

    /**
     * Loads jlatexmath's tables and fonts and Batik's classes, which the first formula of a process
     * otherwise pays for (about half a second). Call it on a background thread at the start of a
     * build whose document has math, to overlap that with other work. Idempotent and cheap after
     * the first call.
     */
    static void warmUp() {
        synchronized (LAYOUT_LOCK) {
            if (warm) return;
            warm = true;
            try {
                TeXIcon icon = new TeXFormula("\\frac{\\sqrt{x}}{\\sum_i y_i} \\int_a^b \\alpha\\,\\mathbf{A}\\mathbb{R}")
                        .createTeXIcon(TeXConstants.STYLE_DISPLAY, 16);
                FilledOutlines.of(BatikDrawing.draw(icon, INK), INK_AS_BATIK_WRITES_IT);
            } catch (RuntimeException | LinkageError e) {
                // render() reports the same failure, with the formula and its line.
            }
        }
    }

    /**
     * {@link #warmUp()} on a daemon thread, at most once per process: a build calls it as soon as it
     * sees a {@code $} in the source, so jlatexmath's start-up overlaps with parsing.
     */
    public static void warmUpInBackground() {
        synchronized (MathRenderer.class) {
            if (warmUpStarted) return;
            warmUpStarted = true;
        }
        Thread t = new Thread(MathRenderer::warmUp, "inkstone-math-warm-up");
        t.setDaemon(true);
        t.start();
    }

    private static boolean warmUpStarted;

    /** How many formulas this renderer actually rendered (cache misses), for tests and benchmarks. */
    public int renderCount() {
        return renders.get();
    }

    private Outcome renderNow(String tex, boolean display) {
        renders.incrementAndGet();
        if (tex.isBlank()) return new Outcome(null, "the formula is empty");
        if (tex.length() > MAX_TEX_LENGTH) return new Outcome(null, "the formula is longer than " + MAX_TEX_LENGTH + " characters");
        String refused = TexSyntaxCheck.refused(tex);
        if (refused != null) return new Outcome(null, refused);
        synchronized (LAYOUT_LOCK) {
            try {
                TextFont.applyTo(TextFont.wanted(tex) ? textFont() : null);
                TeXFormula formula = new TeXFormula(tex);
                String problem = TexSyntaxCheck.problem(tex);
                if (problem != null) return new Outcome(null, problem);
                TeXIcon icon = formula.createTeXIcon(display ? TeXConstants.STYLE_DISPLAY : TeXConstants.STYLE_TEXT, fontSizePx);
                icon.setInsets(new Insets(0, 0, 0, 0), true);
                List<FilledOutlines.Ink> inks = FilledOutlines.of(BatikDrawing.draw(icon, INK), INK_AS_BATIK_WRITES_IT);
                return new Outcome(place(inks, icon, tex), null);
            } catch (DrawingException e) {
                return new Outcome(null, "it draws something SVG output cannot carry: " + e.getMessage());
            } catch (RuntimeException | StackOverflowError | LinkageError e) {
                // ParseException for bad TeX; anything else jlatexmath throws on odd input, or when it
                // cannot start (a missing font resource), is reported the same way rather than ending the build.
                String message = e.getMessage();
                return new Outcome(null, message == null || message.isBlank() ? e.getClass().getSimpleName()
                        : message.strip().replaceAll("\\s+", " "));
            }
        }
    }

    /**
     * Puts the outlines into a viewport of whole pixels: the union of the TeX box and the ink (a
     * glyph may reach past its box), the baseline on a whole pixel, scaled down to the width limit.
     */
    private MathSvg place(List<FilledOutlines.Ink> inks, TeXIcon icon, String tex) {
        double ascent = icon.getTrueIconHeight() - icon.getTrueIconDepth();
        // The box, with the baseline at y = 0.
        Rectangle2D bounds = new Rectangle2D.Double(0, -ascent, icon.getTrueIconWidth(), icon.getTrueIconHeight());
        AffineTransform toBaseline = AffineTransform.getTranslateInstance(0, -ascent);
        for (FilledOutlines.Ink ink : inks) {
            bounds.add(toBaseline.createTransformedShape(ink.outline()).getBounds2D());
        }
        double scale = 1;
        if (maxWidthPx > 0 && bounds.getWidth() > maxWidthPx) scale = (maxWidthPx - 1.05) / bounds.getWidth();
        double minX = Math.floor(hundredths(bounds.getMinX() * scale));
        double minY = Math.floor(hundredths(bounds.getMinY() * scale));
        int width = (int) Math.max(1, Math.ceil(hundredths(bounds.getMaxX() * scale) - minX));
        int height = (int) Math.max(1, Math.ceil(hundredths(bounds.getMaxY() * scale) - minY));
        AffineTransform placement = AffineTransform.getTranslateInstance(-minX, -minY);
        placement.scale(scale, scale);
        placement.concatenate(toBaseline);
        String svg = SvgWriter.write(inks, placement, width, height, tex);
        return new MathSvg(svg, width, height, height + minY, tex);
    }

    private static double hundredths(double px) {
        return Math.round(px * 100) / 100.0;
    }

    /** The text font, loaded on first need; null (after one warning) when it cannot be used. */
    private TextFont textFont() {
        if (textFont == null || textFontProblem != null) return null;
        if (loadedTextFont == null) {
            try {
                loadedTextFont = textFonts.load(textFontKey, textFont);
            } catch (java.io.IOException | java.awt.FontFormatException | RuntimeException e) {
                textFontProblem = "the text font cannot be used in formulas (" + e.getMessage()
                        + "); Chinese in formulas is drawn with a system font";
                return null;
            }
        }
        return loadedTextFont;
    }

    /** A formula for a message: one line, at most 80 characters, in backquotes. */
    public static String quote(String tex) {
        String oneLine = tex.strip().replaceAll("\\s+", " ");
        if (oneLine.length() > 80) oneLine = oneLine.substring(0, 77) + "…";
        return "`" + oneLine + "`";
    }
}
