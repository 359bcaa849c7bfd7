package org.inkstone.theme;

import org.inkstone.font.FontFace;

import java.util.List;
import java.util.Map;

/**
 * A theme: CSS shared by every output ({@code base.css}), per-output additions
 * ({@code html.css}, {@code print.css}, {@code epub.css}, {@code wechat.css}) and their further additions
 * for books ({@code book-html.css}, {@code book-print.css}, {@code book-epub.css}), its properties, and
 * the font faces PDF and EPUB embed (its {@code fonts=} property; the files are checked when an
 * output uses them, so HTML and WeChat builds do not need them), and the faces only the PDF adds for
 * characters those lack, such as emoji ({@code print-fallback-fonts=}; an ebook reader or a phone
 * draws those with its own, coloured, emoji font).
 *
 * <p>A theme that {@code extends} another carries that theme's whole style sheet for each output in
 * {@code inheritedCss} (keyed like {@code outputCss}: "html", …, "book-print"), already in the child's
 * accent; its own {@code baseCss} and {@code outputCss} come after it, so its rules win by order. Its
 * properties and fonts are the merged ones. A theme that extends none has no inherited CSS.
 */
public record Theme(String name, Map<String, String> properties, String baseCss, Map<String, String> outputCss,
                    List<FontFace> fonts, List<FontFace> printFallbackFonts, Map<String, String> inheritedCss) {
    public Theme {
        properties = Map.copyOf(properties);
        outputCss = Map.copyOf(outputCss);
        fonts = List.copyOf(fonts);
        printFallbackFonts = List.copyOf(printFallbackFonts);
        inheritedCss = Map.copyOf(inheritedCss);
    }

    /** A theme that extends none. */
    public Theme(String name, Map<String, String> properties, String baseCss, Map<String, String> outputCss,
                 List<FontFace> fonts, List<FontFace> printFallbackFonts) {
        this(name, properties, baseCss, outputCss, fonts, printFallbackFonts, Map.of());
    }

    /** Every face the PDF registers: {@link #fonts()}, then {@link #printFallbackFonts()}. */
    public List<FontFace> printFonts() {
        if (printFallbackFonts.isEmpty()) return fonts;
        List<FontFace> all = new java.util.ArrayList<>(fonts);
        all.addAll(printFallbackFonts);
        return List.copyOf(all);
    }

    /**
     * Base CSS followed by the additions for {@code output} ("html", "print", "epub", "wechat"); for a theme
     * that extends another, that theme's CSS for the output first.
     */
    public String css(String output) {
        String extra = outputCss.getOrDefault(output, "");
        String own = extra.isBlank() ? baseCss : baseCss + "\n" + extra;
        return joined(inheritedCss.getOrDefault(output, ""), own);
    }

    /** What a book adds to {@code output}'s CSS ({@code book-print.css} for "print"); "" when the theme adds nothing. */
    public String bookCss(String output) {
        return joined(inheritedCss.getOrDefault("book-" + output, ""), outputCss.getOrDefault("book-" + output, ""));
    }

    private static String joined(String inherited, String own) {
        if (inherited.isBlank()) return own;
        return own == null || own.isBlank() ? inherited : inherited + "\n" + own;
    }
}
