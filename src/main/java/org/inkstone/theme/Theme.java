package org.inkstone.theme;

import java.util.Map;

/**
 * A theme: CSS shared by every output ({@code base.css}), per-output additions
 * ({@code html.css}, {@code print.css}, {@code epub.css}, {@code wechat.css}) and its properties.
 */
public record Theme(String name, Map<String, String> properties, String baseCss, Map<String, String> outputCss) {
    public Theme {
        properties = Map.copyOf(properties);
        outputCss = Map.copyOf(outputCss);
    }

    /** Base CSS followed by the additions for {@code output} ("html", "print", "epub", "wechat"). */
    public String css(String output) {
        String extra = outputCss.getOrDefault(output, "");
        return extra.isBlank() ? baseCss : baseCss + "\n" + extra;
    }
}
