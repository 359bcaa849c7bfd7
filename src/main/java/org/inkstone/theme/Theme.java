package org.inkstone.theme;

import org.inkstone.font.FontFace;

import java.util.List;
import java.util.Map;

/**
 * A theme: CSS shared by every output ({@code base.css}), per-output additions
 * ({@code html.css}, {@code print.css}, {@code epub.css}, {@code wechat.css}), its properties, and
 * the font faces PDF and EPUB embed (its {@code fonts=} property; the files are checked when an
 * output uses them, so HTML and WeChat builds do not need them).
 */
public record Theme(String name, Map<String, String> properties, String baseCss, Map<String, String> outputCss,
                    List<FontFace> fonts) {
    public Theme {
        properties = Map.copyOf(properties);
        outputCss = Map.copyOf(outputCss);
        fonts = List.copyOf(fonts);
    }

    /** Base CSS followed by the additions for {@code output} ("html", "print", "epub", "wechat"). */
    public String css(String output) {
        String extra = outputCss.getOrDefault(output, "");
        return extra.isBlank() ? baseCss : baseCss + "\n" + extra;
    }
}
