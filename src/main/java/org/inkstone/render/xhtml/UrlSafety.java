package org.inkstone.render.xhtml;

/**
 * Recognises inline styles that would run script in a reader's browser or editor. Which addresses a
 * link or image may have is {@link AllowedUrls}'s rule.
 */
public final class UrlSafety {
    private UrlSafety() {}

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
