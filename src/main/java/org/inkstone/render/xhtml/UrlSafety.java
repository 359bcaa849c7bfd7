package org.inkstone.render.xhtml;

import java.util.Locale;

/** Recognises URLs and inline styles that would run script in a reader's browser or editor. */
public final class UrlSafety {
    private UrlSafety() {}

    /** {@code javascript:}, {@code vbscript:} and HTML data URLs, however they are spaced or cased. */
    public static boolean isScriptUrl(String url) {
        String s = squeeze(url);
        return s.startsWith("javascript:") || s.startsWith("vbscript:") || s.startsWith("data:text/html");
    }

    /** An inline style that loads script ({@code url(javascript:…)}) or runs it ({@code expression(…)}). */
    public static boolean isScriptStyle(String style) {
        String s = squeeze(style.replace("\\", ""));
        return s.contains("javascript:") || s.contains("vbscript:") || s.contains("expression(")
                || s.contains("behavior:") || s.contains("-moz-binding");
    }

    private static String squeeze(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) if (c > ' ') sb.append(Character.toLowerCase(c));
        return sb.toString();
    }
}
