package org.inkstone.render.xhtml;

import org.jsoup.parser.Parser;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one rule for the addresses a document may link to or load images from, in every output (web
 * page, EPUB, WeChat, PDF link annotations), whether written in Markdown or raw HTML. It is an
 * allow-list: a link keeps only {@code http}, {@code https}, {@code mailto} and {@code tel}
 * addresses, relative paths and {@code #fragments}; an image only {@code http}, {@code https},
 * relative paths and {@code data:image/…}. Anything else ({@code javascript:}, {@code vbscript:},
 * {@code file:}, {@code data:text/html}, {@code foo:}) is refused, however it is cased, and with
 * whitespace, control or invisible characters or character references inside the scheme
 * ({@code java&#x09;script:}, {@code \tjavascript:}, {@code java\u0000script:}).
 *
 * <p>The scheme is what comes before the first colon when that colon comes before any {@code /},
 * {@code ?} or {@code #} (RFC 3986: a relative path's first segment has no colon). So {@code foo:bar}
 * has a scheme, while {@code ./foo:bar}, {@code a/b:c}, {@code ?q} and {@code #x} are relative, and so
 * is {@code 文件:1.md}, whose text before the colon is no scheme by RFC 3986's syntax (letters, digits,
 * {@code + - .}, a letter first) — browsers read it as a path, and it cannot run anything.
 */
public final class AllowedUrls {
    private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto", "tel");
    private static final Set<String> IMAGE_SCHEMES = Set.of("http", "https");
    private static final int SHOWN_LENGTH = 60;
    /**
     * How much of an address (cleaned) decides its scheme: longer than any scheme we keep or name,
     * plus {@code image/}; a data URI of megabytes is not copied whole to find it.
     */
    private static final int SCHEME_PREFIX = 64;
    /** RFC 3986 scheme syntax: a colon after anything else does not start a scheme in any browser. */
    private static final Pattern SCHEME = Pattern.compile("[a-z][a-z0-9+.-]*");

    /** What a refused link's warning says is kept. */
    static final String LINKS_KEPT = "only http, https, mailto, tel, relative and #fragment links are kept";
    /** What a refused image's warning says is kept. */
    static final String IMAGES_KEPT = "only http, https, relative and data:image/* images are kept";

    private AllowedUrls() {}

    /** True when a link may point here. */
    public static boolean link(String href) {
        return allowed(href, LINK_SCHEMES, false);
    }

    /** True when an image may be loaded from here. */
    public static boolean image(String src) {
        return allowed(src, IMAGE_SCHEMES, true);
    }

    /** The warning for a link that loses its target: {@code link 'javascript:…' was removed: only …}. */
    static String linkRemoved(String href) {
        return "link '" + shown(href) + "' was removed: " + LINKS_KEPT;
    }

    /** The warning for an image that is not loaded. */
    static String imageRemoved(String src) {
        return "image '" + shown(src) + "' was removed: " + IMAGES_KEPT;
    }

    /**
     * The address as it is judged and as the outputs use it, with and without one more round of
     * character references decoded: both must pass (an output that decodes them again, or a reader
     * that strips what a browser strips, must not find a different scheme).
     */
    private static boolean allowed(String url, Set<String> schemes, boolean dataImages) {
        return allowedAsIs(url, schemes, dataImages)
                && (url.indexOf('&') < 0 || allowedAsIs(Parser.unescapeEntities(url, true), schemes, dataImages));
    }

    private static boolean allowedAsIs(String url, Set<String> schemes, boolean dataImages) {
        String s = squeeze(url, SCHEME_PREFIX);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '/' || c == '?' || c == '#') return true; // relative, or a fragment
            if (c == ':') {
                String scheme = s.substring(0, i);
                if (!SCHEME.matcher(scheme).matches()) return true; // 文件:1.md is a path, as a browser reads it
                if (schemes.contains(scheme)) return true;
                return dataImages && scheme.equals("data") && s.startsWith("image/", i + 1);
            }
        }
        return true; // a relative path without slash
    }

    /**
     * Lower case, without what browsers and readers skip or strip in a URL: whitespace, control
     * characters (C0, DEL, C1), invisible format characters (zero-width spaces and joiners, BOM,
     * soft hyphen) and the replacement character a parser puts for a NUL.
     */
    private static String squeeze(String s, int limit) {
        StringBuilder sb = new StringBuilder(Math.min(s.length(), limit));
        for (int i = 0; i < s.length() && sb.length() < limit; i++) {
            char c = s.charAt(i);
            if (c <= ' ' || Character.isISOControl(c) || Character.isWhitespace(c) || Character.isSpaceChar(c)
                    || Character.getType(c) == Character.FORMAT || c == '\uFFFD') continue;
            sb.append(c);
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * An inline style that loads script ({@code url(javascript:…)}) or runs it ({@code expression(…)}),
     * read as the URL rule reads addresses (CSS escapes, whitespace and invisible characters ignored).
     */
    public static boolean scriptStyle(String style) {
        String s = squeeze(style.replace("\\", ""), Integer.MAX_VALUE);
        return s.contains("javascript:") || s.contains("vbscript:") || s.contains("expression(")
                || s.contains("behavior:") || s.contains("-moz-binding");
    }

    /** The address for a message: control characters made visible, long ones cut. */
    private static String shown(String url) {
        StringBuilder sb = new StringBuilder();
        String s = url;
        for (int i = 0; i < s.length() && sb.length() < SHOWN_LENGTH; i++) {
            char c = s.charAt(i);
            if (c == '\t') sb.append("\\t");
            else if (c == '\n') sb.append("\\n");
            else if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) sb.append(String.format("\\u%04X", (int) c));
            else sb.append(c);
        }
        if (sb.length() >= SHOWN_LENGTH && s.length() > SHOWN_LENGTH) sb.append('…');
        return sb.toString();
    }
}
