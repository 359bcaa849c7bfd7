package org.inkstone.render.html;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;

/** URLs from one page to another file: relative, {@code /}-separated, percent-encoded where a URL must be. */
final class PageUrls {
    private PageUrls() {}

    /** The file {@code to} as seen from the folder {@code from} (both on disk). */
    static String relative(Path from, Path to) {
        return encoded(from.relativize(to).toString().replace('\\', '/'));
    }

    /**
     * The page {@code to} as linked from the page {@code from}, both named relative to the book's
     * folder ({@code part1/green.html} → {@code ../part2/water.html}; the page itself by its name).
     */
    static String between(String from, String to) {
        String[] a = from.split("/");
        String[] b = to.split("/");
        int common = 0;
        while (common < a.length - 1 && common < b.length - 1 && a[common].equals(b[common])) common++;
        StringBuilder path = new StringBuilder();
        for (int i = common; i < a.length - 1; i++) path.append("../");
        for (int i = common; i < b.length; i++) path.append(b[i]).append(i + 1 < b.length ? "/" : "");
        return encoded(path.toString());
    }

    /** The way from a page back up to the book's folder: "" at the top, {@code ../} one folder down, and so on. */
    static String toRoot(String page) {
        return "../".repeat((int) page.chars().filter(c -> c == '/').count());
    }

    /**
     * {@code path} as a URL path: spaces, non-ASCII letters and other characters a URL may not hold
     * percent-encoded; a first segment with a colon is led by {@code ./} so that it cannot read as a scheme.
     */
    private static String encoded(String path) {
        String safe = path;
        int colon = path.indexOf(':');
        int slash = path.indexOf('/');
        if (colon >= 0 && (slash < 0 || colon < slash)) safe = "./" + path;
        try {
            return new URI(null, null, safe, null).toASCIIString();
        } catch (URISyntaxException e) {
            return safe;
        }
    }
}
