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
 */
public record Theme(String name, Map<String, String> properties, String baseCss, Map<String, String> outputCss,
                    List<FontFace> fonts, List<FontFace> printFallbackFonts) {
    public Theme {
        properties = Map.copyOf(properties);
        outputCss = Map.copyOf(outputCss);
        fonts = List.copyOf(fonts);
        printFallbackFonts = List.copyOf(printFallbackFonts);
    }

    /** Every face the PDF registers: {@link #fonts()}, then {@link #printFallbackFonts()}. */
    public List<FontFace> printFonts() {
        if (printFallbackFonts.isEmpty()) return fonts;
        List<FontFace> all = new java.util.ArrayList<>(fonts);
        all.addAll(printFallbackFonts);
        return List.copyOf(all);
    }

    /** Base CSS followed by the additions for {@code output} ("html", "print", "epub", "wechat"). */
    public String css(String output) {
        String extra = outputCss.getOrDefault(output, "");
        return extra.isBlank() ? baseCss : baseCss + "\n" + extra;
    }

    /** What a book adds to {@code output}'s CSS ({@code book-print.css} for "print"); "" when the theme adds nothing. */
    public String bookCss(String output) {
        return outputCss.getOrDefault("book-" + output, "");
    }
}
